"""An app or a site made available: リリース, « mise en ligne », 一般公開.

Words of launching that news of apps, websites and places opened to the public use:
リリース (a release; プレスリリース is a press release, no launch), « mise en ligne »
(put online), 一般公開 (opened to the public). Invented subjects."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

APP = claim(
    "okuhara-bear-app", "Okuhara prefecture will launch its bear-alert app on 1 July 2026.",
    [group("app", en=["Okuhara bear-alert app"], fr=["application d'alerte ours d'Okuhara"],
           ja=["奥原県のクマ出没アプリ", "クマ出没アプリ"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 7, 1), expected_by=date(2026, 7, 1))
MATCHER = Matcher([APP])


@pytest.mark.parametrize(("title", "language"), [
    ("奥原県のクマ出没アプリをリリース", "ja"),
    ("Okuhara : l'application d'alerte ours d'Okuhara mise en ligne", "fr"),
])
def test_an_app_released_is_launched(title: str, language: str) -> None:
    item = entry(title, "", "2026-07-01", language)
    assert verdict_for(MATCHER, item, "okuhara-bear-app") == "confirms"


def test_a_press_release_launches_nothing() -> None:
    item = entry("奥原県、クマ出没アプリについてプレスリリース", "", "2026-07-01", "ja")
    assert verdict_for(MATCHER, item, "okuhara-bear-app") != "confirms"
