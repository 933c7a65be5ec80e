"""A place left out by the local press.

A paper in the claim's own language rarely repeats the name of its own town, plant or
country ("Conférence sociale : la troisième séance annulée", "Le tribunal de commerce
confie les aciéries à Varanda"). Such an item names the claim's subject but not its
place, and a hard AND over required groups loses it. One required group may then be
left out when all of these hold:

- the group is a group of names (most English terms capitalised, else most French
  ones: "digital affairs ministry" beside "Velmora" and "Dravik" is still a name)
  that lists no catalogue entity: a real country is named by any paper writing
  about it from abroad, and a group of things ("digital talven") is the claim's matter;
- the item is in the claim's source language;
- its title names nobody else: no capitalised word outside the claim's own words (its
  statement, source text and terms) but a month or a weekday, and a first word that is
  one of them or an article. A title in Title Case says nothing, so it does not qualify.
  A Japanese title's names are its katakana words, place names and country marks
  (``japanese_names.py``), each found in the claim's Japanese terms or source text.

``relevance.assess`` then requires the claim's subject in the title and no exclude
group anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from tracker.match.finding.lexicon import Lexicon
from tracker.match.targets.target_outcome import written_in
from tracker.match.text.japanese_names import headline_names
from tracker.match.text.katakana import written_as_names
from tracker.match.text.normalize import fold
from tracker.match.text.time_words import a_calendar_name
from tracker.match.text.view import EntryView
from tracker.models import Claim, GroupRole

LATIN = ("en", "fr")
TITLE_CASE_SHARE = 0.6  # of the title's longer words capitalised: a Title Case headline
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BREAKS = (":", "-", "–", "—", "|")  # a capital after one starts a new phrase


def omissible_groups(claim: Claim) -> frozenset[str]:
    """Names of the claim's required groups the local press may leave out."""
    return frozenset(g.name for g in claim.groups if g.role is GroupRole.REQUIRED
                     and not g.entities and written_as_names(g))


def written_around_a_name(claim: Claim) -> dict[str, frozenset[str]]:
    """For each required group of things that lists no catalogue entity, its
    capitalised terms (folded) that most of its English terms, else French ones, are
    written around: "Montbrenac" in "town of Montbrenac", « ville de Montbrenac »,
    « montbrenacois ». A paper named by one of them names the group
    (``publisher.py``); "Paris" beside "government" and "interior ministry" does not."""
    around: dict[str, frozenset[str]] = {}
    for g in claim.groups:
        if g.role is not GroupRole.REQUIRED or g.entities or written_as_names(g):
            continue
        terms = [fold(t) for t in (g.terms.get("en") or g.terms.get("fr") or ())]
        names = frozenset(fold(t) for lang in LATIN for t in g.terms.get(lang, ())
                          if t[:1].isupper()
                          and 2 * sum(fold(t) in other for other in terms) > len(terms))
        if names:
            around[g.name] = names
    return around


def own_words(claim: Claim) -> frozenset[str]:
    """The folded words of the claim's statement, source text and terms (not its
    exclude groups, which name others)."""
    texts: Iterable[str] = (claim.statement, claim.source_text,
                            *(t for g in claim.groups if g.role is not GroupRole.EXCLUDE
                              for t in g.all_terms()))
    return frozenset(w for text in texts for w in re.findall(r"\w+", fold(text)))


Names = tuple[tuple[str, ...], ...]  # each capitalised word's folded parts


def own_japanese(claim: Claim) -> str:
    """The claim's Japanese terms and, if Japanese, its source text, as one text."""
    texts = [t for g in claim.groups if g.role is not GroupRole.EXCLUDE
             for t in g.terms.get("ja", ())]
    if claim.source_language == "ja":
        texts.append(claim.source_text)
    return "\n".join(texts)


def title_names(title: str, language: str, lexicon: Lexicon,
                country_marks: frozenset[str] = frozenset()) -> Names | None:
    """The parts of the title's capitalised words that must be the claim's own (an
    opening article is not), read once per entry; None when the title cannot tell
    names (another language) or gathers news from many places. A Japanese title's
    names are whole words. Title Case is told per claim (``title_case``)."""
    if written_in(lexicon.roundups.get(language, ()),
                  fold(title) if language == "ja" else " ".join(_WORD.findall(fold(title))),
                  language):
        return None  # "nationwide", 各地: news from many places, no one town's
    if language == "ja":
        return tuple((name,) for name in headline_names(
            title, lexicon.place_suffixes.get("ja", ()), country_marks))
    if language not in LATIN:
        return None
    words = [(m.group(0), m.start()) for m in _WORD.finditer(title)]
    articles = frozenset((*lexicon.determiners.get(language, ()),
                          *lexicon.headline_openers.get(language, ())))
    names: list[tuple[str, ...]] = []
    for number, (word, start) in enumerate(words):
        if word[:1].isupper() and not a_calendar_name(fold(word)):
            opening = number == 0 or title[:start].rstrip().endswith(_BREAKS)
            names.append(tuple(p for p in re.findall(r"\w+", fold(word))
                               if len(p) > 1 and not (opening and p in articles)))
    return tuple(names)


