"""Output builders of the commands other than check and report (each returns text)."""
