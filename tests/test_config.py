"""config.toml validation: every error is one line naming the file and the key."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from helpers.project import FIXTURES

from tracker.config import ConfigError, load_config
from tracker.models import HttpSettings

MINIMAL = """
[[feeds]]
name = "One"
url = "https://example.org/rss"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message[len(f"{path}: "):]


def test_the_full_shipped_config_loads_with_real_feeds() -> None:
    """The config as shipped (a frozen copy in tests/fixtures: a user edits config.toml)."""
    config = load_config(FIXTURES / "config.toml")
    assert config.database == FIXTURES / "data" / "claimtracker.sqlite3"
    assert config.digest.output_dir == FIXTURES / "digests"
    assert config.search_feeds.enabled
    languages = {f.language for f in config.feeds}
    assert languages == {"en", "fr", "ja"}
    urls = [f.url for f in config.feeds]
    assert len(urls) == len(set(urls)) >= 20
    # known-dead or stale feeds from feeds-known.md stay out of the default list
    for bad in ("topstories", "www3.nhk.or.jp", "kyodonews.net", "press.xml"):
        assert not any(bad in u for u in urls), bad
    assert config.delivery.email is None  # shipped disabled


def test_minimal_config_gets_defaults_and_relative_paths(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL))
    assert config.http == HttpSettings()
    assert config.schedule.poll_minutes == 60
    assert config.schedule.digest_time == time(7, 0)
    assert config.database == tmp_path.resolve() / "data" / "claimtracker.sqlite3"
    assert config.claims_dir == tmp_path.resolve() / "claims"
    assert config.feeds[0].enabled and config.feeds[0].interval_minutes is None
    assert not config.matcher.learned_judge  # the rules alone unless asked


def test_relative_paths_resolve_against_config_folder_not_cwd(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "conf"
    folder.mkdir()
    write(folder, '[storage]\ndatabase = "db/x.sqlite3"\n[digest]\noutput_dir = "../out"\n'
          '[claims]\ndir = "/abs/claims"\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    config = load_config(Path("../conf/config.toml"))
    assert config.database.resolve() == (folder / "db" / "x.sqlite3").resolve()
    assert config.digest.output_dir.resolve() == (tmp_path / "out").resolve()
    assert config.claims_dir == Path("/abs/claims")
    assert config.path == (folder / "config.toml").resolve()


def test_full_settings_are_read(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, """
[http]
user_agent = "X/1 (+https://example.org)"
connect_timeout = 3
max_bytes = 2048
workers = 4
proxy_from_environment = true
[schedule]
poll_minutes = 15
digest_time = "18:30"
timezone = "Europe/Paris"
[delivery]
apprise_urls = ["json://localhost"]
[delivery.email]
enabled = true
host = "localhost"
security = "ssl"
sender = "a@example.org"
recipients = ["b@example.org"]
password_env = "SMTP_PW"
[search_feeds]
engines = ["bing"]
languages = ["ja"]
max_terms = 1
"""))
    assert config.http.connect_timeout == 3.0 and config.http.workers == 4
    assert config.http.proxy_from_environment
    assert config.schedule.digest_time == time(18, 30)
    assert config.schedule.timezone == "Europe/Paris"
    email = config.delivery.email
    assert email is not None and email.port == 465 and email.password_env == "SMTP_PW"
    assert email.recipients == ("b@example.org",)
    assert config.delivery.apprise_urls == ("json://localhost",)
    assert config.search_feeds.engines == ("bing",) and config.search_feeds.max_terms == 1


def test_toml_local_time_is_accepted_for_digest_time(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "[schedule]\ndigest_time = 06:45:00\n"))
    assert config.schedule.digest_time == time(6, 45)


