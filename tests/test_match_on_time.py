""""On time" and "as planned" say an event kept its date: done when the verb is done
("opened as planned"), still to come when it is future ("will open on time", « ouvrira
comme prévu »: a preview, labelling rule 2). Subjects are invented (helpers.invented);
verdicts follow ../shared/labelling.md."""

from __future__ import annotations

import pytest
from helpers.invented import TRAM, check_verdict


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    ("Velmora's Line 4 tram will open on time, mayor says", "en", "2026-08-20", "mentions"),
    ("La ligne 4 du tramway de Velmora ouvrira comme prévu", "fr", "2026-08-20", "mentions"),
    # guards: done on time; the future without "on time"
    ("Velmora's Line 4 tram opened on time", "en", "2026-09-02", "confirms"),
    ("La ligne 4 du tramway de Velmora a ouvert comme prévu", "fr", "2026-09-02", "confirms"),
    ("Velmora's Line 4 tram will open, mayor says", "en", "2026-08-20", "mentions"),
], ids=["en-future", "fr-future", "en-done", "fr-done", "en-future-plain"])
def test_on_time_keeps_the_verbs_tense(title: str, language: str, day: str,
                                       expected: str) -> None:
    check_verdict([TRAM], "velmora-tram", expected, title, "", day, language)


@pytest.mark.parametrize(("title", "day", "expected"), [
    # "a month" after the verb says how late, it is no new thing opened (round 45)
    ("Velmora's Line 4 tram opens a month late", "2026-10-20", "confirms"),
    ("Velmora's Line 4 tram opens a week early", "2026-08-24", "confirms"),
    # guard: an object that is something new
    ("Velmora's Line 4 tram opens a ticket office", "2026-08-24", "mentions"),
])
def test_a_span_after_the_verb_is_how_late(title: str, day: str, expected: str) -> None:
    check_verdict([TRAM], "velmora-tram", expected, title, "", day, "en")
