"""Targets that are sums of money or shares, compared with the figure news reports.

A target claim that names a sum ("will raise USD 2 billion") or a share ("traffic
will fall by 20%") is met by a figure in the same currency, or a share, past it;
after its deadline, one short of it is a shortfall (labelling rule 7). A sum in
another currency, a share over another span ("in the first week" against "in its
first year"), a figure decided rather than reached ("agree a deal with a 10% rise")
and a word of reaching whose figure falls short ("savings reaching €2.9bn" of
€3.8bn) are interim news. A count target is compared with its count even when its
statement gives a sum in an aside. Subjects are invented. Each case failed before
its rule, except those marked as guards (docs/matching.md, "Sums and shares").
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.targets.amounts import amounts_in
from tracker.match.targets.magnitudes import PERCENT
from tracker.match.text.normalize import fold
from tracker.models import Claim, ClaimKind

FUND = claim(
    "orla-fund-pledges", "The Orla resilience fund will gather USD 2 billion in pledges "
    "by the end of 2027.",
    [group("fund", en=["Orla fund", "Orla resilience fund"], fr=["fonds Orla"],
           ja=["オルラ基金"]),
     group("pledges", en=["pledges", "contributions"], fr=["promesses de dons"],
           ja=["拠出"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)
TOLL = claim(
    "brenn-traffic-fall", "Car traffic in Brenn's toll zone will fall by 20% in the toll's "
    "first year.",
    [group("brenn", en=["Brenn"], fr=["Brenn"]),
     group("traffic", en=["car traffic", "traffic"], fr=["circulation", "trafic"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)
SAVINGS = claim(
    "tarro-reform-savings", "Tarro's reform will save EUR 3.8 billion a year by 2030.",
    [group("tarro", en=["Tarro"], fr=["Tarro"]),
     group("savings", en=["savings"], fr=["économies"])],
    kind=ClaimKind.TARGET, expected_by=date(2030, 12, 31),
)
PAY = claim(
    "ostra-pilot-pay", "Ostra Air pilots' pay will rise by 9% over three years.",
    [group("ostra", en=["Ostra Air"]), group("pay", en=["pay rise", "pay"])],
    kind=ClaimKind.TARGET, expected_by=date(2028, 12, 31),
)
PATIENTS = claim(
    "velo-patients", "Merrin aims to have 1,500 patients on Velo by the end of 2027 "
    "(about EUR 40 million of sales).",
    [group("velo", en=["Velo"]), group("patients", en=["patients"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)
CLAIMS = [FUND, TOLL, SAVINGS, PAY, PATIENTS]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("savings reaching €2.9bn by 2030", 2.9e9, "euro"),
    ("trade worth C$30 billion a year", 30e9, "dollar"),
    ("USD 2 billion in pledges", 2e9, "dollar"),
    ("3,8 milliards d'euros d'économies", 3.8e9, "euro"),
    ("un budget de 40 M€", 40e6, "euro"),
    ("cut costs by 10 billion yen", 10e9, "yen"),
    ("拠出金を70億円に減額", 7e9, "yen"),
    ("ワイン輸出、9億5000万ユーロに", 9.5e8, "euro"),  # a figure in two scales
    ("a £100 million pledge", 100e6, "pound"),
    ("traffic down 14 %", 14.0, PERCENT),
    ("a 12.5 percent rise", 12.5, PERCENT),
    ("1 200 euros par mois", 1200.0, "euro"),
    ("利用者2割増", 20.0, PERCENT),
])
def test_sums_and_shares_are_read_with_their_scale_and_unit(
        text: str, value: float, unit: str) -> None:
    found = amounts_in(fold(text))
    assert [u for _, u, _, _ in found] == [unit]
    assert found[0][0] == pytest.approx(value)


@pytest.mark.parametrize("text", ["1,500 patients", "an A330 fleet", "in 2027", "route 66"])
def test_counts_codes_and_years_are_no_sums(text: str) -> None:
    assert amounts_in(fold(text)) == []


@pytest.mark.parametrize(("expected", "claim_id", "title", "day", "language"), [
    # a sum past the target, in its currency, is the target met
    ("confirms", "orla-fund-pledges", "Orla fund pledges top $2.3 billion at donor summit",
     "2027-11-20", "en"),
    # (guard: its word of passing confirmed before any figure was compared)
    ("confirms", "orla-fund-pledges", "Le fonds Orla dépasse 2,3 milliards de dollars de "
     "promesses de dons", "2027-11-20", "fr"),
    # short of it after the deadline: a shortfall (guard)
    ("contradicts", "orla-fund-pledges", "Orla fund closes its pledging year with $1.4bn "
     "in pledges", "2028-01-15", "en"),
    # short of it before the deadline: an interim figure (guard)
    ("updates", "orla-fund-pledges", "Orla fund pledges reach $1.4bn", "2027-06-15", "en"),
    # in another currency: no comparison, an interim figure
    ("updates", "orla-fund-pledges", "Orla fund pledges total €2.4bn", "2028-01-15", "en"),
    # a share past the target over the target's span
    ("confirms", "brenn-traffic-fall", "Brenn car traffic down 24% in toll's first year",
     "2027-12-20", "en"),
    # over another span: interim (guard)
    ("updates", "brenn-traffic-fall", "Brenn car traffic down 24% in toll's first week",
     "2027-01-09", "en"),
    # short of it after the deadline
    ("contradicts", "brenn-traffic-fall", "Brenn : le péage fait baisser la circulation de "
     "14 %", "2028-01-20", "fr"),
    # a word of reaching whose figure falls short of the target: progress
    ("updates", "tarro-reform-savings", "Tarro reform savings reaching €2.9bn", "2027-05-02",
     "en"),
    # a rise agreed is a figure decided, not reached (guard)
    ("updates", "ostra-pilot-pay", "Ostra Air and pilots agree deal with 10% pay rise",
     "2026-06-05", "en"),
    # a count target with a sum in an aside is compared with its count
    ("contradicts", "velo-patients", "Velo reached 940 patients in its first year",
     "2028-01-20", "en"),
])
def test_a_sum_or_a_share_is_compared_with_the_target(
        expected: str, claim_id: str, title: str, day: str, language: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", day, language)


def test_a_japanese_sum_is_compared_with_the_target() -> None:
    savings = claim(
        "kaze-bank-savings", "Kaze Bank will cut costs by 10 billion yen a year by March 2030.",
        [group("kaze", en=["Kaze Bank"], ja=["カゼ銀行"]),
         group("costs", en=["costs"], ja=["経費", "コスト"])],
        kind=ClaimKind.TARGET, expected_by=date(2030, 3, 31),
    )
    check_verdict([savings], "kaze-bank-savings", "confirms",
                  "カゼ銀行、年間経費を120億円削減", "", "2029-05-20", "ja")


def test_the_evidence_shows_a_sum_as_written() -> None:
    matcher = Matcher([FUND])
    findings = [f for f in matcher.match(entry(
        "オルラ基金、日本の拠出は年90億円の見通し", "", "2027-03-02", "ja"))
        if f.claim_id == "orla-fund-pledges"]
    assert findings and "90億円" in findings[0].evidence.cues


RIDERSHIP = claim(
    "pella-bus-ridership", "Bus ridership in Pella will rise by 15% in 2026, the first year of "
    "free fares.",
    [group("pella", en=["Pella"], fr=["Pella"], ja=["ペラ"]),
     group("buses", en=["bus ridership", "bus trips", "buses", "bus"], fr=["bus"],
           ja=["バス利用者", "バス"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 12, 31),
)
GRID = claim(
    "sorn-grid-investment", "Sorn Power will invest €2.5 billion in the Vask grid by the end "
    "of 2027.",
    [group("sorn", en=["Sorn Power", "Sorn"], fr=["Sorn"]),
     group("grid", en=["Vask grid", "grid"], fr=["réseau de Vask", "réseau"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)
CUTS = claim(
    "lesk-cost-cuts", "The Lesk hospital group will cut its annual operating costs by €80 "
    "million by 2028.",
    [group("lesk", en=["Lesk hospital group", "Lesk"]),
     group("costs", en=["operating costs", "costs", "savings"])],
    kind=ClaimKind.TARGET, expected_by=date(2028, 12, 31),
)
MOVES = [RIDERSHIP, GRID, CUTS]


@pytest.mark.parametrize(("expected", "claim_id", "title", "day", "language"), [
    # a share's rise meets the target only once its span is over, or over that span
    ("updates", "pella-bus-ridership", "Pella bus trips up 21% in January", "2026-02-09", "en"),
    ("updates", "pella-bus-ridership", "ペラ市、上半期のバス利用者21%増", "2026-07-09",
     "ja"),  # guard: another span
    ("confirms", "pella-bus-ridership", "Pella bus ridership soars 18% in first year of free "
     "fares", "2027-01-19", "en"),
    # the rise beside a share that meets the target is that share, not a step
    ("confirms", "pella-bus-ridership", "Pella hits target as 2026 bus trips climb 15.4%",
     "2027-02-02", "en"),
    # the work a sum that meets the target pays for is no step
    ("confirms", "sorn-grid-investment", "Sorn completes €2.6bn overhaul of Vask grid",
     "2028-02-14", "en"),
    # "ahead of schedule" is early, not a preview
    ("confirms", "sorn-grid-investment", "Sorn's Vask grid spending passes €2.5bn mark ahead "
     "of schedule", "2027-11-28", "en"),
    # a change target ("cut by €80m") is not met by a level ("cut to €1.12bn")
    ("updates", "lesk-cost-cuts", "Lesk hospital group cut its operating costs to €1.12bn in "
     "2027", "2028-04-16", "en"),
    # a price's rise is no news of a count or a share
    ("mentions", "pella-bus-ridership", "Pella bus drivers win 6% pay rise", "2026-08-21",
     "en"),
    ("mentions", "sorn-grid-investment", "Sorn augmente de 6 % ses tarifs sur le réseau de Vask",
     "2026-06-03", "fr"),
])
def test_what_a_figure_that_meets_the_target_measures(
        expected: str | None, claim_id: str, title: str, day: str, language: str) -> None:
    check_verdict(MOVES, claim_id, expected, title, "", day, language)


QUOTA = claim(
    "tarn-cod-quota", "Tarn's cod quota will be cut from 52,000 tonnes to 38,000 tonnes for "
    "2027.",
    [group("quota", en=["cod quota"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)
FERRY = claim(
    "brisk-ferry-passengers", "The Brisk ferry will carry 400,000 passengers in 2027.",
    [group("ferry", en=["Brisk ferry"], fr=["ferry de Brisk"]),
     group("passengers", en=["passengers"], fr=["passagers"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)


def test_the_target_is_the_figure_after_a_level_word() -> None:
    target = Matcher([QUOTA]).readings()["tarn-cod-quota"].target
    assert target is not None and target.value == 38_000


@pytest.mark.parametrize("statement", [
    "The Orla crowdfunding, running from 1 May to 30 June 2026, will raise 8 million yen.",
    "The Orla crowdfunding will raise 8 million yen between May 1 and June 30, 2026.",
])
def test_a_day_of_a_month_is_no_target(statement: str) -> None:
    # "to 30 June" is a date, not a level of 30 (a claim writer of round 43)
    crowdfunding = claim("orla-crowdfunding", statement,
                         [group("orla", en=["Orla crowdfunding"])], kind=ClaimKind.TARGET)
    target = Matcher([crowdfunding]).readings()["orla-crowdfunding"].target
    assert target is not None and target.value == 8_000_000


@pytest.mark.parametrize(("expected", "claim_id", "title", "day"), [
    # "to" before a figure is no future: the count reached
    ("confirms", "brisk-ferry-passengers", "Brisk ferry passengers rose to 412,000 in 2027",
     "2028-01-10"),
    # a level to fall to is set or revised, not reached: a quota raised after the
    # deadline is a revision (guard: the target after "to" would read it as a shortfall)
    ("updates", "tarn-cod-quota", "Tarn raises cod quota to 41,000 tonnes", "2028-02-01"),
])
def test_a_level_and_a_figure_after_to(expected: str, claim_id: str, title: str,
                                       day: str) -> None:
    check_verdict([QUOTA, FERRY], claim_id, expected, title, "", day, "en")


AGE = claim(
    "morva-pension-age", "Morva's retirement age will rise from 62 to 64 by 2032.",
    [group("morva", en=["Morva"], ja=["モルバ"]),
     group("age", en=["retirement age"], ja=["退職年齢", "支給開始年齢"])],
    kind=ClaimKind.TARGET, expected_by=date(2032, 12, 31),
)


@pytest.mark.parametrize(("expected", "claim_id", "title", "summary", "day", "language"), [
    # a forecast figure is news of a target (rule 7), not a preview
    ("updates", "sorn-grid-investment", "Sorn now expects Vask grid investment of €2.1bn by "
     "year-end", "", "2027-07-30", "en"),
    # "will not be reached", before the deadline: a shortfall foretold, not the final one
    ("updates", "brisk-ferry-passengers", "L'objectif de 400 000 passagers du ferry de Brisk "
     "ne sera pas atteint", "", "2027-10-14", "fr"),
    # "dip" is a fall
    ("updates", "pella-bus-ridership", "Pella bus ridership dips in August", "",
     "2026-09-03", "en"),
    # an age (64歳) is no figure of a count
    ("mentions", "morva-pension-age", "モルバの支給開始年齢は65歳", "", "2026-05-11", "ja"),
    # a count target's sums are no figures of it, even when its statement gives one
    ("mentions", "velo-patients", "Velo costs 24,000 euros a year per patient", "",
     "2027-03-16", "en"),
])
def test_forecasts_and_figures_that_count_nothing(
        expected: str, claim_id: str, title: str, summary: str, day: str, language: str) -> None:
    check_verdict([*CLAIMS, *MOVES, FERRY, AGE], claim_id, expected, title, summary, day,
                  language)


def _brisk_ferry(claim_id: str,
                 statement: str = "The Brisk ferry will carry 400,000 passengers in 2027."
                 ) -> Claim:
    """A target of passengers with Japanese terms (the ordinal and yellow-light tests)."""
    return claim(claim_id, statement,
                 [group("ferry", en=["Brisk ferry"], ja=["ブリスク航路"]),
                  group("passengers", en=["passengers"], ja=["乗客"])],
                 kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("expected", "title"), [
    # 40万人目: the 400,000th passenger, the target reached
    ("confirms", "ブリスク航路で今年40万人目の乗客"),
    # 40万人目標: a target of 400,000, no ordinal (guard)
    ("mentions", "ブリスク航路、乗客40万人目標を堅持"),
])
def test_a_japanese_ordinal_is_a_milestone(expected: str, title: str) -> None:
    ferry = _brisk_ferry("brisk-ferry-ja")
    check_verdict([ferry], "brisk-ferry-ja", expected, title, "", "2027-12-08", "ja")


@pytest.mark.parametrize(("expected", "title", "summary"), [
    # a figure after "to" takes its verb's tense: a plan to expand is no capacity reached
    ("updates", "Sorn to expand Vask grid investment to €2.8bn", ""),
])
def test_a_figure_after_to_takes_its_verbs_tense(expected: str, title: str,
                                                  summary: str) -> None:
    check_verdict(MOVES, "sorn-grid-investment", expected, title, summary, "2027-05-02", "en")


TURNOUT = claim(
    "varn-online-answers", "At least 80% of Varn households will answer the 2027 household "
    "survey online.",
    [group("varn", en=["Varn"], fr=["Varn"], ja=["バルン"]),
     group("survey", en=["household survey", "survey"], fr=["enquête auprès des ménages",
                                                              "enquête"],
           ja=["世帯調査"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # a count beside a share target is no share of those who answered
    ("mentions", "Varn household survey: 420 help desks open for homes offline", "en"),
    ("mentions", "Enquête auprès des ménages à Varn : 420 points d'aide ouverts", "fr"),
    ("mentions", "バルンの世帯調査、支援窓口を420カ所に開設", "ja"),
    # guard: a share is an interim figure, in every language
    ("updates", "Varn household survey: 52% of homes have answered online", "en"),
    ("updates", "Enquête auprès des ménages à Varn : 52 % des foyers ont répondu en ligne", "fr"),
    ("updates", "バルンの世帯調査、ネット回答が5割超す", "ja"),
])
def test_a_count_is_no_figure_of_a_share_target(expected: str, title: str,
                                                language: str) -> None:
    check_verdict([TURNOUT], "varn-online-answers", expected, title, "", "2027-06-10",
                  language)


COMPLAINTS = claim(
    "kessling-noise-complaints", "Noise complaints about Kessling Airport will fall by 30% in "
    "the twelve months to 31 August 2027.",
    [group("complaints", en=["noise complaints"]),
     group("kessling", en=["Kessling", "Kessling Airport"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 8, 31),
)


@pytest.mark.parametrize(("expected", "title", "day"), [
    # "the twelve months" of the statement are the news' "year" (round 45)
    ("confirms", "Kessling noise complaints down 32% in the year to August", "2027-09-10"),
    ("contradicts", "Kessling noise complaints down 20% in the year to August", "2027-09-10"),
    # guard: another span is interim
    ("updates", "Kessling noise complaints down 32% in the first month", "2026-10-10"),
    # a share's change with no span named is the change so far, for a fall by a share
    ("updates", "Kessling noise complaints down 14%, airport says", "2027-01-10"),
])
def test_twelve_months_are_a_year(expected: str, title: str, day: str) -> None:
    check_verdict([COMPLAINTS], "kessling-noise-complaints", expected, title, "", day, "en")


def test_an_ordinal_that_is_not_the_targets_own_figure_is_no_milestone() -> None:
    # the claim names a 2 ("its second year"); 2回目の説明会 is a second briefing
    ferry = _brisk_ferry("brisk-ferry-second-year",
                         "The Brisk ferry will carry 400,000 passengers in 2027, its 2nd year "
                         "of service.")
    item = entry("ブリスク航路、乗客向けの2回目の説明会", "", "2027-06-08", "ja")
    assert verdict_for(Matcher([ferry]), item, "brisk-ferry-second-year") != "confirms"


@pytest.mark.parametrize(("expected", "title"), [
    # 黄信号, a yellow light: reaching the target is in doubt, a shortfall foretold
    ("updates", "ブリスク航路の乗客40万人、目標達成に黄信号"),
    ("confirms", "ブリスク航路の乗客、目標の40万人を達成"),  # guard
])
def test_a_yellow_light_is_no_target_met(expected: str, title: str) -> None:
    ferry = _brisk_ferry("brisk-ferry-light")
    check_verdict([ferry], "brisk-ferry-light", expected, title, "", "2027-10-08", "ja")
