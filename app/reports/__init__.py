"""Reports: periods, figures, the report and its exports, the register export."""
