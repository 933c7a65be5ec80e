"""A meeting reported held after its day, in an item that tells it was put off
("… reportée de deux semaines à cause du typhon"), is the one awaited, held late: it
confirms (rule 4; verdict._told_put_off). Without that, a meeting held after the day
may be a later round (updates). A meeting's name with the crowd that came after it
("… : 350 participants", « a réuni 350 personnes ») reports it held. Subjects are
invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

MEETING = claim(
    "velmora-tram-meeting", "Velmora will hold a public meeting on the Line 4 tram on "
                            "18 October 2025.",
    [group("velmora", en=["Velmora"], fr=["Velmora"]),
     group("meeting", en=["public meeting"], fr=["réunion publique"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 9, 10), expected_from=date(2025, 10, 18),
    expected_by=date(2025, 10, 18))


@pytest.mark.parametrize(("title", "summary", "language", "expected"), [
    ("À Velmora, une réunion publique houleuse sur le tramway",
     "La réunion publique, reportée de deux semaines à cause du typhon, a réuni 300 habitants.",
     "fr", "confirms"),
    ("Stormy Velmora public meeting on the tram",
     "The public meeting, postponed by two weeks because of the storm, drew 300 residents.",
     "en", "confirms"),
    # guards: held late with no word of it being put off; a postponement in a year gone by
    ("Stormy Velmora public meeting on the tram", "Some 300 residents attended.", "en",
     "updates"),
    ("Stormy Velmora public meeting on the tram",
     "Some 300 residents attended; a planned 2024 meeting was put off.", "en", "updates"),
], ids=["reportee", "postponed", "guard-no-delay", "guard-past-year"])
def test_a_meeting_held_after_it_was_put_off_is_the_one_awaited(
        title: str, summary: str, language: str, expected: str) -> None:
    check_verdict([MEETING], "velmora-tram-meeting", expected, title, summary, "2025-11-04",
                  language)


@pytest.mark.parametrize(("title", "language", "expected"), [
    # the meeting's name, then the crowd told by who came or by a verb of drawing them
    # (items of rounds 31 and 65; attendance._counted_after)
    ("Réunion publique sur le tramway à Velmora : 350 participants", "fr", "confirms"),
    ("Velmora : la réunion publique sur le tramway a réuni 350 personnes", "fr", "confirms"),
    ("Velmora public meeting on the tram draws 350 residents", "en", "confirms"),
    # guards: a count that is no crowd, and a date ahead
    ("Velmora public meeting on the tram: 3 questions", "en", "mentions"),
    ("Velmora public meeting on the tram on 25 October: 350 places", "en", "mentions"),
], ids=["participants", "a-reuni", "draws", "guard-no-crowd", "guard-ahead"])
def test_a_meeting_told_by_its_crowd_was_held(title: str, language: str,
                                              expected: str) -> None:
    check_verdict([MEETING], "velmora-tram-meeting", expected, title, "", "2025-10-18",
                  language)
