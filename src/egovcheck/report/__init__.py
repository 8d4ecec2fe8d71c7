"""The auditor's report: one gap table over many plans, pivots, charts, provenance."""