@pytest.mark.parametrize(("text", "expected"), [
    ("[http]\ntimeout_s = 3\n", "[http] unknown key 'timeout_s'"),
    ("colour = 1\n", "unknown key 'colour'"),
    ("[storage]\ndb = 'x'\n", "[storage] unknown key 'db'"),
    ("[http]\nconnect_timeout = 'ten'\n", "[http] connect_timeout must be a number, got string"),
    ("[http]\nworkers = 0\n", "[http] workers must be at least 1, got 0"),
    ("[http]\nread_timeout = -1\n", "[http] read_timeout must be greater than 0, got -1"),
    ("[http]\nuser_agent = ''\n", "[http] user_agent must not be empty"),
    ("[http]\nproxy_from_environment = 'yes'\n",
     "[http] proxy_from_environment must be true or false, got string"),
    ("[schedule]\npoll_minutes = true\n",
     "[schedule] poll_minutes must be an integer, got boolean"),
    ("[schedule]\ntimezone = 'Mars/Olympus'\n",
     "[schedule] timezone is not a known IANA time zone: 'Mars/Olympus'"),
    ("[schedule]\ndigest_time = '25:00'\n", "[schedule] digest_time must be a time"),
    ("[schedule]\ndigest_time = '7am'\n", "[schedule] digest_time must be a time"),
    ("[digest]\nquiet_days = 1.5\n", "[digest] quiet_days must be an integer, got float"),
    ("[claims]\ndir = 1979-05-27T07:32:00\n", "[claims] dir must be a string, got date-time"),
    ("[digest]\nextra = 1\n", "[digest] unknown key 'extra'"),
    ("[claims]\ndir = 3\n", "[claims] dir must be a string, got integer"),
    ("[delivery]\napprise_urls = 'x'\n",
     "[delivery] apprise_urls must be an array of strings, got string"),
    ("[delivery.email]\npassword = 'hunter2'\n",
     "[delivery.email] password is not allowed: credentials never go in the file"),
    ("[delivery.email]\nusername = 'me'\n", "[delivery.email] username is not allowed"),
    ("[delivery.email]\nsecurity = 'tls'\n",
     "[delivery.email] security must be ssl, starttls or none, got 'tls'"),
    ("[delivery.email]\nenabled = true\nsender = 'a@b.c'\nrecipients = ['x@y.z']\n",
     "[delivery.email] host is required"),
    ("[delivery.email]\nenabled = true\nhost = 'h'\nsender = 'a@b.c'\n",
     "[delivery.email] recipients must list at least one address"),
    ("[delivery.email]\npassword_env = 'MY PASSWORD'\n",
     "[delivery.email] password_env must be an environment variable name"),
    ("[delivery.email]\nport = 70000\n", "[delivery.email] port must be at most 65535"),
    ("[delivery.email]\nsender = 'nobody'\n", "[delivery.email] 'nobody' is not an e-mail"),
    ("[search_feeds]\nengines = ['yahoo']\n", "[search_feeds] engines has unknown engine 'yahoo'"),
    ("[search_feeds]\nlanguages = ['de']\n",
     "[search_feeds] languages has unsupported language 'de'"),
    ("[search_feeds]\nenabled = 'yes'\n",
     "[search_feeds] enabled must be true or false, got string"),
    ("[matcher]\nlearned_judge = 'yes'\n",
     "[matcher] learned_judge must be true or false, got string"),
    ("[matcher]\njudge = true\n", "[matcher] unknown key 'judge'"),
    ("http = 3\n", "http must be a table, got integer"),
    ("feeds = 3\n", "feeds must be an array of tables"),
])
def test_section_errors_name_the_key(tmp_path: Path, text: str, expected: str) -> None:
    assert error_of(tmp_path, text).startswith(expected)


def feeds_text(*bodies: str) -> str:
    return "".join(f"[[feeds]]\n{body}\n" for body in bodies)


OK = 'name = "A"\nurl = "https://a.example/rss"'


@pytest.mark.parametrize(("third", "expected"), [
    ('name = "C"\nurl = "https://c.example/rss"\ninterval_minutes = "5"',
     "feeds[3].interval_minutes must be an integer, got string"),
    ('name = "C"\nurl = "https://c.example/rss"\nintervall = 5',
     "feeds[3] unknown key 'intervall'"),
    ('name = "C"', "feeds[3].url is required"),
    ('url = "https://c.example/rss"', "feeds[3].name is required"),
    ('name = "C"\nurl = "ftp://c.example/rss"',
     "feeds[3].url must be an http:// or https:// URL (scheme: ftp)"),
    ('name = "C"\nurl = "file:///etc/passwd"', "feeds[3].url must be an http:// or https://"),
    ('name = "C"\nurl = "c.example/rss"', "feeds[3].url must be an http:// or https://"),
    ('name = "C"\nurl = "https:///rss"', "feeds[3].url has no host name"),
    ('name = "C"\nurl = "https://a.example/rss"',
     "feeds[3].url duplicates feeds[1].url ('https://a.example/rss')"),
    ('name = "A"\nurl = "https://c.example/rss"', "feeds[3].name duplicates feeds[1].name"),
    ('name = "search:x"\nurl = "https://c.example/rss"', "feeds[3].name must not start with"),
    ('name = "C"\nurl = "https://c.example/rss"\nlanguage = "Japanese"',
     "feeds[3].language must be a language code"),
    ('name = "C"\nurl = "https://c.example/rss"\nenabled = 1',
     "feeds[3].enabled must be true or false, got integer"),
    ('name = "C"\nurl = "https://c.example/rss"\ninterval_minutes = 0',
     "feeds[3].interval_minutes must be at least 1"),
])
def test_feed_errors_name_the_item_and_key(tmp_path: Path, third: str, expected: str) -> None:
    text = feeds_text(OK, 'name = "B"\nurl = "http://b.example/rss"', third)
    assert error_of(tmp_path, text).startswith(expected)


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    message = error_of(tmp_path, "[http]\nworkers = \n")
    assert message.startswith("invalid TOML:") and "line 2" in message


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=r"nope\.toml: no such file"):
        load_config(path)


def test_non_utf8_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'[storage]\ndatabase = "\xff"\n')
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(path)


def test_disabled_email_is_none_even_with_fields(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "[delivery.email]\nenabled = false\nhost = 'h'\n"))
    assert config.delivery.email is None


@pytest.mark.parametrize(("text", "configured"), [
    ("", False),
    ("[delivery]\napprise_urls = []\n", False),
    ("[delivery.email]\nenabled = false\nhost = 'h'\n", False),
    ("[delivery]\napprise_urls = ['json://localhost']\n", True),
    ("[delivery.email]\nenabled = true\nhost = 'h'\nsender = 'a@b.c'\nrecipients = ['x@y.z']\n",
     True),
])
def test_delivery_is_configured_by_email_or_alerts(tmp_path: Path, text: str,
                                                   configured: bool) -> None:
    assert load_config(write(tmp_path, MINIMAL + text)).delivery.configured is configured


def test_the_learned_judge_is_turned_on_in_matcher(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL + "[matcher]\nlearned_judge = true\n"))
    assert config.matcher.learned_judge
