"""Storage: the peewee models, opening the database and its connections, migrations,
numbering, the change feed, backup, the step tally, the search columns and the blob store."""
