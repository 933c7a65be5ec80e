"""Bills passed, services kept or cut, works completed, and Japanese headline forms
(か, 予定はない, 考えず, 20万台 as the claim's own figure). Subjects are invented; the expected
verdicts follow ../shared/labelling.md. Each case failed before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

BILL = claim(  # decision: parliament passes the bill in 2026
    "tarsk-bill", "The Tarsk parliament will pass the coastal protection bill in 2026.",
    [group("bill", en=["coastal protection bill"],
           fr=["projet de loi sur la protection du littoral"], ja=["沿岸保護法案"]),
     group("tarsk", GroupRole.OPTIONAL, en=["Tarsk"], fr=["Tarsk"], ja=["タルスク"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 12, 31),
)
FERRY = claim(  # state: the ferry keeps running through 2027
    "orlo-ferry", "The Orlo island ferry will keep running through 2027.",
    [group("ferry", en=["Orlo ferry", "Orlo island ferry"], fr=["ferry d'Orlo"],
           ja=["オルロ島フェリー"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)
BRIDGE = claim(  # event: the bridge is completed by the end of 2026
    "karst-bridge", "The Karst bridge will be completed by the end of 2026.",
    [group("bridge", en=["Karst bridge"], fr=["pont de Karst"], ja=["カルスト橋"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)
BIKES = claim(  # target: 200,000 e-bikes in 2027
    "lomax-bikes", "Lomax will sell 200,000 e-bikes in 2027.",
    [group("lomax", en=["Lomax"], ja=["ロマックス"]),
     group("bikes", GroupRole.OPTIONAL, en=["e-bikes"], ja=["電動自転車"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)
CLAIMS = [BILL, FERRY, BRIDGE, BIKES]


@pytest.mark.parametrize(("claim_id", "expected", "title", "day", "language"), [
    ("tarsk-bill", "confirms", "Tarsk parliament passes coastal protection bill", "2026-06-18",
     "en"),
    ("tarsk-bill", "updates", "Tarsk coastal protection bill passes first reading",
     "2026-03-03", "en"),
    ("tarsk-bill", "confirms", "沿岸保護法案、議会通過", "2026-06-18", "ja"),
    ("tarsk-bill", "updates",
     "Le vote du projet de loi sur la protection du littoral renvoyé à 2027", "2026-09-15",
     "fr"),
    ("orlo-ferry", "confirms", "オルロ島フェリー、廃止を回避　州が運航を担保", "2026-11-19", "ja"),
    ("orlo-ferry", "confirms", "Orlo ferry closure averted as council steps in", "2026-11-19",
     "en"),
    ("orlo-ferry", "confirms", "Le ferry d'Orlo assuré jusqu'en 2029", "2026-11-19", "fr"),
    ("orlo-ferry", "mentions", "オルロ島フェリー「廃止の予定はない」　運航会社", "2026-02-20",
     "ja"),
    # no thought of doing it (round 37): 廃止考えず, 廃止は考えていない
    ("orlo-ferry", "mentions", "オルロ島フェリー「廃止考えず」　運航会社", "2026-02-20", "ja"),
    ("orlo-ferry", "mentions", "オルロ島フェリー、廃止は考えていない　運航会社", "2026-02-20",
     "ja"),
    ("orlo-ferry", "updates", "オルロ島フェリー、7月から減便", "2026-06-16", "ja"),
    ("orlo-ferry", "mentions", "Islanders rally to keep Orlo ferry running", "2026-02-25", "en"),
    ("karst-bridge", "confirms", "着工から5年、カルスト橋がようやく完工", "2027-07-02", "ja"),
    ("karst-bridge", "confirms", "Ribbon cut on completed Karst bridge; first cars cross",
     "2026-12-19", "en"),
    ("karst-bridge", "updates", "Le pont de Karst ne sera pas livré avant l'été 2027",
     "2026-03-05", "fr"),
    ("karst-bridge", "mentions", "カルスト橋が完成か　地元紙報道", "2026-09-18", "ja"),
    ("tarsk-bill", "updates", "沿岸保護法案、年内採決せず　継続審議に", "2026-12-11", "ja"),
    ("tarsk-bill", "confirms", "沿岸保護法案、賛成112、反対90で可決", "2026-06-18", "ja"),
    ("karst-bridge", "updates", "カルスト橋開通、延期か　資材不足で", "2026-09-18", "ja"),
    ("orlo-ferry", "mentions", "〈解説〉オルロ島フェリーの減便、何が変わるか", "2026-06-20", "ja"),
    ("lomax-bikes", "mentions", "ロマックス、27年の電動自転車販売20万台目標を堅持", "2026-02-12",
     "ja"),
])
def test_bills_services_works(claim_id: str, expected: str, title: str, day: str,
                              language: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", day, language)


APPROVAL = claim(  # decision: an agency approves a drug by mid-2027
    "lumo-approval", "The Sarn medicines agency will approve Lumo by mid-2027.",
    [group("lumo", en=["Lumo"], ja=["ルモ"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 6, 30),
)
TRAM = claim(  # decision: the council decides on the tram extension in 2026
    "morne-tram", "Morne city council will decide on the tram extension by December 2026.",
    [group("morne", en=["Morne"], fr=["Morne"], ja=["モルヌ"]),
     group("tram", en=["tram extension"], fr=["extension du tramway"], ja=["路面電車延伸"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("claim_id", "expected", "title", "day", "language"), [
    ("lumo-approval", "confirms", "片頭痛薬「ルモ」、サルンで承認取得", "2027-05-21", "ja"),
    ("lumo-approval", "updates", "諮問委員会、ルモ承認を勧告", "2026-09-30", "ja"),
    ("lumo-approval", "mentions", "ルモ承認に自信　開発元CEO「来年前半にも」", "2026-01-20", "ja"),
    ("morne-tram", "updates", "モルヌの路面電車延伸、事業費1.5倍に膨張", "2026-03-17", "ja"),
    ("morne-tram", "updates", "モルヌの路面電車延伸、結論は来年に持ち越し", "2026-11-05", "ja"),
    ("morne-tram", "updates", "モルヌ市、路面電車延伸の環境影響評価を公表", "2026-05-28", "ja"),
    ("morne-tram", "confirms",
     "Morne council approves tram extension, aims to open it in 2030", "2026-11-26", "en"),
    # a figure revised beside the decision is part of what was decided (rule 4)
    ("morne-tram", "confirms", "Morne approves tram extension; shop compensation raised",
     "2026-11-26", "en"),
    ("morne-tram", "confirms",
     "Morne : l'extension du tramway adoptée, les indemnisations revues à la hausse",
     "2026-11-26", "fr"),
    ("morne-tram", "confirms", "モルヌ市、路面電車延伸を承認 補償額引き上げ", "2026-11-26", "ja"),
    # guard: the figure revised with no decision
    ("morne-tram", "updates", "Morne tram extension: shop compensation raised",
     "2026-10-02", "en"),
])
def test_approvals_assessments_and_plans(claim_id: str, expected: str, title: str, day: str,
                                         language: str) -> None:
    check_verdict([APPROVAL, TRAM], claim_id, expected, title, "", day, language)


@pytest.mark.parametrize("statement", [
    "Renovation work on the Orlo bathhouse (new boiler, retiling and a sauna) will begin in "
    "July 2026.",
    "Construction of 24 homes for Orlo families, at the Long Meadow site half a mile inland, "
    "will begin in October 2026.",
])
@pytest.mark.parametrize(("title", "language"), [
    ("Orlo breaks ground", "en"), ("オルロで着工", "ja"),
])
def test_works_named_before_an_aside_start_the_claim(statement: str, title: str,
                                                     language: str) -> None:
    # the works word opens the statement; asides before its verb do not hide it (claim
    # writers of round 43): breaking ground is the claimed event, not a step
    works = claim("orlo-works", statement, [group("orlo", en=["Orlo"], ja=["オルロ"])],
                  kind=ClaimKind.EVENT, expected_by=date(2026, 10, 31))
    check_verdict([works], "orlo-works", "confirms", title, "", "2026-07-10", language)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orlo breaks ground", "en", "updates"), ("オルロで着工", "ja", "updates"),
    # guard: the finish is the claim's event
    ("Orlo bathhouse works completed", "en", "confirms"),
])
def test_works_that_will_be_finished_do_not_start_the_claim(title: str, language: str,
                                                            expected: str) -> None:
    # "The works … will be finished": a works word opens the statement, but its event is
    # the finish, so breaking ground is a step toward it (a round 69 claim writer)
    works = claim("orlo-works-done", "The renovation works at the Orlo bathhouse (boiler and "
                  "tiling) will be finished by the end of October 2026.",
                  [group("orlo", en=["Orlo"], ja=["オルロ"])],
                  kind=ClaimKind.EVENT, expected_by=date(2026, 10, 31))
    check_verdict([works], "orlo-works-done", expected, title, "", "2026-07-10", language)


POOL = group("pool", en=["Orlo pool"], fr=["piscine d'Orlo"], ja=["オルロ市民プール"])
POOL_OPENING = claim("orlo-pool-opening", "The new Orlo pool will open to swimmers in May 2027.",
                     [POOL], kind=ClaimKind.EVENT, expected_from=date(2027, 5, 1),
                     expected_by=date(2027, 5, 31))
POOL_WORKS = claim("orlo-pool-works", "Construction of the new Orlo pool will begin in March "
                   "2026.", [POOL], kind=ClaimKind.EVENT, expected_from=date(2026, 3, 1),
                   expected_by=date(2026, 3, 31))


@pytest.mark.parametrize(("title", "language"), [
    ("Structural works completed at Orlo pool", "en"),
    ("Piscine d'Orlo : le gros œuvre achevé", "fr"),
])
def test_works_completed_are_a_step_toward_an_opening(title: str, language: str) -> None:
    # a finish is no start of works, though a works word stands beside it: for the
    # opening it is a step (rule 6), not another family's event to drop
    check_verdict([POOL_OPENING, POOL_WORKS], "orlo-pool-opening", "updates", title, "",
                  "2026-11-10", language)
