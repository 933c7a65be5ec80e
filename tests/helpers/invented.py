"""Claims about invented subjects, and entries, for the matcher's failure-class tests.

Every subject here is made up (the city of Velmora and its Line 4 tram and Harbour
Bridge, the Kessling bus depot, the carmaker Corvane and its Talbrek battery plant,
the fisheries ministers of Arvelia and Borsk, a Japan–US coastal drone centre at
an invented site), so no test depends on the shipped claims/ or on what the matcher
was tuned on. Expected verdicts follow ../shared/labelling.md.

All claims are made on 2026-01-12 and due by 2026-09-30 (late after 2026-10-14 with
the default 14 grace days) unless said otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime

from tracker.match import Matcher
from tracker.models import Claim, ClaimKind, Entry, GroupRole, TermGroup, Verdict

CLAIMED_ON = date(2026, 1, 12)
DUE_BY = date(2026, 9, 30)

Terms = Sequence[str]


def group(name: str, role: GroupRole = GroupRole.REQUIRED, *, en: Terms = (), fr: Terms = (),
          ja: Terms = (), entities: Terms = ()) -> TermGroup:
    terms = {lang: tuple(words) for lang, words in (("en", en), ("fr", fr), ("ja", ja)) if words}
    return TermGroup(name=name, role=role, terms=terms, entities=tuple(entities))


def claim(claim_id: str, statement: str, groups: Sequence[TermGroup], *,
          kind: ClaimKind | None, claimed_on: date = CLAIMED_ON,
          expected_from: date | None = None, expected_by: date | None = DUE_BY,
          cues: Mapping[Verdict, Mapping[str, tuple[str, ...]]] | None = None) -> Claim:
    return Claim(
        id=claim_id, statement=statement, seed="invented-seed", claimed_on=claimed_on,
        source_language="en", source_text=statement, groups=tuple(groups),
        cues=dict(cues or {}), expected_from=expected_from, expected_by=expected_by,
        kind=kind,
    )


def entry(title: str, summary: str, day: str, language: str) -> Entry:
    """An entry published at 09:00 UTC on ``day`` (YYYY-MM-DD)."""
    published = datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC)
    return Entry("test", title, summary, published=published, language=language,
                 guid=f"{day}:{title}")


def verdict_for(matcher: Matcher, item: Entry, claim_id: str) -> str | None:
    """The verdict's value for one claim, or None when the entry is not about it."""
    for finding in matcher.match(item):
        if finding.claim_id == claim_id:
            return finding.verdict.value
    return None


# -- the invented claims ----------------------------------------------------------

VELMORA = group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ベルモラ"])

TRAM = claim(
    "velmora-tram", "Velmora's Line 4 tram will open to passengers by September 2026.",
    [group("tram", en=["Line 4 tram", "tram Line 4"],
           fr=["ligne 4 du tramway", "tramway de la ligne 4"],
           ja=["路面電車4号線", "トラム4号線"]),
     VELMORA],
    kind=ClaimKind.EVENT,
)

BRIDGE = claim(
    "velmora-bridge", "Velmora's Harbour Bridge will reopen to traffic by September 2026.",
    [group("bridge", en=["Harbour Bridge"], fr=["pont du Port"], ja=["ハーバー橋"]),
     VELMORA],
    kind=ClaimKind.EVENT,
    cues={Verdict.CONFIRMS: {"en": ("reopen", "reopening"), "fr": ("rouvrir", "réouverture"),
                             "ja": ("再開通",)}},
)

DEPOT = claim(
    "kessling-depot", "Velmora will convert the Kessling bus depot into housing.",
    [group("depot", en=["Kessling bus depot", "Kessling depot"],
           fr=["dépôt de bus de Kessling", "dépôt de Kessling"],
           ja=["ケスリング車庫", "ケスリングバス車庫"])],
    kind=ClaimKind.DECISION,
)

