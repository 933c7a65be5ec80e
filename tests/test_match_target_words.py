"""Words that say a target was met or missed (docs/matching.md, "Lexicon"). Subjects
are invented; the expected verdicts follow ../shared/labelling.md, rule 7."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import Claim, ClaimKind, GroupRole

VISITORS = claim(  # target: 2 million visitors a year by 2027
    "olden-zoo-visitors", "Olden Zoo will welcome 2 million visitors a year by 2027.",
    [group("zoo", en=["Olden Zoo"], fr=["zoo d'Olden"], ja=["オルデン動物園"]),
     group("visitors", GroupRole.OPTIONAL, en=["visitors"], fr=["visiteurs"], ja=["来園者"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)
CLAIMS = [VISITORS]


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    ("confirms", "Olden Zoo welcomed 2.2 million visitors in 2027, beating its target",
     "2028-01-10", "en"),
    ("confirms", "Deux millions de visiteurs : pari tenu pour le zoo d'Olden", "2027-12-20",
     "fr"),
    ("contradicts", "Le zoo d'Olden boucle 2027 à 1,7 million de visiteurs, loin de son objectif",
     "2028-01-10", "fr"),
    # a gap between the verb and its target word ("misses … target")
    ("contradicts", "Olden Zoo misses 2 million visitor target", "2028-01-10", "en"),
    # "meet" and "hit" before "goal", as before "target" (a claim writer of round 43)
    ("confirms", "Olden Zoo meets its 2 million visitor goal", "2027-12-20", "en"),
    ("confirms", "Olden Zoo hits 2-million-visitor goal", "2027-12-20", "en"),
])
def test_a_target_met_or_missed(expected: str, title: str, day: str, language: str) -> None:
    check_verdict(CLAIMS, "olden-zoo-visitors", expected, title, "", day, language)


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    # the figure read with its scale and unit, against the target's 2 million visitors
    ("confirms", "Olden Zoo welcomed 2.3 million visitors in 2027", "2028-01-10", "en"),
    ("confirms", "Le zoo d'Olden a accueilli 2,3 millions de visiteurs en 2027", "2028-01-10",
     "fr"),
    # after the deadline, below the target: a shortfall (rule 7)
    ("contradicts", "Olden Zoo drew 1.7 million visitors in 2027", "2028-01-10", "en"),
    # before it, an interim figure
    ("updates", "Olden Zoo drew 900,000 visitors in the first half", "2027-07-10", "en"),
    # counted over another span than the target's year: interim
    ("updates", "Olden Zoo drew 2.4 million visitors in 18 months", "2027-07-10", "en"),
    # a target raised is no target met
    ("updates", "Olden Zoo raises its goal to 2.5 million visitors", "2027-07-10", "en"),
])
def test_a_figure_against_the_target(expected: str, title: str, day: str, language: str) -> None:
    check_verdict(CLAIMS, "olden-zoo-visitors", expected, title, "", day, language)


def test_a_target_reads_its_largest_figure_and_unit() -> None:
    from tracker.match.targets.magnitudes import read_target
    from tracker.match.text.normalize import Stemmer
    from tracker.match.text.view import view_of_texts
    stemmer = Stemmer()
    view = view_of_texts("The campus will grow over five buildings to 300 MW by 2030.", "",
                         "en", stemmer)
    target = read_target(view, [])
    assert target is not None and target.value == 300 and target.unit == "mw"
    view = view_of_texts("Output will reach 2.5 million tonnes a year.", "", "en", stemmer)
    target = read_target(view, [])
    assert target is not None and target.value == 2_500_000 and target.spans == {"year"}


@pytest.mark.parametrize(("statement", "language"), [
    ("At least 25 venues will have signed up by 30 September 2025.", "en"),
    ("Au moins 25 établissements auront adhéré d'ici le 30 septembre 2025.", "fr"),
], ids=["en", "fr"])
def test_a_day_before_its_month_is_no_target_figure(statement: str, language: str) -> None:
    """"30 September" is a date, though its month stems to "septemb": the target is 25."""
    from tracker.match.targets.magnitudes import read_target
    from tracker.match.text.normalize import Stemmer
    from tracker.match.text.view import view_of_texts
    target = read_target(view_of_texts(statement, "", language, Stemmer()), [])
    assert target is not None and target.value == 25


def test_the_target_figure_itself_is_no_shortfall() -> None:
    check_verdict(CLAIMS, "olden-zoo-visitors", "confirms",
                  "Le zoo d'Olden franchit la barre des 2 millions de visiteurs en 2027", "",
                  "2028-01-10", "fr")


RECYCLING = claim(  # target: a share, named by terms that hold the target word
    "tarnow-recycling-rate", "Tarnow will recycle 60% of its household waste in 2027.",
    [group("rate", en=["recycling rate", "recycling target"],
           fr=["taux de recyclage", "objectif de recyclage"]),
     group("town", en=["Tarnow"], fr=["Tarnow"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    # the figure a term's target word sets is the target revised (rule 7), not met
    ("updates", "Tarnow raises recycling target to 70%", "2027-03-10", "en"),
    ("updates", "Tarnow sets a recycling target of 65% for 2028", "2028-01-10", "en"),
    ("updates", "Tarnow relève son objectif de recyclage à 70 %", "2027-03-10", "fr"),
    # near misses: a figure reached or missed after the term is still read
    ("contradicts", "Tarnow misses recycling target with 52%", "2028-01-10", "en"),
    ("confirms", "Tarnow recycling rate hits 63% in 2027", "2028-01-10", "en"),
])
def test_a_figure_set_by_a_target_word_in_a_term(expected: str, title: str, day: str,
                                                 language: str) -> None:
    check_verdict([RECYCLING], "tarnow-recycling-rate", expected, title, "", day, language)


ANNUAL_RATE = claim(  # target: a share counted over a year
    "tarnow-annual-recycling", "Tarnow's annual recycling rate will reach 60% in 2027.",
    [group("rate", en=["recycling rate"], fr=["taux de recyclage"], ja=["リサイクル率"]),
     group("town", en=["Tarnow"], fr=["Tarnow"], ja=["ターノウ"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    # a month's figure of a year's share is interim (rule 7), before the deadline or after
    ("updates", "Tarnow recycling rate hits 64% in March", "2027-04-10", "en"),
    ("updates", "Tarnow : le taux de recyclage atteint 63 % en mars", "2027-04-10", "fr"),
    ("updates", "ターノウ市のリサイクル率、3月は64%", "2027-04-10", "ja"),
    ("updates", "Tarnow recycling rate slips to 55% in December", "2028-01-10", "en"),
    # near misses: the year's figure is final
    ("confirms", "Tarnow recycling rate hits 64% in 2027", "2028-01-10", "en"),
    ("contradicts", "Tarnow : le taux de recyclage plafonne à 55 % en 2027", "2028-01-10", "fr"),
])
def test_a_months_figure_of_a_years_target(expected: str, title: str, day: str,
                                          language: str) -> None:
    check_verdict([ANNUAL_RATE], "tarnow-annual-recycling", expected, title, "", day, language)


BAGS = claim(  # target: a cut
    "tarnow-bags", "Tarnow will cut plastic bag use by 50% by 2027.",
    [group("town", en=["Tarnow"], ja=["ターノウ"]),
     group("bags", en=["plastic bag use"], ja=["レジ袋"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "day"), [
    # 削減目標 is the target's name (a reduction target): no cut reported
    ("confirms", "ターノウ市、レジ袋50%削減目標を達成", "2028-01-10"),
    # near miss: the cut itself, so far, is progress
    ("updates", "ターノウ市、レジ袋使用を30%削減", "2027-03-10"),
])
def test_a_japanese_event_word_naming_a_target(expected: str, title: str, day: str) -> None:
    check_verdict([BAGS], "tarnow-bags", expected, title, "", day, "ja")


EMISSIONS = claim(  # target: a fall
    "tarnow-emissions", "Tarnow's carbon emissions will fall by 40% by 2030.",
    [group("town", en=["Tarnow"], ja=["ターノウ"]),
     group("emissions", en=["carbon emissions", "emissions"], ja=["CO2排出量", "排出量"])],
    kind=ClaimKind.TARGET, expected_by=date(2030, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    # a target missed is missed whichever way the target goes (rule 7)
    ("contradicts", "Tarnow misses 2030 emissions target", "2031-02-10", "en"),
    ("contradicts", "ターノウ、CO2排出量の削減目標届かず", "2031-02-10", "ja"),
    # near miss: a shortfall foretold is news on the way
    ("updates", "Tarnow on course to miss emissions target", "2029-02-10", "en"),
])
def test_a_falling_target_missed(expected: str, title: str, day: str, language: str) -> None:
    check_verdict([EMISSIONS], "tarnow-emissions", expected, title, "", day, language)


GPS = claim(  # target: a small count
    "lorne-gps", "Lorne's health centre will recruit 4 GPs by October 2026.",
    [group("lorne", fr=["Lorne"]), group("centre", fr=["maison de santé"]),
     group("gps", GroupRole.OPTIONAL, en=["GPs"], fr=["médecins", "généralistes"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 10, 31),
)


@pytest.mark.parametrize(("claims", "claim_id", "expected", "title"), [
    # « un » before a noun is the article, no figure of 1 short of the target
    ([GPS], "lorne-gps", "mentions",
     "Lorne : un médecin de la maison de santé part à la retraite"),
    # near miss: before a scale it is the number ("un million")
    ([VISITORS], "olden-zoo-visitors", "contradicts",
     "Le zoo d'Olden n'a accueilli qu'un million de visiteurs en 2027"),
])
def test_the_french_article_is_no_figure(claims: list[Claim], claim_id: str, expected: str,
                                         title: str) -> None:
    check_verdict(claims, claim_id, expected, title, "", "2028-01-10", "fr")


FUNDING = claim(  # target: 8 million yen by 30 June 2026
    "olden-zoo-crowdfunding", "The Olden Zoo crowdfunding will raise 8 million yen by 30 June "
    "2026.",
    [group("zoo", en=["Olden Zoo"], ja=["オルデン動物園"]),
     group("crowdfunding", en=["crowdfunding"], ja=["クラウドファンディング", "クラファン"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("expected", "title", "day"), [
    # a target word right before a word of reaching is what was reached (headlines drop
    # を), no label on the figure beside it (a claim writer of round 43)
    ("confirms", "オルデン動物園のクラファン、目標達成の850万円", "2026-06-20"),
    ("confirms", "オルデン動物園のクラファン、850万円で目標達成", "2026-06-20"),
    ("confirms", "オルデン動物園のクラファン、目標上回る850万円", "2026-06-20"),
    # guards: a target word before its figure labels it (a target raised), and a miss
    ("updates", "オルデン動物園のクラファン、目標850万円に引き上げ", "2026-06-01"),
    ("contradicts", "オルデン動物園のクラファン、目標下回る750万円", "2026-07-05"),
])
def test_a_japanese_target_word_before_reaching(expected: str, title: str, day: str) -> None:
    check_verdict([FUNDING], "olden-zoo-crowdfunding", expected, title, "", day, "ja")


VENUES = claim(
    "orla-pilot-venues", "At least 25 venues will have joined the Orla late-night pilot by "
    "the end of September 2025.",
    [group("place", en=["Orla"], fr=["Orla"]),
     group("venues", en=["venues"], fr=["établissements"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 5, 19), expected_from=date(2025, 5, 19),
    expected_by=date(2025, 9, 30))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orla pilot: at the end of September, 23 venues had joined", "en", "contradicts"),
    ("Orla : fin septembre, 23 établissements avaient rejoint l'expérimentation", "fr",
     "contradicts"),
    # guard: "September 23" is a day
    ("Orla pilot: venues count published September 23", "en", "mentions"),
], ids=["en-comma", "fr-comma", "guard-day"])
def test_a_figure_after_a_month_and_a_comma_is_a_count(title: str, language: str,
                                                        expected: str) -> None:
    """"At the end of September, 23 venues": a comma parts the month from the count; French
    writes no day after its month."""
    check_verdict([VENUES], "orla-pilot-venues", expected, title, "", "2025-10-03", language)
