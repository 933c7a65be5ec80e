"""A paper named after a place (``publisher.py``): the Kelmarsh Gazette writes "the
tourist tax took effect" and its readers know which town. When the feed's name (or an
aggregator item's publisher) names a required group of names, its items may leave the
group out. Subjects are invented; each flagged case had no finding before the rule;
the others are guards: another feed, a catalogue country, a search feed, a title that
names no other required group, a group of things."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import Claim, ClaimKind, GroupRole

# Seeds in Japanese: an English or French item is no local news by ``omitted.py``, nor
# a Japanese one whose title names someone the claim does not (a katakana word)
TAX = replace(claim(
    "kelmarsh-tourist-tax", "Kelmarsh will start collecting its tourist tax on 1 July 2027.",
    [group("kelmarsh", en=["Kelmarsh"], fr=["Kelmarsh"], ja=["ケルマーシュ", "慶丸"]),
     group("tax", en=["tourist tax", "bed tax"], fr=["taxe de séjour"], ja=["宿泊税"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 7, 31),
), source_language="ja", source_text="慶丸市は2027年7月1日から宿泊税を徴収する。")
# a sibling shares the town, so the town is no claim's subject (a subject is never
# left out)
MUSEUM = replace(claim(
    "kelmarsh-museum", "Kelmarsh will reopen its harbour museum by June 2027.",
    [group("kelmarsh", en=["Kelmarsh"], fr=["Kelmarsh"], ja=["ケルマーシュ", "慶丸"]),
     group("museum", en=["harbour museum"], fr=["musée du port"], ja=["港湾博物館"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
), source_language="ja", source_text="慶丸市は2027年6月までに港湾博物館を再開する。")
COUNTRY = claim(
    "japan-tourist-tax", "Japan will start collecting a departure tax in 2027.",
    [group("japan", entities=["japan"]), group("tax", en=["departure tax"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 12, 31),
)
CLAIMS = [TAX, MUSEUM, COUNTRY]
_MATCHER: list[Matcher] = []


def _verdict(claim_id: str, title: str, language: str, feed: str | None,
             source: str | None = None, claims: list[Claim] | None = None) -> str | None:
    if claims is None:
        if not _MATCHER:
            _MATCHER.append(Matcher(CLAIMS))
        matcher = _MATCHER[0]
    else:
        matcher = Matcher(claims)
    item = replace(entry(title, "", "2027-07-01", language), feed_name=feed,
                   source_name=source)
    return verdict_for(matcher, item, claim_id)


@pytest.mark.parametrize(("title", "language", "feed"), [
    ("Tourist tax takes effect at every hotel", "en", "The Kelmarsh Gazette"),
    ("La taxe de séjour entre en vigueur ce matin", "fr", "Le Courrier de Kelmarsh"),
    # a katakana word the claim does not know: no local news by ``omitted.py``
    ("宿泊税の徴収始まる ホテル業界は歓迎", "ja", "慶丸日報"),
])
def test_a_paper_named_after_the_town_may_leave_the_town_out(
        title: str, language: str, feed: str) -> None:
    assert _verdict("kelmarsh-tourist-tax", title, language, feed) == "confirms"
    assert _verdict("kelmarsh-tourist-tax", title, language, "Northern Wire") is None


def test_an_aggregator_items_publisher_counts_as_the_paper() -> None:
    assert _verdict("kelmarsh-tourist-tax", "Tourist tax takes effect at every hotel",
                    "en", "Google News", source="Kelmarsh Evening Post") == "confirms"


@pytest.mark.parametrize(("claim_id", "title", "feed"), [
    # a catalogue country is named by any paper writing of it from abroad
    ("japan-tourist-tax", "Departure tax now collected at airports", "Japan Wire"),
    # a search feed's name is made from a claim's id
    ("kelmarsh-tourist-tax", "Tourist tax takes effect at every hotel",
     "search:google:en:kelmarsh-tourist-tax"),
    # the title names no other required group of the claim
    ("kelmarsh-museum", "Tourist tax takes effect at every hotel", "The Kelmarsh Gazette"),
])
def test_guards(claim_id: str, title: str, feed: str) -> None:
    assert _verdict(claim_id, title, "en", feed) is None


def test_a_group_of_things_is_never_supplied_by_the_feed() -> None:
    """Only a group of names: a "Tourist Tax Weekly" does not make every item about
    the tax."""
    assert _verdict("kelmarsh-tourist-tax", "Kelmarsh council meets on Monday", "en",
                    "Tourist Tax Weekly") is None


def test_explain_says_which_group_the_feed_named() -> None:
    from tracker.match.explain import explain, explain_records

    matcher = Matcher(CLAIMS)
    item = replace(entry("Tourist tax takes effect at every hotel", "", "2027-07-01", "en"),
                   feed_name="The Kelmarsh Gazette")
    lines = explain(matcher, item, "kelmarsh-tourist-tax")
    assert "  named by the feed 'The Kelmarsh Gazette': kelmarsh" in lines
    assert explain_records(matcher, item, "kelmarsh-tourist-tax")[0]["named_by_feed"] == [
        "kelmarsh"]


def test_an_exclude_group_in_the_feed_name_supplies_nothing() -> None:
    rival = replace(TAX, groups=(*TAX.groups, group("rival", GroupRole.EXCLUDE,
                                                    en=["Ostmere"])))
    assert _verdict("kelmarsh-tourist-tax", "Tourist tax takes effect at every hotel",
                    "en", "Ostmere Herald", claims=[rival, MUSEUM]) is None


def test_only_the_start_of_a_long_publisher_name_is_read() -> None:
    """An item's <source> is untrusted: a name of any length costs no more than a short
    one, and a town named past its start supplies nothing."""
    long_name = "x" * 5000 + " Kelmarsh"
    assert _verdict("kelmarsh-tourist-tax", "Tourist tax takes effect at every hotel", "en",
                    "Google News", source=long_name) is None


# the town's group written out as a user may ("town of Kelmarsh", a demonym in lower
# case): most of its terms are not capitalised, so it is no group of names
WRITTEN_OUT = replace(TAX, id="kelmarsh-tax-written-out", groups=(
    group("kelmarsh", en=["Kelmarsh", "town of Kelmarsh", "kelmarshian"],
          fr=["Kelmarsh", "ville de Kelmarsh", "kelmarshois"], ja=["慶丸"]),
    TAX.groups[1]))


@pytest.mark.parametrize(("title", "language", "feed", "expected"), [
    ("Tourist tax takes effect at every hotel", "en", "The Kelmarsh Gazette", "confirms"),
    ("La taxe de séjour entre en vigueur ce matin", "fr", "Le Courrier de Kelmarsh",
     "confirms"),
    # guards: a paper named after nobody, and one named by a lower-case term only
    ("Tourist tax takes effect at every hotel", "en", "Northern Wire", None),
    ("Tourist tax takes effect at every hotel", "en", "The kelmarshian", None),
])
def test_a_group_written_partly_as_things_is_supplied_by_its_capitalised_name(
        title: str, language: str, feed: str, expected: str | None) -> None:
    """« ville de Kelmarsh » beside "Kelmarsh" makes the group no group of names, but
    "Le Courrier de Kelmarsh" still names the town. Before, the feed supplied only a
    group of names, and such a group of a local paper's items was never left out."""
    assert _verdict("kelmarsh-tax-written-out", title, language, feed,
                    claims=[WRITTEN_OUT, MUSEUM]) == expected
