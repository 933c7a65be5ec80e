"""The matcher's anchor prefilter never hides a finding.

``Matcher`` skips building the entry view when ``AnchorPrefilter`` says no
anchor can occur. These tests match the same entries with the prefilter on and
switched off (``always = True``) and require identical findings, and check that
the prefilter really skips most unrelated entries (else the test is vacuous).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from helpers.project import FIXTURES, REPO, SHARED, shipped_claims

from benchmarks.datagen import generated_claims, generated_entries
from tracker.claims import load_claims
from tracker.match import Matcher
from tracker.models import Entry
from tracker.parse import parse_feed

EVAL_DIRS = [FIXTURES / "eval", SHARED / "eval-dev"]

TRICKY = [
    ("U.S. Forces Japan to be upgraded to a joint force headquarters", "en"),
    ("The U.S.-Japan alliance: USFJ won't be upgraded this year", "en"),
    ("Les forces américaines au Japon deviendront un commandement interarmées", "fr"),
    ("Le Japon augmentera la production d'intercepteurs PAC-3", "fr"),
    ("在日米軍を統合軍司令部に格上げ、防衛省が発表", "ja"),
    ("自衛隊の統合作戦司令部が発足した。", "ja"),
    ("ＰＡＣ－３の生産を拡大", "ja"),
    ("Japan's PAC-3s: production doubled; Mitsubishi Heavy Industries said", "en"),
    ("Extended deterrence dialogue held in Tokyo; the ministers didn't agree", "en"),
    ("Japan and South Korea defence ministers met in Seoul", None),
    ("Joint Operations Command launched. JJOC began operating in March.", "en"),
]


def _entries_of(directory: Path) -> list[Entry]:
    entries: list[Entry] = []
    for feed in sorted((directory / "feeds").glob("*.xml")):
        entries.extend(parse_feed(feed.read_bytes(), str(feed)).entries)
    return entries


def _same_with_and_without_prefilter(matcher: Matcher, entries: list[Entry]) -> int:
    filtered = [matcher.match(e) for e in entries]
    matcher._prefilter.always = True
    try:
        full = [matcher.match(e) for e in entries]
    finally:
        matcher._prefilter.always = False
    assert filtered == full
    return sum(1 for f in full if f)


def test_repo_and_eval_claims_on_eval_feeds() -> None:
    claims = shipped_claims()
    entries: list[Entry] = []
    for directory in EVAL_DIRS:
        if directory.exists():
            claims += list(load_claims(directory / "claims").claims)
            entries += _entries_of(directory)
    entries += [
        Entry(source="t", title=title, summary=f"<p>{title}</p>", link=f"https://t/{i}",
              published=datetime(2025, 3, 1, tzinfo=UTC), language=lang)
        for i, (title, lang) in enumerate(TRICKY)
    ]
    assert _same_with_and_without_prefilter(Matcher(claims), entries) > 5


def test_generated_claims_and_entries() -> None:
    claims = generated_claims(300)
    entries = generated_entries(1500, claims)
    matcher = Matcher(claims)
    assert _same_with_and_without_prefilter(matcher, entries) >= 100


def test_prefilter_skips_unrelated_entries() -> None:
    claims = generated_claims(100)
    matcher = Matcher(claims)
    entries = generated_entries(500, claims)
    unrelated = [e for i, e in enumerate(entries) if i % 10 != 0]
    skipped = sum(
        1 for e in unrelated if not matcher._prefilter.may_hit(e.title, e.summary)
    )
    assert skipped >= 0.9 * len(unrelated)


def _words_built_from_stemmer_suffixes(count: int) -> list[str]:
    """Random stems followed by 0-3 of the suffixes the two Snowball stemmers know."""
    import inspect
    import random
    import re

    import snowballstemmer.english_stemmer as english
    import snowballstemmer.french_stemmer as french

    suffixes = sorted({
        s for module in (english, french)
        for s in re.findall(r'Among\("([^"]*)"', inspect.getsource(module))
        if s.isalpha()
    })
    assert len(suffixes) > 100  # the tables were found: the test is not vacuous
    rng = random.Random(5)
    letters = "aeiouybcdfghjklmnpqrstvwxz"
    words = []
    for _ in range(count):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 7)))
        word += "".join(rng.choice(suffixes) for _ in range(rng.randint(0, 3)))
        words.append(word)
    return words


def test_every_word_starts_with_the_key_of_its_stem() -> None:
    """The prefilter's proof obligation: a word whose stem is ``t`` starts with
    ``stem_key(t)``, or is an irregular form or a British spelling the prefilter
    looks for by itself (else the prefilter could skip a word that names an anchor)."""
    import re

    from tracker.match.finding.lexicon import load_lexicon
    from tracker.match.text.normalize import _LATIN_CHARS, Stemmer, fold, stem_key
    from tracker.match.text.spelling import american_spellings

    lexicon = load_lexicon()
    texts: list[str] = []
    for table in (lexicon.classes, lexicon.modifiers):
        for by_lang in table.values():
            for terms in by_lang.values():
                texts.extend(terms)
    for path in sorted((REPO / "claims").glob("*.toml")):  # a user's claims add words
        texts.append(path.read_text(encoding="utf-8"))
    for directory in [*EVAL_DIRS, FIXTURES / "eval-generalisation"]:
        for feed in sorted((directory / "feeds").glob("*.xml")) if directory.exists() else []:
            texts.append(feed.read_text(encoding="utf-8", errors="replace"))
    words = set(re.findall(rf"[{_LATIN_CHARS}]+", fold("\n".join(texts))))
    assert len(words) > 1000
    built = {fold(w) for w in _words_built_from_stemmer_suffixes(12_000)}
    words |= {w for w in built if re.fullmatch(rf"[{_LATIN_CHARS}]+", w)}
    stemmer = Stemmer()
    stemmer.CACHE_LIMIT = 0
    bad = []
    for word in words:
        for lang in ("en", "fr"):
            stem = stemmer.make_token(word, lang, True).norm
            if (not word.startswith(stem_key(stem)) and word not in stemmer.lemmas(lang)
                    and not (lang == "en" and word in american_spellings())):
                bad.append((lang, word, stem))
    assert bad == []


def test_irregular_forms_pass_the_prefilter() -> None:
    """An anchor met only through an irregular form ("men" for "man") is still found."""
    from tracker.match.finding.prefilter import AnchorPrefilter

    prefilter = AnchorPrefilter([" man "])
    assert prefilter.may_hit("Three men arrive", "")
    assert not prefilter.may_hit("Three women arrive", "")


def test_british_spellings_pass_the_prefilter_and_match_the_american() -> None:
    """"harbour" stems as "harbor" does (spelling.py): an anchor written one way is found
    in a text written the other way, and the prefilter does not skip it."""
    from tracker.match.finding.prefilter import AnchorPrefilter
    from tracker.match.text.normalize import normalize

    for british, american in [("Harbour Bridge", "Harbor Bridge"),
                              ("privatisation", "privatization"), ("defence", "defense"),
                              ("programme", "program"), ("travelled", "traveled")]:
        assert normalize(british, "en") == normalize(american, "en")
        for anchor, text in [(british, american), (american, british)]:
            prefilter = AnchorPrefilter([f" {normalize(anchor, 'en')} "])
            assert prefilter.may_hit(f"Talks on {text} resume", ""), (anchor, text)
    assert normalize("programme", "fr") != normalize("program", "fr")  # French keeps its own


def test_stem_key_drops_only_possible_new_endings() -> None:
    from tracker.match.text.normalize import stem_key

    assert stem_key("tank") == "tank"
    assert stem_key("p0017") == "p0017"
    assert stem_key("publiqu") == "publi"  # "publication" (French)
    assert stem_key("recent") == "rece"  # "récemment"
    assert stem_key("happi") == "happ"  # "happy"
    assert stem_key("le") == "l"  # the first letter always stays