def title_case(title: str, own: frozenset[str]) -> bool:
    """The title capitalises most of its longer words past the first, leaving out the
    claim's own words (its names are capitalised anyway: "Naming ceremony for Elsie
    Marland set for May" is no Title Case), a hyphenated one by its parts
    ("Saint-Just")."""
    longer = [capital for word, capital in _longer_words(title)
              if not all(part in own for part in re.findall(r"\w+", word))]
    return bool(longer) and sum(longer) > TITLE_CASE_SHARE * len(longer)


@lru_cache(maxsize=64)
def _longer_words(title: str) -> tuple[tuple[str, bool], ...]:
    """The title's words of four letters or more past the first, folded, each with
    whether it is capitalised (read once per title, not once per claim)."""
    return tuple((fold(w), w[:1].isupper()) for w in _WORD.findall(title)[1:] if len(w) > 3)


def local_news(claim: Claim, language: str, names: Names | None, own: frozenset[str],
               own_text: str = "", title: str = "") -> bool:
    """Is the entry local news that may leave the claim's place out? ``names`` are the
    title's (``title_names``): each must be the claim's own ("Nordhaven Bank to shut 30
    branches" is someone else's news); a Japanese name, found in ``own_text``. A Latin
    ``title`` in Title Case tells no names."""
    if names is None or language != claim.source_language:
        return False
    if language != "ja" and title_case(title, own):
        return False
    return all(_own_name(parts, language, own, own_text) for parts in names)


def _own_name(parts: tuple[str, ...], language: str, own: frozenset[str], own_text: str
              ) -> bool:
    """A title's name (its folded parts) is the claim's own: each part among its words,
    or, in Japanese, written in its Japanese terms or source text (``own_text``)."""
    return all((p in own_text) if language == "ja" else (p in own) for p in parts)


class LocalPress:
    """For each claim of a matcher (by its number), the groups an entry may leave out
    as local news; a claim's own words are read the first time an entry needs them."""

    def __init__(self, claims: Sequence[Claim], lexicon: Lexicon,
                 country_marks: frozenset[str] = frozenset()) -> None:
        self._claims = claims
        self._lexicon = lexicon
        self._country_marks = country_marks
        self.omissible = tuple(omissible_groups(c) for c in claims)
        self.written_around = tuple(written_around_a_name(c) for c in claims)
        self._own: dict[int, frozenset[str]] = {}
        self._own_ja: dict[int, str] = {}

    def may_omit(self, number: int, view: EntryView, names: list[Names | None]
                 ) -> frozenset[str]:
        """The groups claim ``number`` may miss in the entry of ``view``; ``names``
        caches the title's names for the entry (empty until a claim asks)."""
        groups = self.omissible[number]
        if not groups:
            return groups
        claim = self._claims[number]
        if view.language != claim.source_language:
            return frozenset()
        if not names:
            names.append(title_names(view.sentences[0], view.language, self._lexicon,
                                     self._country_marks))
        own = self._own.get(number)
        if own is None:
            own = self._own[number] = own_words(claim)
        own_text = ""
        if view.language == "ja":
            if number not in self._own_ja:
                self._own_ja[number] = own_japanese(claim)
            own_text = self._own_ja[number]
        local = local_news(claim, view.language, names[0], own, own_text, view.sentences[0])
        return groups if local else frozenset()

    def why_kept(self, number: int, view: EntryView, missing: str) -> str:
        """For ``explain``: why the required group ``missing`` could not be left out
        (the rules of this module's docstring, the first that fails)."""
        claim = self._claims[number]
        if missing not in self.omissible[number]:
            return (f"group {missing} cannot be left out: only a group of names "
                    "(capitalised terms, no catalogue entity) can")
        if view.language != claim.source_language:
            return (f"group {missing} may be left out only by an item in the claim's "
                    f"source language ({claim.source_language}), not {view.language}")
        names = title_names(view.sentences[0], view.language, self._lexicon,
                            self._country_marks)
        own = own_words(claim)
        if names is None or (view.language != "ja" and title_case(view.sentences[0], own)):
            return (f"group {missing} was not left out: the title is in Title Case or "
                    "gathers news from many places, so it cannot tell whose news it is")
        own_text = own_japanese(claim) if view.language == "ja" else ""
        others = [" ".join(parts) for parts in names
                  if not _own_name(parts, view.language, own, own_text)]
        if not others:  # local news, but ``relevance.assess`` asks more of it
            return (f"group {missing} was not left out: an item that leaves it out must "
                    "name the claim's subject in its title and no exclude group")
        return (f"group {missing} was not left out: the title names {', '.join(others)}, "
                "not among the claim's own words (add them to a group, or to the statement)")
