"""Verdicts on hand-written entries against the real claim files (en, fr, ja)."""


from __future__ import annotations

from datetime import UTC, datetime

import pytest
from helpers.project import shipped_claims

from tracker.match import Matcher
from tracker.models import Entry


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(shipped_claims())


def entry(title: str, summary: str, day: str, language: str) -> Entry:
    published = datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC)
    return Entry("test", title, summary, published=published, language=language)


# (claim, expected verdict or None for "no finding", title, summary, date, language)
CASES = [
    # jjoc-launch
    (
        "jjoc-launch",
        "confirms",
        "Tokyo stands up Joint Operations Command",
        "The Self-Defense Forces' new command was inaugurated on Monday in Ichigaya.",
        "2025-03-25",
        "en",
    ),
    (
        "jjoc-launch",
        "updates",
        "Joint Operations Command launch postponed to autumn",
        "The defense ministry said staffing problems delayed the new command.",
        "2025-03-10",
        "en",
    ),
    (
        "jjoc-launch",
        "contradicts",
        "Japan scraps Joint Operations Command plan",
        "The government abandoned the command after budget talks failed.",
        "2025-02-10",
        "en",
    ),
    (
        "jjoc-launch",
        "mentions",
        "Japan to launch Joint Operations Command next week",
        "The command will be inaugurated on March 24.",
        "2025-03-17",
        "en",
    ),
    (
        "jjoc-launch",
        "confirms",
        "Le Japon inaugure son commandement des opérations interarmées",
        "Le nouveau commandement a été inauguré lundi à Tokyo.",
        "2025-03-24",
        "fr",
    ),
    (
        "jjoc-launch",
        "contradicts",
        "Le commandement des opérations interarmées japonais annulé",
        "Tokyo a renoncé au projet.",
        "2025-02-01",
        "fr",
    ),
    (
        "jjoc-launch",
        "confirms",
        "統合作戦司令部が発足した",
        "防衛省は新たな司令部の運用を始めた。",
        "2025-03-24",
        "ja",
    ),
    (
        "jjoc-launch",
        "updates",
        "統合作戦司令部の発足を延期",
        "準備の遅れのため。",
        "2025-03-05",
        "ja",
    ),
    ("jjoc-launch", "mentions", "統合作戦司令部、来月発足へ", "", "2025-02-20", "ja"),
    # usfj-command-upgrade
    (
        "usfj-command-upgrade",
        "confirms",
        "US decides to upgrade U.S. Forces Japan to a joint force headquarters",
        "The decision was announced after talks in Tokyo.",
        "2024-08-01",
        "en",
    ),
    (
        "usfj-command-upgrade",
        "contradicts",
        "Pentagon cancels plan to upgrade US Forces Japan command",
        "The joint force headquarters plan was scrapped to save money.",
        "2025-05-01",
        "en",
    ),
    (
        "usfj-command-upgrade",
        "updates",
        "Pentagon weighs shelving USFJ upgrade",
        "Officials may halt the command and control changes.",
        "2025-04-01",
        "en",
    ),
    (
        "usfj-command-upgrade",
        None,
        "New commander takes over U.S. Forces Japan",
        "Lt. Gen. Smith assumed command of US Forces Japan at Yokota on Friday.",
        "2025-10-01",
        "en",
    ),
    (
        "usfj-command-upgrade",
        "contradicts",
        "Washington abandonne la réorganisation des forces américaines au Japon",
        "Le projet de quartier général interarmées est abandonné.",
        "2025-05-02",
        "fr",
    ),
    (
        "usfj-command-upgrade",
        "updates",
        "在日米軍の統合軍司令部への格上げ、中止を検討",
        "米国防総省が検討していると報じられた。",
        "2025-03-21",
        "ja",
    ),
    # pac3-production-increase
    (
        "pac3-production-increase",
        "confirms",
        "MHI boosts PAC-3 production",
        "Japan's MHI increased production of PAC-3 missiles at its new production line.",
        "2025-06-01",
        "en",
    ),
    (
        "pac3-production-increase",
        "contradicts",
        "Japan halts plan to expand PAC-3 output at MHI",
        "The PAC-3 production increase was suspended.",
        "2025-06-01",
        "en",
    ),
    (
        "pac3-production-increase",
        None,
        "Lockheed Martin expands PAC-3 MSE production in Camden",
        "The US plant will make 650 interceptors a year.",
        "2025-06-01",
        "en",
    ),
    (
        "pac3-production-increase",
        None,
        "Germany sends more Patriot missiles to Ukraine",
        "Berlin delivered two systems.",
        "2025-06-01",
        "en",
    ),
    (
        "pac3-production-increase",
        "updates",
        "三菱重工、PAC3の増産に遅れ",
        "部品不足のため。",
        "2025-06-01",
        "ja",
    ),
    (
        "pac3-production-increase",
        "updates",
        "Le Japon retardé dans la production de missiles Patriot",
        "Une pénurie de composants freine Mitsubishi Heavy Industries.",
        "2025-06-01",
        "fr",
    ),
    # extended-deterrence-talks
    (
        "extended-deterrence-talks",
        "confirms",
        "Japan and US hold first extended deterrence ministerial",
        "The ministers met in Tokyo and reaffirmed the nuclear umbrella.",
        "2024-07-28",
        "en",
    ),
    (
        "extended-deterrence-talks",
        None,
        "Seoul and Washington hold Nuclear Consultative Group talks",
        "Extended deterrence for South Korea was reaffirmed; Japan was not part of it.",
        "2025-01-10",
        "en",
    ),
    (
        "extended-deterrence-talks",
        "contradicts",
        "Japan-US extended deterrence meeting called off",
        "The ministers cancelled the session.",
        "2024-07-27",
        "en",
    ),
    (
        "extended-deterrence-talks",
        "updates",
        "日米、拡大抑止の閣僚会合を再び開催",
        "",
        "2025-09-01",
        "ja",
    ),
    (
        "extended-deterrence-talks",
        "mentions",
        "Le Japon et les États-Unis discuteront de dissuasion élargie",
        "Les ministres devraient se réunir dimanche.",
        "2024-07-25",
        "fr",
    ),
    # japan-rok-defense-talks
    (
        "japan-rok-defense-talks",
        "confirms",
        "Japanese and South Korean defense ministers meet in Tokyo",
        "Kihara and Shin Won-sik held talks, the first in Japan in 15 years.",
        "2024-07-28",
        "en",
    ),
    (
        "japan-rok-defense-talks",
        "contradicts",
        "Japan-South Korea defense ministers meeting cancelled",
        "Seoul called off the talks with Japan's defense minister.",
        "2024-07-27",
        "en",
    ),
    (
        "japan-rok-defense-talks",
        "updates",
        "日韓防衛相会談、延期",
        "韓国の国防相の訪日が延期された。",
        "2025-01-10",
        "ja",
    ),
    # coproduction-and-repair
    (
        "coproduction-and-repair",
        "confirms",
        "US Navy destroyer completes repairs at Japanese shipyard",
        "The ship finished maintenance at Japan Marine United in Yokohama.",
        "2025-02-01",
        "en",
    ),
    (
        "coproduction-and-repair",
        None,
        "Hanwha Ocean completes overhaul of US Navy ship",
        "The South Korean yard finished the repair work at Geoje, not in Japan.",
        "2025-02-01",
        "en",
    ),
    (
        "coproduction-and-repair",
        "updates",
        "Japan, US launch AMRAAM co-production feasibility study",
        "",
        "2024-11-01",
        "en",
    ),
    (
        "coproduction-and-repair",
        "contradicts",
        "Le Japon et les États-Unis abandonnent la coproduction de missiles AMRAAM",
        "",
        "2025-01-01",
        "fr",
    ),
]


@pytest.mark.parametrize(("claim_id", "expected", "title", "summary", "day", "language"), CASES)
def test_verdict(
    matcher: Matcher,
    claim_id: str,
    expected: str | None,
    title: str,
    summary: str,
    day: str,
    language: str,
) -> None:
    findings = {f.claim_id: f for f in matcher.match(entry(title, summary, day, language))}
    if expected is None:
        assert claim_id not in findings
    else:
        assert claim_id in findings, findings
        assert findings[claim_id].verdict.value == expected, findings[claim_id]


def test_exclude_terms_veto_in_french_for_every_claim() -> None:
    # A fresh matcher: French words must be stemmed as French from the first claim
    # on, or the first claim's French exclude terms never match ("Hanwha" → "hanwh").
    fresh = Matcher(shipped_claims())
    news = entry(
        "Le coréen Hanwha Ocean décroche la réparation d'un navire de l'US Navy",
        "Le chantier sud-coréen assurera la maintenance et la réparation du navire "
        "américain, un marché que visent aussi les chantiers japonais.",
        "2025-07-10", "fr",
    )
    flags = [f for f in fresh.match(news) if f.claim_id == "coproduction-and-repair"
             and f.verdict.is_flag]
    assert flags == []
