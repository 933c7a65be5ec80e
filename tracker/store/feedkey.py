"""The form of a feed URL kept in the database: never its credentials.

A feed URL may carry credentials (``https://user:pass@host/``, ``?token=``: see
tracker.redact). The full URL lives only in the file the user wrote (config.toml);
the ``feeds`` table keeps ``stored_url(url)``: the URL itself when it holds none,
else its redacted form and a short fingerprint, ``https://***@host/feed [1a2b3c4d]``.

Why a fingerprint: two feeds may differ only by their credentials (two accounts'
private feeds, one search API with two keys); with the redacted form alone they
would become one row. It is 32 bits of PBKDF2-SHA256 over the full URL: far too
few to recover a token (billions of other values give the same fingerprint), but
like any fixed fingerprint it lets someone holding the database test guesses of a
weak password offline, each guess costing ``ROUNDS`` hashes. No key is involved:
a key kept beside the database would be lost with it or copied with it, and a lost
key would cut every such feed from its history. The configuration file, which
holds the credentials in clear, stays the thing to protect.

A new credential (a rotated token) changes the fingerprint: ``renamed`` lets the
store carry the feed's row over to it, so its history stays linked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache

from tracker.redact import has_credentials, redact_url

ROUNDS = 20_000
_SALT = b"claimtracker feed url at rest"
_MARK = " ["  # between the redacted URL and its fingerprint (a URL has no space)


@lru_cache(maxsize=4096)
def stored_url(url: str) -> str:
    """``url`` as kept in the database (credentials replaced, fingerprint added)."""
    if not has_credentials(url):
        return url
    digest = hashlib.pbkdf2_hmac("sha256", url.encode("utf-8"), _SALT, ROUNDS)
    return f"{redact_url(url)}{_MARK}{digest.hex()[:8]}]"


def _shown_part(key: str) -> str | None:
    """The redacted URL of a stored key with a fingerprint, else None."""
    if not key.endswith("]") or _MARK not in key:
        return None
    return key.rpartition(_MARK)[0]


def renamed(new_keys: Iterable[str], orphan_keys: Iterable[str]) -> dict[str, str]:
    """new key -> the orphan key it replaces: when exactly one configured feed with a
    given redacted URL is unknown and exactly one stored feed with that redacted URL
    is no longer configured, the credentials changed (not the feed)."""
    new_by_shown: dict[str, list[str]] = {}
    for key in new_keys:
        shown = _shown_part(key)
        if shown is not None:
            new_by_shown.setdefault(shown, []).append(key)
    old_by_shown: dict[str, list[str]] = {}
    for key in orphan_keys:
        shown = _shown_part(key)
        if shown is not None:
            old_by_shown.setdefault(shown, []).append(key)
    return {new[0]: old_by_shown[shown][0] for shown, new in new_by_shown.items()
            if len(new) == 1 and len(old_by_shown.get(shown, ())) == 1}
