"""Claim files: loading and validating the watch items in ``claims/``.

See docs/claims.md for the file format and every rule checked here.
"""

from tracker.claims.loader import ClaimSet, claim_files, load_claim_file, load_claims

__all__ = ["ClaimSet", "claim_files", "load_claim_file", "load_claims"]
