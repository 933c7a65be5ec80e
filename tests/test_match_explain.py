"""``explain``: the decision path names the claim's kind, the terms found, each frame
with its role and modality, the verdict-table outcome and the verdict; an entry about
no claim says so."""

from __future__ import annotations

import re

import pytest
from helpers.invented import BRIDGE, TRAM, claim, entry

from tracker.match import Matcher
from tracker.match.explain import explain


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([TRAM, BRIDGE])


def lines_for(matcher: Matcher, title: str, summary: str = "", day: str = "2026-06-15",
              language: str = "en", claim_id: str | None = None) -> list[str]:
    return explain(matcher, entry(title, summary, day, language), claim_id)


def frame_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if line.lstrip().startswith("sentence ")]


def test_a_report_names_kind_terms_frame_and_verdict(matcher: Matcher) -> None:
    lines = lines_for(matcher, "Velmora's Line 4 tram opens as planned",
                      "The first trams carried passengers across the city on Monday.",
                      claim_id="velmora-tram")
    text = "\n".join(lines)
    assert lines[0] == "entry: Velmora's Line 4 tram opens as planned"
    assert "  published: 2026-06-15" in lines
    assert "claim velmora-tram (event, stated; event: occurred)" in lines
    terms = next(line for line in lines if line.startswith("  terms: "))
    assert "Line 4 tram" in terms and "Velmora" in terms
    assert re.search(r"\(score (0\.\d\d|1\.00)\)", terms)
    assert "  timing: in-window" in lines
    assert re.search(r"sentence 0: 'open' \(occurred\) -> event × realis -> confirms"
                     r"\s+\[clause: [^\]]*line 4 tram opens[^\]]*\]", text)
    assert lines[-1].startswith("  verdict: confirms (sentence 0: Velmora's Line 4 tram opens")
    assert "velmora-bridge" not in text


def test_a_preview_shows_its_modality_and_mentions(matcher: Matcher) -> None:
    lines = lines_for(matcher, "Velmora's Line 4 tram to open in September",
                      "The city said testing was going well.", day="2026-05-12")
    frames = frame_lines(lines)
    assert any(re.search(r"'open' \(occurred\) -> event × (future|expected|intent) -> mentions",
                         f) for f in frames), frames
    assert lines[-1].startswith("  verdict: mentions")


def test_a_stop_and_a_step_show_their_roles(matcher: Matcher) -> None:
    stop = frame_lines(lines_for(matcher, "Velmora scraps Line 4 tram", day="2026-05-12"))
    assert any(re.search(r"'scrap' \(cancel\) -> stop × realis -> contradicts", f)
               for f in stop), stop
    step = frame_lines(lines_for(matcher, "Velmora appoints operator for Line 4 tram",
                                 day="2026-03-17"))
    assert any(re.search(r"'appoint' \(step\) -> step × realis -> updates", f)
               for f in step), step


def test_a_claims_own_cue_is_shown_as_such(matcher: Matcher) -> None:
    lines = lines_for(matcher, "Velmora's Harbour Bridge reopens to traffic",
                      claim_id="velmora-bridge")
    assert any("(claim:confirms) -> event × realis -> confirms" in f
               for f in frame_lines(lines)), lines


def test_a_late_item_shows_its_timing(matcher: Matcher) -> None:
    lines = lines_for(matcher, "Velmora's Line 4 tram opening delayed again until March 2027",
                      day="2026-11-20", claim_id="velmora-tram")
    assert "  timing: late" in lines
    assert any(re.search(r"'delay' \(delay\) -> delay × realis(, later round)? -> updates", f)
               for f in frame_lines(lines)), lines
    assert lines[-1].startswith("  verdict: updates")


def test_an_inferred_kind_is_shown_as_inferred() -> None:
    unstated = claim("tram", TRAM.statement, TRAM.groups, kind=None)
    lines = lines_for(Matcher([unstated]), "Velmora's Line 4 tram opens")
    assert any(line.startswith("claim tram (event, inferred;") for line in lines), lines


def test_an_entry_about_no_claim(matcher: Matcher) -> None:
    lines = lines_for(matcher, "Dunmere council approves new budget",
                      "The city will spend more on schools.")
    assert lines == ["entry: Dunmere council approves new budget", "  published: 2026-06-15",
                     "  about no claim"]


def test_an_entry_not_about_the_chosen_claim(matcher: Matcher) -> None:
    lines = lines_for(matcher, "Velmora's Line 4 tram opens", claim_id="velmora-bridge")
    assert lines[-1] == "  not about velmora-bridge"
    assert not any(line.startswith("claim ") for line in lines)


def test_an_entry_not_about_the_claim_shows_the_groups_it_names(matcher: Matcher) -> None:
    """A claim writer sees which group a headline left unnamed."""
    lines = lines_for(matcher, "Velmora's old harbour crossing reopens", claim_id="velmora-bridge")
    groups = [line for line in lines if line.startswith("  group ")]
    assert groups[0] == "  group bridge (required): not named"
    assert re.fullmatch(r"  group \S+ \(required\): Velmora", groups[1]), groups
    assert lines[-1] == "  not about velmora-bridge"


def test_an_entry_about_two_claims_explains_each(matcher: Matcher) -> None:
    lines = lines_for(matcher, "Velmora transport works: where things stand",
                      "Velmora's Line 4 tram opened to passengers on Monday, while the "
                      "reopening of the Harbour Bridge was delayed until March 2027.",
                      day="2026-06-16")
    claims = [line for line in lines if line.startswith("claim ")]
    assert [c.split()[1] for c in claims] == ["velmora-tram", "velmora-bridge"]
    verdicts = [line for line in lines if line.startswith("  verdict: ")]
    assert len(verdicts) == 2
