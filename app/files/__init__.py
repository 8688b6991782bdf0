"""File formats without a database: type checks, page rendering, scanning back-ends."""
