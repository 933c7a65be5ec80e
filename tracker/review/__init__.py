"""The analyst's loop: findings with their reviews, the claims board, review and
resolve actions, and export of reviews as a labelled set (docs/review.md).

Shared by the CLI (``findings``, ``claims show/resolve/reopen``), the digest's
board and the web app.
"""
