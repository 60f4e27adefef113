"""chitieu: indicators, targets, quantities and legal references from Vietnamese government reports."""

__version__ = "0.1.0"
