"""Headline idioms and legal and appointment forms read as their events: leaders who
"shake hands" have met; a "long-delayed" meeting that takes place is held, not
delayed; a parliament that "votes down" a plan stops it; 辞退 (declines) a post is a
stop; an appeal of a ruling is a legal threat; an appointment "with immediate effect"
is the appointment itself; a review is news, not a hedge of itself; a shortlist, an
extension of time (延長) and a cut (短縮) are steps; a deal a decision governs is what
was decided ("clears Orsk's purchase of Talbot"); a part done ("the northern half
opens") is a step; a sale that closes is completed; approval won ("wins planning
permission", ゴーサイン) is the decision, a plan thrown out refused.
Subjects are invented. Each case failed before its rule, except those marked as guards
(docs/matching.md, "Lexicon")."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole, Verdict

SUMMIT = claim(  # meeting: the leaders of two invented states meet
    "dorva-lesk-summit", "The leaders of Dorva and Lesk will hold a summit by mid-2027.",
    [group("dorva", en=["Dorva", "Dorvan"], fr=["Dorva"], ja=["ドルバ"]),
     group("lesk", en=["Lesk", "Leskian"], fr=["Lesk"], ja=["レスク"]),
     group("summit", en=["summit"], fr=["sommet"], ja=["首脳会談"])],
    kind=ClaimKind.MEETING, expected_by=date(2027, 6, 30),
)
CHIEF = claim(  # event: an appointment taken up
    "arden-chief", "Lena Varga will take over as chief executive of Arden Bank by July 2026.",
    [group("varga", en=["Lena Varga", "Varga"], fr=["Lena Varga", "Varga"], ja=["バルガ"]),
     group("arden", en=["Arden Bank", "Arden"], fr=["Arden"], ja=["アーデン銀行"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 7, 31),
    cues={Verdict.CONFIRMS: {"en": ("takes over",), "ja": ("就任",)}},
)
LEVY = claim(  # decision: a court rules on a levy
    "penn-levy-ruling", "The Penn district court will rule on the harbour levy by May 2026.",
    [group("levy", en=["harbour levy"]),
     group("court", GroupRole.OPTIONAL, en=["district court"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 5, 31),
)
GRID = claim(  # decision: a regulator rules on a takeover
    "talbot-grid-approval", "The Varn regulator will approve Orsk Energy's purchase of Talbot "
    "Grid by May 2026.",
    [group("orsk", en=["Orsk Energy", "Orsk"], fr=["Orsk"], ja=["オルスク"]),
     group("talbot", en=["Talbot Grid", "Talbot"], fr=["Talbot"], ja=["タルボット"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 5, 31),
)
BYPASS = claim(  # event: a road opens
    "lanne-bypass", "The Lanne bypass will open to traffic by November 2026.",
    [group("bypass", en=["Lanne bypass"], fr=["contournement de Lanne"], ja=["ラーン・バイパス"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 11, 30),
)
ROSK = claim(  # event: a sale completed
    "rosk-rail-sale", "The Dalen government will complete the sale of Rosk Rail by June 2027.",
    [group("rosk", en=["Rosk Rail"], fr=["Rosk Rail"], ja=["ロスク鉄道"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
)
ARENA = claim(  # decision: a planning permission granted
    "holm-arena-permit", "Holm city council will approve planning permission for the Vessa arena "
    "by September 2026.",
    [group("arena", en=["Vessa arena"], fr=["salle Vessa"], ja=["ベッサ・アリーナ"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 9, 30),
)
CLAIMS = [SUMMIT, CHIEF, LEVY, GRID, BYPASS, ROSK, ARENA]


@pytest.mark.parametrize(("expected", "claim_id", "title", "day", "language"), [
    ("confirms", "dorva-lesk-summit", "Dorvan and Leskian leaders shake hands at border summit",
     "2026-11-14", "en"),
    ("confirms", "dorva-lesk-summit", "Dorva et Lesk : poignée de main historique au sommet",
     "2026-11-14", "fr"),
    ("confirms", "dorva-lesk-summit", "Long-delayed Dorva-Lesk summit finally takes place",
     "2027-09-18", "en"),
    ("contradicts", "dorva-lesk-summit", "Lesk parliament votes down summit with Dorva",
     "2027-02-23", "en"),
    ("contradicts", "arden-chief", "バルガ氏、アーデン銀行のCEO就任を辞退", "2026-04-09", "ja"),
    ("confirms", "arden-chief", "Arden Bank names Lena Varga CEO with immediate effect",
     "2026-03-25", "en"),
    # named with a start date to come: a step, not the event (guard)
    ("updates", "arden-chief", "Arden Bank names Lena Varga CEO from September",
     "2026-03-25", "en"),
    ("updates", "penn-levy-ruling", "Shippers appeal the harbour levy ruling", "2026-06-10",
     "en"),
    # a review is news, not a hedge of itself
    ("updates", "penn-levy-ruling", "Penn puts harbour levy under review", "2026-02-10", "en"),
    ("updates", "arden-chief", "Arden Bank shortlists Lena Varga for top job", "2026-02-10",
     "en"),
    # an extension of time, a cut
    ("updates", "arden-chief", "アーデン銀行、バルガ氏の前任者の任期を延長", "2026-02-10", "ja"),
    ("updates", "arden-chief", "アーデン銀行、バルガ氏の就任準備期間を短縮", "2026-02-10", "ja"),
    # the thing a decision governs is what was decided, not a step of its own
    ("confirms", "talbot-grid-approval", "Varn regulator clears Orsk Energy's purchase of Talbot",
     "2026-04-10", "en"),
    ("confirms", "talbot-grid-approval", "当局、オルスクによるタルボット買収を条件付きで承認",
     "2026-04-10", "ja"),
    # approval received is the decision taken; a plan thrown out is refused
    ("confirms", "holm-arena-permit", "Vessa arena wins planning permission", "2026-09-24", "en"),
    ("confirms", "holm-arena-permit", "Vessa arena finally gets planning go-ahead", "2026-09-24",
     "en"),
    ("confirms", "holm-arena-permit", "La salle Vessa obtient enfin son permis", "2026-09-24",
     "fr"),
    ("confirms", "holm-arena-permit", "ベッサ・アリーナ計画にゴーサイン", "2026-09-24", "ja"),
    ("contradicts", "holm-arena-permit", "Holm councillors throw out Vessa arena plans",
     "2026-09-10", "en"),
    # a part of the thing done is a step
    ("updates", "lanne-bypass", "Northern half of Lanne bypass opens; rest due in autumn",
     "2026-05-29", "en"),
    ("updates", "lanne-bypass",
     "Un premier tronçon du contournement de Lanne ouvert aux véhicules", "2026-07-07", "fr"),
    ("updates", "lanne-bypass", "ラーン・バイパス、第1工区が先行開通", "2026-03-11", "ja"),
    # a sale that closes is completed
    ("confirms", "rosk-rail-sale", "Rosk Rail sale closes three months late", "2027-09-20", "en"),
    # a ribbon cut is no cut ("coupure" is a stop word; guard)
    ("confirms", "lanne-bypass",
     "Coupure du ruban : le contournement de Lanne ouvre à la circulation", "2026-11-20", "fr"),
])
def test_headline_idioms(expected: str, claim_id: str, title: str, day: str,
                         language: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", day, language)


ID_CARD = claim(  # event: a digital ID goes live
    "tessa-id-launch", "The Tessaly digital ID will launch nationwide by June 2027.",
    [group("id", en=["Tessaly digital ID", "TessID"], fr=["identité numérique tessalienne"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
)


@pytest.mark.parametrize(("expected", "title"), [
    # enrolment, not a signature; "fixed" as an adjective is nothing fixed
    ("mentions", "TessID sign-ups pass one million"),
    ("mentions", "38,000 sign up for TessID in first fortnight"),
    ("mentions", "TessID to work with fixed-line phone accounts"),
    # a noun that names a thing after its determiner: no appointment
    ("mentions", "TessID app gets a name: the old health card's"),
    # a permit's name is no plan: the permission is granted
    ("updates", "Planning permission granted for TessID data centre"),
    # a threat to walk away is a threat (rule 7)
    ("updates", "TessID contractor threatens to walk away"),
    # guard: the launch itself
    ("confirms", "TessID goes live nationwide"),
])
def test_adjectives_and_phrasal_verbs_that_hold_an_event_word(expected: str,
                                                              title: str) -> None:
    check_verdict([ID_CARD], "tessa-id-launch", expected, title, "", "2027-02-10", "en")