PLANT = claim(
    "corvane-plant", "Corvane will start production at its Talbrek battery plant in 2026.",
    [group("corvane", en=["Corvane"], fr=["Corvane"], ja=["コルベーン"]),
     group("plant", en=["Talbrek battery plant", "battery plant in Talbrek", "Talbrek plant"],
           fr=["usine de batteries de Talbrek", "usine de Talbrek"],
           ja=["タルブレク電池工場", "タルブレク工場"])],
    kind=ClaimKind.EVENT,
    cues={Verdict.CONFIRMS: {"en": ("start production", "begin production"),
                             "fr": ("démarrer la production", "lancer la production"),
                             "ja": ("生産を開始", "生産開始")}},
)

TALKS = claim(
    "arvelia-borsk-talks",
    "The fisheries ministers of Arvelia and Borsk will hold their first bilateral talks "
    "in spring 2026.",
    [group("arvelia", en=["Arvelia", "Arvelian"], fr=["Arvélie", "arvélien", "arvélienne"],
           ja=["アルベリア"]),
     group("borsk", en=["Borsk", "Borskian"], fr=["Borsk", "borskien", "borskienne"],
           ja=["ボルスク"]),
     group("fisheries", en=["fisheries", "fisheries minister", "fisheries ministers"],
           fr=["pêche", "ministre de la Pêche", "ministres de la Pêche"],
           ja=["漁業", "水産"])],
    kind=ClaimKind.MEETING,
)

PACT = claim(
    "arvelia-borsk-pact", "Arvelia and Borsk will sign a fisheries agreement in 2026.",
    [group("arvelia", en=["Arvelia", "Arvelian"], fr=["Arvélie", "arvélien", "arvélienne"],
           ja=["アルベリア"]),
     group("borsk", en=["Borsk", "Borskian"], fr=["Borsk", "borskien", "borskienne"],
           ja=["ボルスク"]),
     group("pact", en=["fisheries agreement", "fisheries pact", "fishing agreement"],
           fr=["accord de pêche", "accord sur la pêche"], ja=["漁業協定"])],
    kind=ClaimKind.DECISION,
    cues={Verdict.CONFIRMS: {"en": ("sign",), "fr": ("signer",), "ja": ("署名", "締結")}},
)

DRONE_CENTRE = claim(
    "drone-centre",
    "Japan and the United States will open a joint coastal drone centre at Kurosaki "
    "in 2026.",
    [group("japan", entities=["japan"]),
     group("united-states", entities=["united-states"]),
     group("centre", en=["coastal drone centre", "coastal drone center"],
           fr=["centre de drones côtiers"], ja=["沿岸ドローンセンター"])],
    kind=ClaimKind.EVENT,
)
DORN_STAFF = claim(  # target: a plant's headcount by a date
    "dorn-staff", "Talmet's Dorn plant will employ 1,500 people by the end of 2029.",
    [group("plant", en=["Dorn plant"], fr=["usine de Dorn"], ja=["ドーン工場"]),
     group("jobs", GroupRole.OPTIONAL, en=["workers", "jobs", "employees"], fr=["salariés"],
           ja=["従業員"])],
    kind=ClaimKind.TARGET, expected_by=date(2029, 12, 31),
)
FERRY_FARE = claim(  # state: a level kept until a day
    "orrin-fare-level", "Orrin Falls' ferry fare will stay at $4 until March 2028.",
    [group("orrin", en=["Orrin Falls"], fr=["Orrin Falls"], ja=["オリンフォールズ"]),
     group("fare", en=["ferry fare"], fr=["tarif du ferry"], ja=["フェリー運賃"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 2, 18), expected_from=date(2025, 2, 18),
    expected_by=date(2028, 3, 31),
)


_MATCHERS: dict[tuple[str, ...], Matcher] = {}


def check_verdict(claims: Sequence[Claim], claim_id: str, expected: str | None, title: str,
                  summary: str, day: str, language: str) -> None:
    """Assert the verdict (or None: no finding) of one entry for one claim."""
    key = tuple(map(repr, claims))  # the whole claim: two tests may reuse an id
    if key not in _MATCHERS:
        _MATCHERS[key] = Matcher(claims)
    got = verdict_for(_MATCHERS[key], entry(title, summary, day, language), claim_id)
    assert got == expected, f"{title!r} / {summary!r}: expected {expected}, got {got}"
