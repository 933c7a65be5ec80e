"""A planned meeting said to replace one of the claim's own details ("will be held in
the sports hall rather than the Old Corn Exchange", « au lieu de la salle des fêtes »,
旧穀物取引所ではなく) is a detail changed: an update, not a preview. What it replaces
must be the claim's own ("rather than online" changes nothing the claim said).
Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

MEETING = claim(
    "orna-tram-meeting", "Orna council will hold a public meeting on the tram at the Old "
    "Corn Exchange on 12 May 2026.",
    [group("orna", en=["Orna"], fr=["Orna"], ja=["オルナ"]),
     group("meeting", en=["public meeting"], fr=["réunion publique"], ja=["住民説明会"]),
     group("venue", GroupRole.OPTIONAL, en=["Old Corn Exchange"],
           fr=["salle des fêtes", "ancienne halle aux grains"], ja=["旧穀物取引所"])],
    kind=ClaimKind.MEETING, claimed_on=date(2026, 2, 1), expected_from=date(2026, 5, 12),
    expected_by=date(2026, 5, 12),
)


@pytest.mark.parametrize(("title", "summary", "language", "expected"), [
    ("Orna tram meeting update", "Orna's public meeting on the tram will be held in the "
     "sports hall rather than the Old Corn Exchange.", "en", "updates"),
    ("Tramway d'Orna : la réunion publique change de lieu", "La réunion publique se "
     "tiendra au gymnase au lieu de la salle des fêtes.", "fr", "updates"),
    ("オルナ市の路面電車、住民説明会の会場", "住民説明会は旧穀物取引所ではなく体育館で開く。",
     "ja", "updates"),
    # a near miss: what it replaces is nothing the claim said
    ("Orna tram meeting update", "Orna's public meeting on the tram will be held at the "
     "Old Corn Exchange rather than online.", "en", "mentions"),
], ids=["en-rather-than", "fr-au-lieu-de", "ja-dewanaku", "en-rather-than-online"])
def test_a_meeting_replacing_the_claims_detail_is_an_update(
        title: str, summary: str, language: str, expected: str) -> None:
    check_verdict([MEETING], "orna-tram-meeting", expected, title, summary, "2026-04-20",
                  language)


@pytest.mark.parametrize(("summary", "language", "expected"), [
    # the day replaced: a detail changed, later in the sentence too
    ("Orna's public meeting on the tram will now be held on Tuesday, May 19, instead of "
     "May 12.", "en", "updates"),
    ("La réunion publique se tiendra le 19 mai, au lieu du 12 mai.", "fr", "updates"),
    # a near miss: what it replaces is no day
    ("Orna's public meeting on the tram will be held on May 12, instead of an online "
     "survey.", "en", "mentions"),
], ids=["en-instead-of-a-day", "fr-au-lieu-du", "en-instead-of-a-survey"])
def test_a_meeting_moved_to_another_day_is_an_update(summary: str, language: str,
                                                     expected: str) -> None:
    check_verdict([MEETING], "orna-tram-meeting", expected, "Orna tram meeting update",
                  summary, "2026-04-20", language)
