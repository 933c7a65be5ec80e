"""One rule for language codes, shared by config feeds, OPML imports and claim files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.config import load_config
from tracker.errors import ConfigError
from tracker.feeds.opml import import_opml
from tracker.languages import is_language_code, is_language_tag


@pytest.mark.parametrize("code", ["en", "fr", "ja", "de", "pt", "zh"])
def test_iso_639_1_codes_are_language_codes(code: str) -> None:
    assert is_language_code(code)
    assert is_language_tag(code)


@pytest.mark.parametrize("code", ["jp", "cn", "FR", "french", "fil", "pt-BR", "", "e"])
def test_other_text_is_no_language_code(code: str) -> None:
    assert not is_language_code(code)


@pytest.mark.parametrize("tag", ["pt-BR", "zh-Hant", "en-GB", "fil", "yue", "sr-Latn-RS"])
def test_tags_take_subtags_and_three_letter_codes(tag: str) -> None:
    assert is_language_tag(tag)


@pytest.mark.parametrize("tag", ["jp", "cn-ZH", "Japanese", "EN", "en-", "en_GB", "en-G",
                                 "abcd", "", "en\n"])
def test_tags_reject_slips_and_malformed_text(tag: str) -> None:
    assert not is_language_tag(tag)


def feed_config(tmp_path: Path, language: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[[feeds]]\nname = "A"\nurl = "https://a.example/rss"\n'
                    f'language = "{language}"\n', encoding="utf-8")
    return path


def test_config_feed_language_rejects_what_a_claim_file_rejects(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"feeds\[1\]\.language must be a language code"
                                          r".*got 'jp'"):
        load_config(feed_config(tmp_path, "jp"))


@pytest.mark.parametrize("tag", ["ja", "pt-BR", "fil"])
def test_config_feed_language_accepts_tags(tmp_path: Path, tag: str) -> None:
    assert load_config(feed_config(tmp_path, tag)).feeds[0].language == tag


def test_opml_import_drops_a_language_that_is_no_code() -> None:
    document = b"""<opml version="1.0"><body>
  <outline text="A" xmlUrl="https://a.example/rss" language="jp"/>
  <outline text="B" xmlUrl="https://b.example/rss" language="pt-BR"/>
</body></opml>"""
    found = import_opml(document, "in.opml")
    assert [f.language for f in found.feeds] == [None, "pt-br"]
