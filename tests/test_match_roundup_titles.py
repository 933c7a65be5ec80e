"""A title that gathers news from many places is no one town's local news.

The local press may leave its own town out of a title (omitted.py). "Councils
nationwide weigh park fees", 公園の有料化、各地で議論 name no rival town either, but
they say the news is from everywhere: the claim's town may not be read into them
(invented subjects; labelling rule 10)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind


def _matcher(language: str) -> Matcher:
    park = claim(
        "kurose-park-fees", "Kurose city will charge an entry fee to its central park from "
        "April 2026.",
        [group("park", en=["park entry fee", "park fee"], fr=["entrée du parc payante"],
               ja=["公園の入園料"]),
         group("city", en=["Kurose"], fr=["Kurose"], ja=["黒瀬市", "黒瀬"])],
        kind=ClaimKind.EVENT)
    # a sibling shares the town: the park fee is the subject, the town its place
    library = claim(
        "kurose-library", "Kurose city will open its new library in 2027.",
        [group("library", en=["new library"], fr=["médiathèque"], ja=["新図書館"]),
         group("city", en=["Kurose"], fr=["Kurose"], ja=["黒瀬市", "黒瀬"])],
        kind=ClaimKind.EVENT)
    return Matcher([replace(park, source_language=language),
                    replace(library, source_language=language)])


@pytest.mark.parametrize(("title", "language"), [
    ("公園の入園料有料化、各地で議論", "ja"),
    ("公園の入園料、全国で見直し進む", "ja"),
    ("Park entry fee debate spreads nationwide", "en"),
    ("Entrée du parc payante : le débat gagne un peu partout", "fr"),
])
def test_news_from_everywhere_is_not_the_towns(title: str, language: str) -> None:
    item = entry(title, "", "2026-04-02", language)
    assert verdict_for(_matcher(language), item, "kurose-park-fees") is None


@pytest.mark.parametrize(("title", "language"), [
    ("公園の入園料、4月から徴収始まる", "ja"),
    ("Park entry fee debate splits the council", "en"),
    ("L'entrée du parc payante depuis le 1er avril", "fr"),
])
def test_the_local_papers_own_news_still_leaves_its_town_out(title: str, language: str
                                                              ) -> None:
    item = entry(title, "", "2026-04-02", language)
    assert verdict_for(_matcher(language), item, "kurose-park-fees") is not None
