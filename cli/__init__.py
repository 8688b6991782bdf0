"""The command line: the top of the house. It may import `app` and, lazily, `ui`; nothing
imports it."""
