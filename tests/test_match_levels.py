"""A target that is a level to fall under ("inflation will fall below 3%"), and a
Japanese count compared with a target.

A figure under the level passes it ("slows to 2.9% in September"); one over it is
interim until the deadline, and misses it after ("ends 2026 at 3.4%"). A Japanese
headline's topic ("Xのインフレ率、") counts the figure in the clause after it. A level to
fall *to* ("cut the quota to 38,000 t") is a level set, not passed (test_match_amounts).
A Japanese count's counter (万トン, 万人) is no word of the target's language: any
counter but one of time or age counts, near the target's size.
Subjects are invented; each case failed before its rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

INFLATION = claim(
    "varn-inflation", "Varn's annual inflation rate will fall below 3% by December 2026.",
    [group("varn", en=["Varn", "Varnese"], fr=["Varn"], ja=["バルン"]),
     group("inflation", en=["inflation", "consumer prices"], fr=["inflation"],
           ja=["インフレ率", "物価上昇率"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "summary", "day", "language"), [
    ("confirms", "Varn's inflation slows to 2.9% in September", "", "2026-10-15", "en"),
    ("confirms", "Varnese consumer prices up 2.7% on year in October", "", "2026-11-13", "en"),
    ("updates", "Varn inflation eases to 3.2% in August", "", "2026-09-14", "en"),
    ("contradicts", "Varn ends 2026 with inflation at 3.4%", "", "2027-01-20", "en"),
    ("confirms", "L'inflation à Varn tombe à 2,9 % en septembre", "", "2026-10-12", "fr"),
    ("confirms", "バルンのインフレ率、11月は2.6%", "", "2026-12-10", "ja"),
    # a headline's topic lends its subject to the figure after it, in any language
    ("confirms", "L'inflation à Varn, à 2,6 % en octobre", "", "2026-11-12", "fr"),
    ("confirms", "Varn inflation: 2.7% in October", "", "2026-11-12", "en"),
    ("confirms", "バルン物価上昇率2.9%に　目標の3%下回る", "", "2026-11-12", "ja"),
])
def test_a_level_to_fall_under(expected: str, title: str, summary: str, day: str,
                               language: str) -> None:
    check_verdict([INFLATION], "varn-inflation", expected, title, summary, day, language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Varn inflation falls below 3% for the first time since 2021", "en"),
    ("confirms", "L'inflation à Varn passe sous les 3 %", "fr"),
    ("confirms", "バルンのインフレ率、3%を下回る", "ja"),
    # guards: not passed, or the level named as the goal
    ("updates", "Varn inflation fails to fall below 3%", "en"),
    ("mentions", "Varn inflation still above 3%", "en"),
    ("mentions", "Varn central bank keeps its goal of inflation below 3%", "en"),
])
def test_the_level_itself_said_passed(expected: str, title: str, language: str) -> None:
    """"Falls below 3%": the level itself, with a word of "below" before it (after it in
    Japanese), is passed; before, a figure equal to the level was left out as the
    target repeated."""
    check_verdict([INFLATION], "varn-inflation", expected, title, "", "2026-11-12", language)


OUTPUT = claim(
    "kell-copper-output", "Kell Mining will produce 1 million tonnes of copper in 2026.",
    [group("kell", en=["Kell Mining"], ja=["ケル鉱業"]), group("copper", en=["copper"], ja=["銅"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "day"), [
    ("confirms", "ケル鉱業、26年の銅生産量は105万トン　目標達成", "2027-01-20"),
    ("contradicts", "ケル鉱業の26年銅生産、96万トンにとどまる", "2027-02-10"),
    # a count of a quarter, under the target, is interim (guard)
    ("updates", "ケル鉱業、1〜3月の銅生産は25万トン", "2026-04-20"),
])
def test_a_japanese_count_against_the_target(expected: str, title: str, day: str) -> None:
    check_verdict([OUTPUT], "kell-copper-output", expected, title, "", day, "ja")


EXPORTS = claim(
    "vella-wine-exports", "Vella's wine exports will reach 900 million euros in 2026.",
    [group("vella", en=["Vella"], ja=["ベラ"]), group("wine", en=["wine"], ja=["ワイン"]),
     group("exports", en=["exports"], ja=["輸出"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # what the claim counts rises to a sum past the target: the target met
    ("confirms", "Vella wine exports rise to €915 million in 2026", "en"),
    # the year it counts, named after the deadline, is no background
    ("confirms", "Vella wine exports climbed to 915 million euros last year", "en"),
    # someone raises a sum (a budget, a forecast): a revision (guards)
    ("updates", "Vella lifts wine exports forecast to €915 million", "en"),
    ("updates", "ベラ、ワイン輸出目標を9億5000万ユーロに上積み", "ja"),
])
def test_a_rise_of_what_is_counted(expected: str, title: str, language: str) -> None:
    check_verdict([EXPORTS], "vella-wine-exports", expected, title, "", "2027-02-10", language)


RATE_TO = claim(
    "orsk-inflation", "Orsk's inflation rate will come down to 3% by the end of 2026.",
    [group("orsk", en=["Orsk", "Orskian"], fr=["Orsk"], ja=["オルスク"]),
     group("inflation", en=["inflation"], fr=["inflation"], ja=["インフレ率"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    # a rate that comes down to a level passes it at the level or under it
    ("confirms", "Orsk inflation slows to 2.8% in October", "2026-11-12", "en"),
    ("confirms", "Orsk inflation back at 3% in November", "2026-12-10", "en"),
    ("confirms", "L'inflation à Orsk ramenée à 2,9 % en novembre", "2026-12-10", "fr"),
    # over it: interim before the deadline, missed after (not a rise to pass)
    ("updates", "Orsk inflation eases to 4.1% in June", "2026-07-14", "en"),
    ("contradicts", "Orsk ends 2026 with inflation at 3.6%", "2027-01-20", "en"),
    ("contradicts", "オルスクのインフレ率、12月は3.6%", "2027-01-20", "ja"),
    # the level asked about, or named as the goal, is the target restated
    ("mentions", "Will Orsk get inflation down to 3%? Five charts", "2026-06-02", "en"),
    ("mentions", "Orsk sticks to 3% inflation goal", "2026-06-02", "en"),
])
def test_a_rate_to_come_down_to(expected: str, title: str, day: str, language: str) -> None:
    check_verdict([RATE_TO], "orsk-inflation", expected, title, "", day, language)


def test_a_cue_figure_names_no_longer_number() -> None:
    # the tokenizer splits 3.5 in two: "below … 3%" must not match "below 3.5%"
    below = claim(
        "orsk-cpi", "Orsk's inflation will ease by the end of 2026.",
        [group("orsk", en=["Orsk"]), group("inflation", en=["inflation"])],
        kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
        cues={Verdict.CONFIRMS: {"en": ("below … 3%",)}},
    )
    for title, expected in (("Orsk inflation below 3.5% in October", "mentions"),
                            ("Orsk inflation below 3% in October", "confirms")):
        check_verdict([below], "orsk-cpi", expected, title, "", "2026-11-10", "en")


WAGE = claim(
    "norvania-minimum-wage",
    "Norvania's government will raise the national minimum wage to 1,400 euros a month "
    "from 1 January 2027.",
    [group("norvania", en=["Norvania", "Norvanian"], fr=["Norvanie", "norvanien"],
           ja=["ノルバニア"]),
     group("wage", en=["minimum wage"], fr=["salaire minimum"], ja=["最低賃金"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 1, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Norvania raises minimum wage to 1,400 euros", "en"),
    ("confirms", "Norvanian minimum wage rises to EUR 1,400 a month", "en"),
    ("confirms", "Norvanian minimum wage rises to €1,400", "en"),
    ("confirms", "Norvania raises minimum wage to 1,450 euros", "en"),
    ("confirms", "La Norvanie relève le salaire minimum à 1 400 euros", "fr"),
    ("confirms", "ノルバニア、最低賃金を月1400ユーロに引き上げ", "ja"),
    # guards: the rise still ahead, or short of the level
    ("updates", "Norvania to raise minimum wage to EUR 1,400", "en"),
    ("updates", "Norvania plans to raise minimum wage to 1,450 euros", "en"),
    ("updates", "La Norvanie relèvera le salaire minimum à 1 400 euros", "fr"),
    ("updates", "ノルバニア、最低賃金を月1400ユーロに引き上げへ", "ja"),
    ("updates", "ノルバニア、最低賃金を月1400ユーロに引き上げる方針", "ja"),
    ("updates", "Norvania raises minimum wage to 1,300 euros", "en"),
])
def test_a_level_a_rise_sets(expected: str, title: str, language: str) -> None:
    """"Raises the minimum wage to €1,400": for a target that is a rise to a level, the
    level a rise sets is the target met, read with the rise's tense. Before, the rise
    was read as a step that governed the figure, and a figure equal to the target was
    left out as the target repeated."""
    check_verdict([WAGE], "norvania-minimum-wage", expected, title, "", "2027-01-02", language)


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    ("contradicts", "Varn inflation still above 3% in December", "2027-01-15", "en"),
    ("contradicts", "Varn : l'inflation toujours au-dessus de 3 % en décembre", "2027-01-15",
     "fr"),
    ("contradicts", "バルンのインフレ率、12月も3%上回る", "2027-01-15", "ja"),
    # guard: before the deadline, the level not yet passed is no final figure
    ("mentions", "Varn inflation still above 3% in September", "2026-10-15", "en"),
])
def test_the_level_said_not_passed_after_the_deadline(expected: str, title: str, day: str,
                                                      language: str) -> None:
    """"Still above 3%" after the deadline misses a level to fall under (rule 7); before,
    the level itself, equal to the target, was left out as the target repeated."""
    check_verdict([INFLATION], "varn-inflation", expected, title, "", day, language)


LEAKAGE = claim(
    "orlan-leakage", "Orlan Water will cut leakage by 25% by March 2028.",
    [group("orlan", en=["Orlan Water"], ja=["オルラン水道"]),
     group("leakage", en=["leakage"], ja=["漏水"])],
    kind=ClaimKind.TARGET, expected_by=date(2028, 3, 31),
)


@pytest.mark.parametrize(("expected", "title", "day"), [
    # 目標に届かず: the target word is what the verb misses, no label on the figure after it
    ("contradicts", "オルラン水道、漏水削減目標に届かず 19％減にとどまる", "2028-05-10"),
    # guard: before the deadline, a figure is interim (目標に届かず itself says the target
    # missed, for a target that falls as for one that rises: a run may end early)
    ("updates", "オルラン水道の漏水、19％減", "2027-09-10"),
])
def test_a_japanese_target_word_before_a_verb(expected: str, title: str, day: str) -> None:
    check_verdict([LEAKAGE], "orlan-leakage", expected, title, "", day, "ja")
