"""Generated news-search feeds: URL formats, locales and the query decoded back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from helpers.project import shipped_claims

from tracker.config import SearchFeedSettings, all_feeds, parse_config
from tracker.feeds.search import build_query, search_feeds_for
from tracker.models import Claim, GroupRole, TermGroup


def make_claim(claim_id: str = "jjoc-launch", **terms_by_group: dict[str, tuple[str, ...]]
               ) -> Claim:
    groups = tuple(TermGroup(name=name, role=GroupRole.REQUIRED, terms=terms)
                   for name, terms in terms_by_group.items())
    optional = TermGroup(name="extra", role=GroupRole.OPTIONAL,
                         terms={"en": ("Tokyo",), "fr": ("Tokyo",), "ja": ("東京",)})
    return Claim(id=claim_id, statement="s", seed="seed", claimed_on=date(2024, 7, 27),
                 source_language="fr", source_text="t", groups=(*groups, optional))


JJOC = make_claim(
    command={"en": ("Joint Operations Command", "JJOC", "joint operations command", "Joint HQ"),
             "fr": ("commandement des opérations interarmées",),
             "ja": ("統合作戦司令部", "統合作戦司令官")},
    country={"en": ("Japan",), "fr": ("Japon",), "ja": ("日本",)},
)


def query_of(url: str) -> tuple[str, dict[str, list[str]]]:
    params = parse_qs(urlsplit(url).query)
    return params.pop("q")[0], params


def test_feeds_per_engine_and_language_with_locales() -> None:
    feeds = search_feeds_for([JJOC], SearchFeedSettings())
    by_name = {f.name: f for f in feeds}
    assert len(feeds) == 6
    google_ja = by_name["search:google:ja:jjoc-launch"]
    assert google_ja.language == "ja" and google_ja.interval_minutes == 180
    assert google_ja.url.startswith("https://news.google.com/rss/search?q=")
    query, params = query_of(google_ja.url)
    assert query == '("統合作戦司令部" OR "統合作戦司令官") "日本"'
    assert params == {"hl": ["ja"], "gl": ["JP"], "ceid": ["JP:ja"]}
    # percent-encoded UTF-8 in the URL itself, no raw non-ASCII
    assert google_ja.url.isascii() and "%E7%B5%B1%E5%90%88" in google_ja.url

    _, params = query_of(by_name["search:google:en:jjoc-launch"].url)
    assert params == {"hl": ["en-US"], "gl": ["US"], "ceid": ["US:en"]}
    query, params = query_of(by_name["search:google:fr:jjoc-launch"].url)
    assert query == '"commandement des opérations interarmées" "Japon"'
    assert params == {"hl": ["fr"], "gl": ["FR"], "ceid": ["FR:fr"]}

    bing_ja = by_name["search:bing:ja:jjoc-launch"]
    assert bing_ja.url.startswith("https://www.bing.com/news/search?q=")
    query, params = query_of(bing_ja.url)
    assert query == '("統合作戦司令部" OR "統合作戦司令官") "日本"'
    assert params == {"format": ["rss"], "setlang": ["ja"], "cc": ["JP"]}


def test_query_takes_first_terms_dedups_case_and_skips_optional_groups() -> None:
    query = build_query(JJOC, "en", max_terms=3)
    # "joint operations command" is a case-duplicate of the first term; "Tokyo" is optional
    assert query == '("Joint Operations Command" OR "JJOC" OR "Joint HQ") "Japan"'
    assert build_query(JJOC, "en", max_terms=1) == '"Joint Operations Command" "Japan"'


def test_query_is_bounded_by_dropping_aliases_but_keeps_each_group() -> None:
    query = build_query(JJOC, "en", max_terms=3, max_chars=45)
    assert query is not None and len(query) <= 45
    assert '"Joint Operations Command"' in query and '"Japan"' in query


def test_no_feed_in_a_language_missing_a_required_group() -> None:
    claim = make_claim("pac3", missile={"en": ("PAC-3",), "ja": ("PAC3",)},
                       country={"en": ("Japan",), "fr": ("Japon",), "ja": ("日本",)})
    names = {f.name for f in search_feeds_for([claim], SearchFeedSettings())}
    assert "search:google:fr:pac3" not in names
    assert {"search:google:en:pac3", "search:bing:ja:pac3"} <= names


def test_quotes_inside_terms_cannot_break_the_phrase() -> None:
    claim = make_claim("q", thing={"en": ('the "Big" plan',)})
    assert build_query(claim, "en") == '"the Big plan"'


def test_settings_select_engines_languages_and_can_disable() -> None:
    settings = SearchFeedSettings(engines=("bing",), languages=("fr",))
    assert [f.name for f in search_feeds_for([JJOC], settings)] == ["search:bing:fr:jjoc-launch"]
    assert search_feeds_for([JJOC], replace(settings, enabled=False)) == ()


def test_all_feeds_combines_configured_and_generated_without_duplicates(tmp_path: Path) -> None:
    generated = search_feeds_for([JJOC], SearchFeedSettings(engines=("google",),
                                                            languages=("en",)))[0]
    text = f"""
[search_feeds]
engines = ["google"]
languages = ["en", "ja"]
[[feeds]]
name = "Same as generated"
url = "{generated.url}"
[[feeds]]
name = "Off"
url = "https://off.example/rss"
enabled = false
"""
    config = parse_config(text, tmp_path / "config.toml")
    feeds = all_feeds(config, [JJOC])
    urls = [f.url for f in feeds]
    assert len(urls) == len(set(urls))
    assert [f.name for f in feeds] == ["Same as generated", "search:google:ja:jjoc-launch"]
    assert "Off" in {f.name for f in all_feeds(config, [JJOC], include_disabled=True)}
    off = parse_config(text.replace('engines = ["google"]', 'enabled = false'),
                       tmp_path / "config.toml")
    assert [f.name for f in all_feeds(off, [JJOC])] == ["Same as generated"]


def test_shipped_claims_give_feeds_for_every_claim() -> None:
    claims = shipped_claims()
    feeds = search_feeds_for(claims, SearchFeedSettings())
    assert {f.name.rsplit(":", 1)[1] for f in feeds} == {c.id for c in claims}
    for feed in feeds:
        query, _ = query_of(feed.url)
        assert 0 < len(query) <= SearchFeedSettings().max_query_chars or " OR " not in query
