# Data, not code. This file makes the folder a regular package (`extractor.data` in an installed
# wheel, see pyproject.toml) so that importlib.resources hands back a plain directory to read.
