"""A ban in force, told in a title: "ban for Brindle hauliers now in force",
"Brindle hauliers: lorry ban takes effect".

Two readings took such news from the claim whose event it is (labelling rule 2, the
event happened):
- "for" shortly before an event word names what someone asks for ("press the bank for
  a rate cut"); a state phrase that opens with a preposition ("in force", « en
  vigueur ») is no wish, and "for" there names whom the ban is for;
- the words before a title's colon are its topic: the hauliers named there are whom the
  news after it is about, and the town and the ban it names are this claim's too,
  though the council's vote shares them. A topic that is only a name ("Brindle:") or
  news that names another claim's own subject keeps the nearest-name reading.
(Invented subjects.)"""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, GroupRole

TOWN = group("town", en=["Brindle"], fr=["Brindle"])
BAN = group("ban", en=["lorry ban", "diesel lorries"],
            fr=["interdiction des camions", "camions diesel"])
HAULIERS = claim(
    "brindle-hauliers-ban", "Brindle's ban on diesel lorries for hauliers will take effect on "
    "July 1, 2026.", [TOWN, group("hauliers", en=["hauliers"], fr=["transporteurs"]), BAN],
    kind=ClaimKind.EVENT, expected_from=date(2026, 7, 1), expected_by=date(2026, 7, 1))
VOTE = claim(
    "brindle-ban-vote", "Brindle council will adopt the ban on diesel lorries on March 3, 2026.",
    [TOWN, group("council", GroupRole.OPTIONAL, en=["council"], fr=["conseil"]), BAN],
    kind=ClaimKind.DECISION, expected_from=date(2026, 3, 3), expected_by=date(2026, 3, 3))
VANS = claim(
    "brindle-vans-exempt", "Brindle's delivery vans will stay exempt from the diesel lorries "
    "ban until 2028.", [TOWN, group("vans", en=["delivery vans"], fr=["camionnettes"]), BAN],
    kind=ClaimKind.STATE, expected_from=date(2026, 7, 1), expected_by=date(2027, 12, 31))
MATCHER = Matcher([HAULIERS, VOTE])
WITH_VANS = Matcher([HAULIERS, VOTE, VANS])
DAY = "2026-07-01"


def _hauliers(title: str, language: str = "en", matcher: Matcher = MATCHER) -> str | None:
    return verdict_for(matcher, entry(title, "", DAY, language), HAULIERS.id)


def test_a_ban_for_them_now_in_force_has_taken_effect() -> None:
    assert _hauliers("Diesel lorries ban for Brindle hauliers now in force") == "confirms"
    assert _hauliers("Lorry ban for hauliers in effect in Brindle") == "confirms"


def test_a_french_ban_for_them_en_vigueur_has_taken_effect() -> None:
    title = "L'interdiction des camions diesel pour les transporteurs est en vigueur à Brindle"
    assert _hauliers(title, "fr") == "confirms"


def test_a_ban_they_press_for_is_still_a_wish() -> None:
    assert _hauliers("Brindle hauliers press for a delay to the lorry ban") != "confirms"


def test_the_titles_topic_names_whom_the_ban_took_effect_for() -> None:
    assert _hauliers("Brindle hauliers: diesel lorries ban takes effect") == "confirms"
    title = "Brindle, transporteurs : l'interdiction des camions diesel entre en vigueur"
    assert _hauliers(title, "fr") == "confirms"


def test_a_topic_that_is_only_the_town_says_nothing_of_whom() -> None:
    # the hauliers are not named: the claim is not even in question
    assert _hauliers("Brindle: diesel lorries ban takes effect") is None


def test_news_naming_another_claims_own_subject_keeps_the_nearest_name() -> None:
    title = "Brindle hauliers: delivery vans exempt as lorry ban takes effect"
    assert _hauliers(title, matcher=WITH_VANS) != "confirms"
