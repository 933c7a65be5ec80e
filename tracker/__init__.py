"""Claim Tracker: watch news feeds for the forward-looking claims of an article.

The package is laid out as the pipeline it runs:

    fetch -> parse -> store -> match -> status -> digest -> deliver

with ``cli`` and ``service`` as thin shells around it. ``models`` holds the plain
data types every stage shares; ``errors`` holds the one exception tree.
"""

__version__ = "0.1.0"
