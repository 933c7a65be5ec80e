"""Date rules, evidence content, exclusion scope, and the index at 1,000 claims."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from tracker.match import MATCHER_VERSION, Matcher
from tracker.models import Claim, Entry, GroupRole, TermGroup, Verdict


def claim(
    claim_id: str = "orbit-lab",
    subject: tuple[str, ...] = ("Orbit Lab",),
    expected_from: date | None = date(2025, 3, 1),
    expected_by: date | None = date(2025, 3, 31),
    exclude: tuple[str, ...] = (),
) -> Claim:
    groups = [
        TermGroup("subject", GroupRole.REQUIRED, {"en": subject, "ja": ("軌道研究所",)}),
        TermGroup("place", GroupRole.OPTIONAL, {"en": ("Japan",)}, 0.5),
    ]
    if exclude:
        groups.append(TermGroup("other", GroupRole.EXCLUDE, {"en": exclude}))
    return Claim(
        id=claim_id,
        statement="Orbit Lab opens in March 2025.",
        seed="s",
        claimed_on=date(2025, 1, 15),
        source_language="en",
        source_text="…",
        groups=tuple(groups),
        cues={Verdict.CONFIRMS: {"en": ("opened",), "ja": ("開所",)}},
        expected_from=expected_from,
        expected_by=expected_by,
    )


def at(day: str, title: str, summary: str = "", language: str = "en") -> Entry:
    when = datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC)
    return Entry("t", title, summary, published=when, language=language)


def verdict(matcher: Matcher, e: Entry) -> Verdict | None:
    found = matcher.match(e)
    return found[0].verdict if found else None


def test_confirmation_needs_the_window() -> None:
    m = Matcher([claim()])
    assert verdict(m, at("2025-03-10", "Orbit Lab opened in Japan")) is Verdict.CONFIRMS
    # before expected_from: not the event yet, a step on the way (rule 6) -> updates
    assert verdict(m, at("2025-02-10", "Orbit Lab opened in Japan")) is Verdict.UPDATES
    # a preview before expected_from adds nothing -> mentions
    assert verdict(m, at("2025-02-10", "Orbit Lab will open in Japan")) is Verdict.MENTIONS
    # before expected_from with material news -> updates
    assert verdict(m, at("2025-02-10", "Orbit Lab opening postponed")) is Verdict.UPDATES
    # before claimed_on even without expected_from
    m2 = Matcher([claim(expected_from=None)])
    assert verdict(m2, at("2025-01-01", "Orbit Lab opened")) is Verdict.MENTIONS


def test_after_the_deadline() -> None:
    m = Matcher([claim()])
    # late, named in the title: completion confirms, even late (labelling rule 4)
    assert verdict(m, at("2025-06-01", "Orbit Lab opened at last")) is Verdict.CONFIRMS
    # late, only a look back in the summary -> mentions
    late_recap = at("2025-06-01", "Minister retires", "She cited the Orbit Lab she opened.")
    assert verdict(m, late_recap) is Verdict.MENTIONS
    # a delay reported after the deadline -> updates
    assert verdict(m, at("2025-04-20", "Orbit Lab delayed again")) is Verdict.UPDATES


def test_preview_negation_hedge_and_background() -> None:
    m = Matcher([claim()])
    assert verdict(m, at("2025-03-05", "Orbit Lab will be opened next week")) is Verdict.MENTIONS
    assert verdict(m, at("2025-03-05", "Orbit Lab has not opened")) is Verdict.UPDATES
    assert verdict(m, at("2025-03-05", "Board considering cancelling Orbit Lab")) is Verdict.UPDATES
    assert verdict(m, at("2025-03-05", "Board cancels Orbit Lab")) is Verdict.CONTRADICTS
    assert verdict(m, at("2025-03-05", "Orbit Lab not cancelled, says board")) is Verdict.MENTIONS
    background = at("2025-03-20", "Rocket test", "Orbit Lab, opened last week, watched it.")
    assert verdict(m, background) is Verdict.MENTIONS
    assert verdict(m, at("2025-03-05", "軌道研究所が開所", "", "ja")) is Verdict.CONFIRMS
    assert verdict(m, at("2025-03-05", "軌道研究所、開所せず", "", "ja")) is Verdict.UPDATES


def test_evidence_holds_terms_original_sentence_cues_and_score() -> None:
    m = Matcher([claim()])
    e = at(
        "2025-03-10", "Space news", "Weather was fine. The <b>Orbit Lab</b> opened in Japan today!"
    )
    [finding] = m.match(e)
    assert finding.claim_id == "orbit-lab"
    assert finding.evidence.terms == ("Orbit Lab", "Japan")
    assert finding.evidence.sentence == "The Orbit Lab opened in Japan today!"
    assert finding.evidence.cues == ("opened",)
    assert 0.0 < finding.score <= 1.0
    title_hit = m.match(at("2025-03-10", "Orbit Lab opened in Japan"))[0]
    assert title_hit.score > finding.score  # title hits count more


def test_exclusion_applies_to_the_subject_only() -> None:
    m = Matcher([claim(exclude=("Moon Base",))])
    assert m.match(at("2025-03-10", "Moon Base crew visits Orbit Lab")) == []
    passing = at(
        "2025-03-10", "Orbit Lab opened", "Work starts now. Unlike the Moon Base, it is small."
    )
    assert verdict(m, passing) is Verdict.CONFIRMS


def test_unrelated_and_word_boundaries() -> None:
    m = Matcher([claim(subject=("Orbit Lab", "OLAB"))])
    assert m.match(at("2025-03-10", "Orbit Laboratory opened")) == []
    assert m.match(at("2025-03-10", "GLOLABS opened")) == []
    assert verdict(m, at("2025-03-10", "OLAB opened")) is Verdict.CONFIRMS


def test_the_right_claim_among_a_thousand() -> None:
    claims = [claim(f"c-{i:04d}", (f"Project Q{i:04d}", f"Q{i:04d}X")) for i in range(1000)]
    m = Matcher(claims)
    found = m.match(at("2025-03-10", "Project Q0777 opened in Japan"))
    assert [f.claim_id for f in found] == ["c-0777"]
    found = m.match(at("2025-03-10", "Q0042X and Q0999X opened"))
    assert [f.claim_id for f in found] == ["c-0042", "c-0999"]
    assert m.match(at("2025-03-10", "Japan opened a project")) == []
    assert MATCHER_VERSION


def with_cues(base: Claim, cues: dict[Verdict, dict[str, tuple[str, ...]]]) -> Claim:
    return dataclasses.replace(base, cues=cues)


def test_a_claims_own_cue_decides_its_word() -> None:
    # A claim that predicts a delay or a halt: for it those words confirm, even
    # though the general lexicon reads them as updates / contradicts.
    m = Matcher([with_cues(claim(), {Verdict.CONFIRMS: {"en": ("delayed", "halted")}})])
    assert verdict(m, at("2025-03-12", "Orbit Lab works delayed, agency says")) is Verdict.CONFIRMS
    assert verdict(m, at("2025-03-12", "Drilling at Orbit Lab halted")) is Verdict.CONFIRMS
    # modifiers still apply to the claim's own reading
    assert verdict(m, at("2025-03-12", "Orbit Lab works not delayed")) is Verdict.UPDATES
    # a general cue overlapping a longer claim cue yields to it as well
    m2 = Matcher([with_cues(claim(), {Verdict.CONFIRMS: {"en": ("pushed back the rival",)}})])
    assert verdict(m2, at("2025-03-12", "Orbit Lab pushed back the rival")) is Verdict.CONFIRMS


def test_decision_claim_cue_against_a_general_updates_word() -> None:
    # A decision claim lists "proceed with" as its own confirmation: it wins over
    # the general "updates" reading of the same words.
    decision = with_cues(claim(), {Verdict.CONFIRMS: {"en": ("agreed", "proceed with")}})
    m = Matcher([decision])
    e = at("2025-03-12", "Partners proceed with Orbit Lab after vote")
    assert verdict(m, e) is Verdict.CONFIRMS
    # Different words keep the usual order: an agreement whose content is a
    # general progress word is a follow-up (updates), not the decision itself.
    e = at("2025-03-12", "Partners agreed to keep moving toward Orbit Lab expansion")
    assert verdict(m, e) is Verdict.UPDATES


def test_late_confirmation_needs_the_subject_in_the_title() -> None:
    m = Matcher([claim()])
    # only the generic optional group ("Japan") in the title: a look back
    recap = at(
        "2025-07-02", "Japan hosts space week", "Visitors toured the Orbit Lab, opened in spring."
    )
    assert verdict(m, recap) is Verdict.MENTIONS
    # the subject itself in the title: a late completion confirms (labelling rule 4)
    late = at("2025-07-02", "Orbit Lab finally opens doors", "The Orbit Lab opened on Monday.")
    assert verdict(m, late) is Verdict.CONFIRMS


def test_a_denial_negates_the_cues_it_denies() -> None:
    m = Matcher([claim()])
    denied_delay = at("2025-02-20", "Agency denies Orbit Lab opening will be postponed")
    assert verdict(m, denied_delay) is Verdict.MENTIONS
    denied_cut = at(
        "2025-02-20",
        "Orbit Lab budget",
        "Officials dismissed reports that the Orbit Lab had been scrapped.",
    )
    assert verdict(m, denied_cut) is Verdict.MENTIONS
    # whoever wrote the report: "dismissed a local paper's report that …"
    denied_slip = at(
        "2025-02-20",
        "Orbit Lab schedule",
        "The agency dismissed a local paper's report that the Orbit Lab opening could slip.",
    )
    assert verdict(m, denied_slip) is Verdict.MENTIONS
    # Japanese: the denial follows what it denies
    assert verdict(m, at("2025-02-20", "軌道研究所の開所延期を否定", "", "ja")) is Verdict.MENTIONS
    # with nothing else to deny, a denial of the plan itself still contradicts
    assert verdict(m, at("2025-02-20", "Regulator denied Orbit Lab permit")) is Verdict.CONTRADICTS
