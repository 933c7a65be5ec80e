"""What counts as a language code, for config feeds, OPML imports and claim files.

One rule for the language itself: a two-letter code must be a real ISO 639-1 code,
so slips such as ``jp`` (for ``ja``) or ``cn`` are caught wherever they are written.

- ``is_language_code``: exactly one lowercase ISO 639-1 code (``fr``) — what a claim's
  ``[source] language`` and a seed's ``language`` take;
- ``is_language_tag``: a feed's language hint, a language code optionally followed by
  subtags (``pt-BR``, ``zh-Hant``); a three-letter ISO 639-2/3 primary code such as
  ``fil`` is accepted too, since that list is too long to ship.
"""

from __future__ import annotations

import re

# ISO 639-1 (two-letter) codes.
_ISO_639_1_CODES = """
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv
cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr
ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw
ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv
ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr
ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi
yo za zh zu
"""
ISO_639_1: frozenset[str] = frozenset(_ISO_639_1_CODES.split())

_THREE_LETTER = re.compile(r"[a-z]{3}")
_SUBTAG = re.compile(r"[A-Za-z0-9]{2,8}")


def is_language_code(code: str) -> bool:
    """True for a lowercase ISO 639-1 code such as ``fr`` (not ``jp``, ``FR``, ``french``)."""
    return code in ISO_639_1


def is_language_tag(text: str) -> bool:
    """True for ``en``, ``ja``, ``pt-BR`` or ``fil``: a language code, then optional subtags."""
    primary, *subtags = text.split("-")
    if not (is_language_code(primary) or _THREE_LETTER.fullmatch(primary)):
        return False
    return all(_SUBTAG.fullmatch(subtag) for subtag in subtags)
