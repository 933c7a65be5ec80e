"""Per-claim news-search feeds, built from each claim's own terms.

For every claim, engine and language we write one search query: each required
group contributes its first few terms (the claim file lists the main name
first), quoted and OR'd together; the groups are ANDed. The query goes into the
engine's RSS search URL (formats in ../shared/feeds-known.md, rows 41-42).
A claim gets no feed in a language where some required group has no term,
because a half-translated query would find the wrong articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote_plus

from tracker.models import LANGUAGES, Claim, FeedSpec, GroupRole

SEARCH_FEED_PREFIX = "search:"
"""Names of generated search feeds start with this; configured feeds may not."""

SEARCH_ENGINES: tuple[str, ...] = ("google", "bing")
"""News-search engines whose RSS search we know how to address."""


@dataclass(frozen=True, slots=True)
class SearchFeedSettings:
    """Per-claim news-search feeds generated from claim terms (``[search_feeds]``)."""

    enabled: bool = True
    engines: tuple[str, ...] = SEARCH_ENGINES
    languages: tuple[str, ...] = LANGUAGES
    max_terms: int = 3              # aliases OR'd together per required group
    max_query_chars: int = 200      # the query is trimmed (aliases dropped) to fit
    interval_minutes: int | None = 180  # search engines throttle; poll them gently


# Locale parameters per language (hl / gl / ceid for Google; setlang / cc for Bing).
_GOOGLE_LOCALES = {
    "en": "hl=en-US&gl=US&ceid=US:en",
    "fr": "hl=fr&gl=FR&ceid=FR:fr",
    "ja": "hl=ja&gl=JP&ceid=JP:ja",
}
_BING_LOCALES = {
    "en": "setlang=en&cc=US",
    "fr": "setlang=fr&cc=FR",
    "ja": "setlang=ja&cc=JP",
}


def google_news_url(query: str, language: str) -> str:
    """Google News RSS search URL for ``query`` in the ``language`` edition."""
    return f"https://news.google.com/rss/search?q={quote_plus(query)}&{_GOOGLE_LOCALES[language]}"


def bing_news_url(query: str, language: str) -> str:
    """Bing News RSS search URL for ``query`` in the ``language`` market."""
    return (f"https://www.bing.com/news/search?q={quote_plus(query)}&format=rss"
            f"&{_BING_LOCALES[language]}")


_URL_BUILDERS = {"google": google_news_url, "bing": bing_news_url}


def _quoted(term: str) -> str:
    # A double quote inside a term would end the phrase early; drop it.
    return '"' + term.replace('"', "").strip() + '"'


def _group_clause(terms: Sequence[str]) -> str:
    quoted = [_quoted(t) for t in terms]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


def build_query(claim: Claim, language: str, *, max_terms: int = 3,
                max_chars: int = 200) -> str | None:
    """The search query for ``claim`` in ``language``, or None when one of its
    required groups has no term in that language.

    Each required group gives up to ``max_terms`` terms; while the query is
    longer than ``max_chars``, the group with the most terms loses its last one
    (every group keeps at least its first, strongest term).
    """
    required = claim.groups_with_role(GroupRole.REQUIRED)
    if not required:
        return None
    picked: list[list[str]] = []
    for group in required:
        # Keep order, drop case-duplicates ("JJOC" twice under two spellings).
        seen: set[str] = set()
        terms = []
        for term in group.terms.get(language, ()):
            key = term.casefold().strip()
            if key and key not in seen:
                seen.add(key)
                terms.append(term)
        if not terms:
            return None
        picked.append(terms[:max_terms])

    def render() -> str:
        return " ".join(_group_clause(terms) for terms in picked)

    query = render()
    while len(query) > max_chars:
        longest = max(picked, key=len)
        if len(longest) == 1:
            break  # nothing left to drop; a long single-term query is still right
        longest.pop()
        query = render()
    return query


def search_feeds_for(claims: Sequence[Claim],
                     settings: SearchFeedSettings) -> tuple[FeedSpec, ...]:
    """One feed per claim × engine × language, named ``search:<engine>:<lang>:<claim id>``.

    Works for any claim file: nothing here knows particular claims. Returns an
    empty tuple when ``settings.enabled`` is false.
    """
    if not settings.enabled:
        return ()
    feeds: list[FeedSpec] = []
    seen_urls: set[str] = set()
    for claim in claims:
        for language in settings.languages:
            query = build_query(claim, language, max_terms=settings.max_terms,
                                max_chars=settings.max_query_chars)
            if query is None:
                continue
            for engine in settings.engines:
                url = _URL_BUILDERS[engine](query, language)
                if url in seen_urls:  # two claims with the very same terms
                    continue
                seen_urls.add(url)
                feeds.append(FeedSpec(
                    name=f"{SEARCH_FEED_PREFIX}{engine}:{language}:{claim.id}",
                    url=url,
                    language=language,
                    interval_minutes=settings.interval_minutes,
                ))
    return tuple(feeds)
