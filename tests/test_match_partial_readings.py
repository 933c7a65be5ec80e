"""What makes an event part done, and what does not: "nearly" before a figure tells
the figure's size ("shares rise nearly 4% on their debut"), a rise's share before a
phrase is the rise's ("rise 4% on debut"), and after a decision word a word of progress
is what was decided ("approves partial sale"); a share price passing another
(初値は公開価格を上回る) reaches no figure. Subjects are invented; verdicts follow
../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole, Verdict

LISTING = claim(  # event: a company's shares first traded on a day
    "korvel-listing", "Korvel Rail will list its shares on the Ostra exchange on 12 May 2027.",
    [group("korvel", en=["Korvel Rail", "Korvel"], fr=["Korvel Rail", "Korvel"]),
     group("market", GroupRole.OPTIONAL, en=["Ostra exchange", "shares"],
           fr=["Bourse d'Ostra", "actions"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 5, 12), expected_by=date(2027, 5, 12),
    cues={Verdict.CONFIRMS: {"en": ("on … debut",), "fr": ("premiers pas en Bourse",)}},
)
SALE_VOTE = claim(  # decision: a parliament authorises a sale
    "korvel-sale-vote", "Ostra's parliament will vote to authorise the sale of Korvel Rail shares "
    "by April 2027.",
    [group("korvel", en=["Korvel Rail", "Korvel"], fr=["Korvel Rail", "Korvel"]),
     group("parliament", en=["parliament"], fr=["Parlement"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 4, 30),
)
REOPENING = claim(  # event: a line reopens
    "korvel-line-reopening", "Korvel Rail's Dunmere line will reopen in June 2027.",
    [group("line", en=["Dunmere line"], fr=["ligne de Dunmere"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("Korvel Rail shares rise nearly 4% on Ostra debut", "confirms"),
    ("Korvel Rail shares rise 4% on Ostra debut", "confirms"),
], ids=["nearly-a-figure", "share-before-a-phrase"])
def test_a_figure_beside_the_event_leaves_it_whole(title: str, expected: str) -> None:
    check_verdict([LISTING], "korvel-listing", expected, title, "", "2027-05-12", "en")


@pytest.mark.parametrize(("claim_id", "title", "expected"), [
    ("korvel-sale-vote", "Ostra's parliament approves partial sale of Korvel Rail", "confirms"),
    ("korvel-sale-vote", "Le Parlement approuve la vente partielle de Korvel Rail", "confirms"),
    # guard: for an event, a partial reopening is part of it done
    ("korvel-line-reopening", "Dunmere line partially reopens", "updates"),
], ids=["approves-partial-sale", "approuve-vente-partielle", "guard-event-partly-done"])
def test_progress_after_a_decision_word_is_what_was_decided(
        claim_id: str, title: str, expected: str) -> None:
    language = "fr" if "Parlement" in title else "en"
    check_verdict([SALE_VOTE, REOPENING], claim_id, expected, title, "", "2027-04-10",
                  language)


PROCEEDS = claim(  # target: what a share sale raises
    "korvel-proceeds", "Ostra's sale of Korvel Rail shares will raise at least €900 million.",
    [group("korvel", en=["Korvel Rail", "Korvel"], ja=["コルベル鉄道"]),
     group("sale", en=["share sale", "offering"], ja=["株式売却", "上場"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 5, 31),
)
LISTING_JA = claim(  # event: the listing, with its own Japanese cue
    "korvel-listing-ja", "Korvel Rail will list its shares on the Ostra exchange on 12 May 2027.",
    [group("korvel", en=["Korvel Rail"], ja=["コルベル鉄道"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 5, 12), expected_by=date(2027, 5, 12),
    cues={Verdict.CONFIRMS: {"ja": ("が上場",)}},
)


@pytest.mark.parametrize(("claim_id", "expected"), [
    ("korvel-listing-ja", "confirms"),
    ("korvel-proceeds", "mentions"),
], ids=["listing-confirmed", "no-target-reached"])
def test_a_share_price_passing_another_is_no_figure_reached(claim_id: str,
                                                            expected: str) -> None:
    """初値は公開価格を上回る (the first trade above the offer price): a share price
    passing another, neither the target reached nor a step of the listing."""
    check_verdict([PROCEEDS, LISTING_JA], claim_id, expected,
                  "コルベル鉄道が上場、初値は公開価格を上回る", "", "2027-05-12", "ja")


@pytest.mark.parametrize(("title", "expected"), [
    ("Korvel Rail's Dunmere line reopens near the old docks", "confirms"),
    # guard: "nearly" before the event word still tells it part done
    ("Dunmere line nearly reopens", "updates"),
], ids=["near-a-place", "guard-nearly-before"])
def test_near_a_place_is_no_part_done(title: str, expected: str) -> None:
    """"near" shares the stem of "nearly", but as a preposition it says where."""
    check_verdict([REOPENING], "korvel-line-reopening", expected, title, "", "2027-06-10", "en")


@pytest.mark.parametrize(("title", "language", "expected"), [
    # "nearly" before a number word tells how long, not how much reopened
    ("Dunmere line reopens nearly three years after the floods", "en", "confirms"),
    # guards: part of the line; a French article is no figure
    ("Dunmere line partially reopens", "en", "updates"),
    ("La ligne de Dunmere rouvre partiellement une section", "fr", "updates"),
])
def test_nearly_before_a_number_word(title: str, language: str, expected: str) -> None:
    check_verdict([REOPENING], "korvel-line-reopening", expected, title, "", "2027-06-20",
                  language)
