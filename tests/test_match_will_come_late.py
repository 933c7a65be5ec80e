"""A delay word after a length of time tells how late a thing came ("opened two months
late"); when the thing is still to come ("will open two months later than planned",
« ouvrira avec deux mois de retard »), it is news of a delay: an update
(../shared/labelling.md, rule 4). Subjects are invented."""

from __future__ import annotations

import pytest
from helpers.invented import TRAM, check_verdict


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    ("Velmora's Line 4 tram will open two months later than planned", "en", "2026-06-10",
     "updates"),
    ("La ligne 4 du tramway de Velmora ouvrira avec deux mois de retard", "fr", "2026-06-10",
     "updates"),
    ("Velmora : la ligne 4 du tramway sera mise en service avec un trimestre de retard", "fr",
     "2026-06-10", "updates"),
    # done, late: how late it came, a completion (rule 4)
    ("Velmora's Line 4 tram opens two months later than planned", "en", "2026-11-20",
     "confirms"),
    ("La ligne 4 du tramway de Velmora a ouvert avec deux mois de retard", "fr", "2026-11-20",
     "confirms"),
], ids=["en-will-open-later", "fr-ouvrira-avec-retard", "fr-sera-mise-en-service",
        "en-opens-later", "fr-a-ouvert-avec-retard"])
def test_how_late_a_thing_still_to_come_will_be_is_a_delay(
        title: str, language: str, day: str, expected: str) -> None:
    check_verdict([TRAM], "velmora-tram", expected, title, "", day, language)


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    # a span of lateness is itself a delay word ("a month late"), not only a measure of one
    ("Velmora's Line 4 tram will open a month late", "en", "2026-06-10", "updates"),
    ("Velmora's Line 4 tram will open nine months late", "en", "2026-06-10", "updates"),
    ("Velmora's Line 4 tram opened a month late", "en", "2026-11-20", "confirms"),
    ("Velmora's Line 4 tram finally opens, nine months late", "en", "2027-07-01", "confirms"),
    # the Japanese delay's own verb in the non-past: still to come
    ("ベルモラの路面電車4号線、開業は1カ月遅れる見通し", "ja", "2026-06-10", "updates"),
    ("ベルモラの路面電車4号線、開業が2週間遅れそう", "ja", "2026-06-10", "updates"),
    ("ベルモラの路面電車4号線、1カ月遅れで開業", "ja", "2026-11-20", "confirms"),
], ids=["en-a-month-late", "en-nine-months-late", "en-opened-a-month-late",
        "en-opens-nine-months-late", "ja-okureru-mitoshi", "ja-okuresou", "ja-okure-de-kaigyo"])
def test_a_span_of_lateness(title: str, language: str, day: str, expected: str) -> None:
    check_verdict([TRAM], "velmora-tram", expected, title, "", day, language)
