"""The office's rules without a database: the SOP, working time and its calendar, deadlines,
the office's vocabulary and its Indonesian wording. Imports nothing above the ground
(app.errors, app.i18n, app.paths, app.config)."""
