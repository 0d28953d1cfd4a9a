"""Import and export of datasets as YAML, JSON and CSV, exact in both directions."""
