"""Sample feed documents for ``claimtracker demo`` (package data, read with importlib.resources)."""
