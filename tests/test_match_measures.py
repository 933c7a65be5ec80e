"""A figure in another unit of the target's dimension is read in the target's:
"30,000 kilowatts" and 3万キロワット are 30 MW, and "30MW" written as one word is a
figure (measures.py, [measures] of data/numbers.toml; invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, GroupRole

OUTPUT = claim(
    "kessel-geothermal-30mw", "Kessel Geothermal will raise the output of its Varn plant to "
                              "30 MW by March 2028.",
    [group("varn", en=["Varn"], ja=["バーン"]),
     group("plant", en=["geothermal"], ja=["地熱"]),
     group("output", GroupRole.OPTIONAL, en=["output", "MW", "megawatts"],
           ja=["出力", "キロワット", "メガワット"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 4, 1), expected_by=date(2028, 3, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Varn geothermal plant raises output to 30,000 kilowatts", "en", "confirms"),
    ("Varn geothermal plant reaches 30MW", "en", "confirms"),
    ("バーン地熱発電所、出力を3万キロワットに引き上げ", "ja", "confirms"),
    ("バーン地熱発電所、出力30MWを達成", "ja", "confirms"),
    # guards: a figure short of the target is interim; another dimension counts nothing
    ("バーン地熱発電所、出力1万5000キロワットで運転", "ja", "updates"),
    ("Varn geothermal plant raises output to 15,000 kilowatts", "en", "updates"),
], ids=["kilowatts", "joined-mw", "man-kilowatt", "ja-joined-mw", "guard-interim-ja",
        "guard-interim-en"])
def test_a_figure_in_another_unit_of_its_dimension(title: str, language: str,
                                                  expected: str) -> None:
    check_verdict([OUTPUT], "kessel-geothermal-30mw", expected, title, "", "2027-06-01",
                  language)


def test_a_figure_of_another_dimension_is_not_converted() -> None:
    """30,000 tonnes is no 30 MW: only units of one dimension convert."""
    item = entry("Varn geothermal plant has 30,000 tonnes of silica in store", "",
                 "2027-06-01", "en")
    assert verdict_for(Matcher([OUTPUT]), item, "kessel-geothermal-30mw") != "confirms"


RECYCLING = claim(
    "orvel-recycling-60ml", "Orvel's water recycling plant will produce 60 megalitres a day "
                            "by the end of 2029.",
    [group("orvel", en=["Orvel"], fr=["Orvel"], ja=["オルヴェル"]),
     group("plant", en=["recycling plant"], fr=["usine de recyclage"], ja=["再生水施設"]),
     group("output", GroupRole.OPTIONAL, en=["megalitres", "litres"],
           fr=["mégalitres", "litres"], ja=["メガリットル", "立方メートル", "リットル"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 3, 1), expected_by=date(2029, 12, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orvel recycling plant reaches 60 million litres a day", "en", "confirms"),
    ("オルヴェルの再生水施設、日量6万立方メートルを達成", "ja", "confirms"),
    # a round-63 claim writer: half the target in cubic metres met nothing
    ("オルヴェルの再生水施設、日量3万立方メートルを達成", "ja", "updates"),
    ("Orvel recycling plant reaches 30 megalitres a day", "en", "updates"),
], ids=["million-litres", "ja-cubic-metres", "ja-half-in-cubic-metres", "guard-interim"])
def test_volumes_are_read_in_the_targets_unit(title: str, language: str,
                                              expected: str) -> None:
    check_verdict([RECYCLING], "orvel-recycling-60ml", expected, title, "", "2028-09-01",
                  language)
