"""Deals that close, figures raised to a new value, regulators' probes and clearances
(docs/matching.md, "Lexicon"). Subjects are invented; the expected verdicts follow
../shared/labelling.md. Each case failed before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

TAKEOVER = claim(  # event: the takeover completes by the end of 2026
    "halden-marrow", "Halden Group will complete its takeover of Marrow Foods by the end of 2026.",
    [group("halden", en=["Halden Group", "Halden"], fr=["Halden"], ja=["ハルデン"]),
     group("marrow", en=["Marrow Foods", "Marrow"], fr=["Marrow Foods", "Marrow"], ja=["マロウ"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)
CLAIMS = [TAKEOVER]


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    # a deal "closes" when it is done: the verb before or after its noun
    ("confirms", "Halden Group closes its purchase of Marrow Foods", "2026-11-20", "en"),
    ("confirms", "Halden's Marrow Foods acquisition closes after regulator nod", "2026-11-20",
     "en"),
    # a slip past the deadline, not a closure
    ("updates", "Halden now expects the Marrow deal to close in March 2027", "2026-09-02", "en"),
    # "deal to close": the infinitive is the verb's future, a preview
    ("mentions", "Halden's Marrow deal to close by year-end", "2026-09-02", "en"),
    # near miss: the market closed higher, the deal closed nothing
    ("mentions", "Halden shares close higher on Marrow deal talk", "2026-06-02", "en"),
])
def test_a_deal_that_closes_is_completed(expected: str, title: str, day: str,
                                         language: str) -> None:
    check_verdict(CLAIMS, "halden-marrow", expected, title, "", day, language)


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    ("updates", "Halden raises its Marrow Foods offer to 31 euros a share", "2026-03-04", "en"),
    ("updates", "Halden sweetens Marrow bid to 31 euros a share", "2026-03-04", "en"),
    ("updates", "Halden relève son offre sur Marrow Foods à 31 euros par action", "2026-03-04",
     "fr"),
    ("updates", "ハルデン、マロウへの買収提示額を1株31ユーロに引き上げ", "2026-03-04", "ja"),
    # a price the market set, not a figure of the deal
    ("mentions", "Halden shares jump to 31 euros as Marrow bid nears", "2026-03-04", "en"),
    ("mentions", "Marrow : l'action bondit à 29 euros, Halden en embuscade", "2026-03-04", "fr"),
])
def test_a_figure_raised_to_a_new_value_updates_an_event(expected: str, title: str, day: str,
                                                         language: str) -> None:
    check_verdict(CLAIMS, "halden-marrow", expected, title, "", day, language)


@pytest.mark.parametrize(("expected", "title"), [
    ("updates", "Regulator opens in-depth probe of Halden's Marrow Foods bid"),
    ("updates", "Regulator clears Halden's acquisition of Marrow Foods, with conditions"),
])
def test_a_regulators_probe_or_clearance_is_a_step(expected: str, title: str) -> None:
    check_verdict(CLAIMS, "halden-marrow", expected, title, "", "2026-06-10", "en")


@pytest.mark.parametrize(("expected", "title", "language"), [
    # a denying word with a statement after it denies a report (rule 8)
    ("mentions", "Halden denies Marrow Foods deal is at risk", "en"),
    ("mentions", "Halden denies that its Marrow takeover is in jeopardy", "en"),
    ("mentions", "Halden dément que le rachat de Marrow Foods soit menacé", "fr"),
])
def test_a_denial_of_a_statement_is_no_stop(expected: str, title: str, language: str) -> None:
    check_verdict(CLAIMS, "halden-marrow", expected, title, "", "2026-06-10", language)


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    # "final" and "finally" only stem like "finalize"
    ("mentions", "Final hurdle for Halden's Marrow Foods bid, says chief executive", "2026-10-01",
     "en"),
    # "long-awaited" says the event is here, not ahead
    ("confirms", "Halden completes long-awaited takeover of Marrow Foods", "2027-02-01", "en"),
    ("confirms", "Le rachat tant attendu de Marrow Foods par Halden est finalisé", "2027-02-01",
     "fr"),
    # a completion with the approval that held it up in another clause: still done (rule 4)
    ("confirms", "ハルデン、マロウ買収が完了　承認手続き長引き3カ月遅れ", "2027-03-31", "ja"),
])
def test_a_completion_is_read_as_done(expected: str, title: str, day: str, language: str) -> None:
    check_verdict(CLAIMS, "halden-marrow", expected, title, "", day, language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # the event named first is the topic: the delay to a time ahead is the news
    ("updates", "ハルデンのマロウ買収、完了は来年にずれ込み　承認遅れで", "ja"),
    ("updates", "ハルデンのマロウ買収、年内完了は困難に", "ja"),
    ("updates", "Rachat de Marrow : Halden repousse la finalisation à mi-2027", "fr"),
    # a title's topic label before a colon is no completion beside a step
    ("updates", "Rachat de Marrow par Halden : le régulateur ouvre une enquête approfondie",
     "fr"),
    # done, and late: still a completion (rule 4)
    ("confirms", "Halden completes Marrow Foods takeover, two months behind schedule", "en"),
    # in one clause: "schedule" is the delay phrase's word, no plan of the completion
    ("confirms", "Halden completes Marrow Foods takeover a month behind schedule", "en"),
    # "set to" is a plan word: no date set, the completion still to come
    ("mentions", "Halden set to complete Marrow Foods takeover on Friday", "en"),
])
def test_a_topic_with_its_delay_is_not_done(expected: str, title: str, language: str) -> None:
    check_verdict(CLAIMS, "halden-marrow", expected, title, "", "2026-10-20", language)


def test_a_claims_gapped_cue_keeps_its_preposition() -> None:
    # "to" in a claim's own "ship … to Orvan" is a preposition, not the cue's future
    probe = claim(
        "kiri-launch", "Tessa Space will launch the Kiri probe by 2027.",
        [group("kiri", en=["Kiri probe", "Kiri"])],
        kind=ClaimKind.EVENT, expected_by=date(2027, 12, 31),
        cues={Verdict.UPDATES: {"en": ("ship … to Orvan",)}},
    )
    check_verdict([probe], "kiri-launch", "updates",
                  "Tessa Space ships Kiri probe to Orvan spaceport", "", "2027-03-02", "en")


SUPPLY = claim(
    "orla-supply-contract", "Orla Dairy will sign a supply contract with Brisk Stores by "
    "December 2026.",
    [group("deal", en=["supply contract", "contract"], fr=["contrat"], ja=["供給契約"]),
     group("orla", en=["Orla Dairy", "Orla"], fr=["Orla"], ja=["オーラ乳業"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("summary", "language"), [
    ("The Orla contract, signed on Thursday, sets a purchase price indexed on costs.", "en"),
    ("Le contrat d'Orla, signé jeudi, fixe un prix d'achat indexé sur les coûts.", "fr"),
])
def test_a_price_named_by_a_deal_word_is_no_deal(summary: str, language: str) -> None:
    """"A purchase price", "prix d'achat" name a price: no purchase beside the signing
    (a step), which would make the decision only an update."""
    check_verdict([SUPPLY], "orla-supply-contract", "confirms", "Orla and Brisk seal pact",
                  summary, "2026-12-10", language)


@pytest.mark.parametrize(("title", "language", "expected"), [
    # the decision with the date it sets, after a Japanese headline's space (rule 4)
    ("オーラ乳業、供給契約を正式契約 初回納入は来年6月", "ja", "confirms"),
])
def test_a_decision_with_the_date_it_sets(title: str, language: str, expected: str) -> None:
    check_verdict([SUPPLY], "orla-supply-contract", expected, title, "", "2026-12-10",
                  language)
