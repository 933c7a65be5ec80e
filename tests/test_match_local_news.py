"""A place left out by the local press (``omitted.py``): a paper in the claim's own
language names the plant or the reform, not its town ("Le tribunal de commerce confie
les aciéries à Varanda"). One required group of names may then be missing, when the
title names the claim's subject and nobody else. Subjects are invented; each flagged
case had no finding before the rule; the others are guards: another name in the
title, another language, a Title Case headline, a catalogue country, a group of
things, an exclude group."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.finding.lexicon import load_lexicon
from tracker.match.finding.omitted import (
    local_news,
    omissible_groups,
    own_words,
    title_case,
    title_names,
)
from tracker.match.text.normalize import fold
from tracker.models import Claim, ClaimKind, GroupRole

FURNACE = replace(claim(
    "tarvel-furnace", "Brenmoor Steel will relight the Tarvel blast furnace by March 2027.",
    [group("tarvel", en=["Tarvel"], fr=["Tarvel"], ja=["ターベル"]),
     group("furnace", en=["blast furnace"], fr=["haut-fourneau", "haut fourneau"],
           ja=["高炉"]),
     group("rival", GroupRole.EXCLUDE, en=["Ostrava"], fr=["Ostrava"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
), source_language="fr",
    source_text="Brenmoor Steel s'engage à rallumer le haut-fourneau de Tarvel d'ici mars.")
REFORM = claim(
    "sallow-pension-bill", "Sallow's parliament will adopt the pension reform bill by June "
    "2027.",
    [group("sallow", en=["Sallow", "Sallovian"]),
     group("bill", en=["pension reform", "pension bill"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 6, 30),
)
# siblings share the place, so it is no subject of either claim (only a shared group
# may be left out: a claim's subject never is)
MILL = replace(claim(
    "tarvel-mill", "The Tarvel rolling mill will keep running through 2027.",
    [group("tarvel", en=["Tarvel"], fr=["Tarvel"]),
     group("mill", en=["rolling mill"], fr=["laminoir"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
), source_language="fr", source_text="Le laminoir de Tarvel continuera de tourner.")
PENSIONS = claim(
    "sallow-pension-age", "Sallow's retirement age will rise to 65 by 2030.",
    [group("sallow", en=["Sallow", "Sallovian"]), group("age", en=["retirement age"])],
    kind=ClaimKind.TARGET, expected_by=date(2030, 12, 31),
)
JAPAN_PLANT = claim(
    "japan-furnace", "Japan's Kessel Steel will relight its blast furnace by March 2027.",
    [group("japan", entities=["japan"]), group("furnace", en=["blast furnace"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
)


STEEL = [FURNACE, MILL]
REFORMS = [REFORM, PENSIONS]


@pytest.mark.parametrize(("claims", "claim_id", "expected", "title", "language"), [
    (STEEL, "tarvel-furnace", "updates",
     "Haut-fourneau : le rallumage glisse à la mi-mai", "fr"),
    (STEEL, "tarvel-furnace", "updates",
     "Le haut-fourneau ne sera pas rallumé avant juin", "fr"),
    (REFORMS, "sallow-pension-bill", "confirms",
     "Parliament adopts pension reform after all-night session", "en"),
    # a month or a weekday is capitalised, yet names no one
    (REFORMS, "sallow-pension-bill", "confirms",
     "Parliament adopted pension reform on Thursday, in force from January", "en"),
    # guards: someone else named, another language, Title Case, a catalogue country,
    # an exclude group
    (STEEL, "tarvel-furnace", None,
     "Dunkerque : Nordacier reporte le redémarrage de son haut-fourneau", "fr"),
    (STEEL, "tarvel-furnace", None, "Blast furnace relight slips to mid-May", "en"),
    (REFORMS, "sallow-pension-bill", None,
     "Parliament Adopts Pension Reform After All-Night Session", "en"),
    (REFORMS, "sallow-pension-bill", None,
     "Veldmark parliament adopts pension reform", "en"),
    ([JAPAN_PLANT], "japan-furnace", None, "Blast furnace relit after three years", "en"),
    (STEEL, "tarvel-furnace", None,
     "Haut-fourneau : le rallumage glisse, comme à Ostrava", "fr"),
])
def test_the_local_press_may_leave_the_place_out(claims: list[Claim], claim_id: str,
                                                  expected: str | None, title: str,
                                                  language: str) -> None:
    check_verdict(claims, claim_id, expected, title, "", "2027-02-10", language)


def test_only_required_groups_of_names_without_entities_may_be_left_out() -> None:
    assert omissible_groups(FURNACE) == frozenset({"tarvel"})  # not the furnace (a thing)
    assert omissible_groups(JAPAN_PLANT) == frozenset()  # a catalogue country


def test_local_news_reads_the_titles_names() -> None:
    lexicon = load_lexicon()
    own = own_words(FURNACE)
    assert fold("Brenmoor") in own and "ostrava" not in own  # exclude groups name others
    def local(title: str, language: str) -> bool:
        return local_news(FURNACE, language, title_names(title, language, lexicon), own)

    assert local("Le haut-fourneau de Brenmoor redémarre", "fr")
    assert not local("Nordacier rallume son haut-fourneau", "fr")
    assert not local("Brenmoor relights the furnace", "en")  # not the seed's language
    # Title Case tells no names; the claim's own capitalised names do not make it
    assert title_case("Tarvel Steel Relights Its Blast Furnace", own)
    assert title_case("Brenmoor Blast Furnace relit", frozenset())
    assert not title_case("Brenmoor Blast Furnace relit", frozenset({"brenmoor", "blast",
                                                                      "furnace"}))
    # a hyphenated name is the claim's own by its parts: the rest is lower case
    assert not title_case("Le conseil vote le rachat de Saint-Brevin",
                          frozenset({"conseil", "vote", "rachat", "saint", "brevin"}))


# A Japanese seed: its city's own paper leaves the city out (新庁舎が開庁 in the 鷺野 paper)
HALL = replace(claim(
    "sagino-hall-opening", "Sagino's new city hall will open on 8 May 2028.",
    [group("sagino", en=["Sagino"], ja=["鷺野", "鷺野市"]),
     group("hall", en=["new city hall"], ja=["新庁舎"])],
    kind=ClaimKind.EVENT, expected_from=date(2028, 5, 8), expected_by=date(2028, 5, 8),
), source_language="ja", source_text="鷺野市の新庁舎は2028年5月8日に開庁する。")
ANNEX = replace(claim(
    "sagino-annex", "Sagino's old city hall annex will be kept as a library.",
    [group("sagino", en=["Sagino"], ja=["鷺野", "鷺野市"]),
     group("annex", en=["annex"], ja=["別館"])],
    kind=ClaimKind.STATE, expected_by=date(2029, 3, 31),
), source_language="ja", source_text="鷺野市の旧庁舎別館は図書館として残す。")
HALLS = [HALL, ANNEX]


@pytest.mark.parametrize(("title", "expected"), [
    ("新庁舎で業務開始 窓口に朝から市民の列", "confirms"),
    # guards: another city, another katakana name, a port, news from abroad
    ("北浦市の新庁舎で業務開始 窓口に朝から市民の列", None),
    ("ミナト建設が手がけた新庁舎で業務開始", None),
    ("磯辺港の新庁舎で業務開始", None),
    ("大浜府の新庁舎で業務開始", None),
    ("仏モンテルの新庁舎で業務開始", None),
    # a firm or a body named by its ending (a round-62 claim writer: 出羽白嶺酒造)
    ("北浦銀行の新庁舎で業務開始", None),
    ("白嶺酒造の新庁舎で業務開始", None),
], ids=["own-city-left-out", "guard-other-city", "guard-katakana", "guard-port", "guard-fu",
        "guard-abroad", "guard-bank", "guard-brewery"])
def test_a_japanese_local_paper_may_leave_its_city_out(title: str,
                                                       expected: str | None) -> None:
    check_verdict(HALLS, "sagino-hall-opening", expected, title, "", "2028-05-08", "ja")


def test_japanese_titles_names() -> None:
    lexicon = load_lexicon()
    names = title_names("仏モンテル市の新庁舎、磯辺港で式典 県が出席", "ja", lexicon,
                        frozenset({"仏"}))
    assert names is not None
    found = {n for parts in names for n in parts}
    assert {"モンテル", "市", "磯辺港", "県", "仏"} <= found
