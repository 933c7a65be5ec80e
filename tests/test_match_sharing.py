"""A built matcher keeps equal values once (tracker/match/sharing.py): it is copied
into every parse/match worker, so its size counts once per process."""

from __future__ import annotations

import pickle
from collections import defaultdict

from helpers.invented import claim, entry, group

from tracker.match import Matcher
from tracker.match.finding.lexicon import EventClass
from tracker.match.matcher import SHARE_FROM
from tracker.match.sharing import share_equal_values
from tracker.models import Claim, ClaimKind, GroupRole, TermGroup


def _term_group(words: list[str]) -> TermGroup:
    # tuples built at run time: equal constants in one function are one object already
    return TermGroup(name="depot", role=GroupRole.REQUIRED, terms={"en": tuple(words)},
                     entities=tuple(words[:1]))


def test_equal_values_become_one_instance() -> None:
    # frozen dataclasses of the tracker
    first, second = _term_group(["quay", "ferry"]), _term_group(["quay", "ferry"])
    by_id: defaultdict[str, list[frozenset[int]]] = defaultdict(list)
    by_id["quay"] += [frozenset(range(700, 702)), frozenset(range(700, 702))]
    assert first.terms["en"] is not second.terms["en"]
    assert by_id["quay"][0] is not by_id["quay"][1]
    share_equal_values({"groups": [first, second], "ids": by_id})
    assert first.terms["en"] is second.terms["en"] and first.entities is second.entities
    assert by_id["quay"][0] is by_id["quay"][1]
    # values are equal to what they were; a defaultdict keeps its factory
    assert first.terms == {"en": ("quay", "ferry")} and first.entities == ("quay",)
    assert by_id["new"] == [] and isinstance(by_id, defaultdict)


def test_mutable_values_are_never_merged() -> None:
    a, b = [1000], [1000]  # equal, and mutable
    holder = {"a": a, "b": b}
    share_equal_values(holder)
    assert holder["a"] is a and holder["b"] is b
    a.append(1)
    assert holder["b"] == [1000]


def test_a_library_object_is_left_alone() -> None:
    class Foreign:  # defined outside the tracker package
        def __init__(self) -> None:
            self.ids = frozenset(range(900, 901))

    foreign, own = Foreign(), {"ids": frozenset(range(900, 901))}
    share_equal_values({"foreign": foreign, "own": own})
    assert foreign.ids is not own["ids"]


def _claims() -> list[Claim]:
    return [claim(f"velmora-depot-{n}", f"Velmora will open bus depot {n} by September.",
                  [group("depot", en=(f"depot {n}",)), group("city", en=("Velmora",)),
                   group("bus", GroupRole.OPTIONAL, en=("bus",))], kind=ClaimKind.EVENT)
            for n in range(30)]


def test_a_matcher_shares_its_claims_equal_sets_across_a_pickle() -> None:
    matcher = Matcher(_claims())
    readings = list(matcher.readings().values())
    assert len({id(r.own_days) for r in readings}) == 1  # 30 equal empty sets, one kept
    copy = pickle.loads(pickle.dumps(matcher))
    assert len({id(r.own_days) for r in copy.readings().values()}) == 1


def test_sharing_changes_no_finding() -> None:
    news = entry("Velmora opens bus depot 7", "The depot opened on Monday.", "2026-06-02", "en")
    matcher = Matcher(_claims())
    findings = matcher.match(news)
    assert [f.claim_id for f in findings] == ["velmora-depot-7"]
    assert findings == pickle.loads(pickle.dumps(matcher)).match(news)


def test_enum_members_are_not_replaced_by_their_equal_strings() -> None:
    # a StrEnum member equals its string, so a set of members equals a set of strings;
    # sharing them made a claim's event classes plain strings ('str' has no 'value')
    word_set, word_pair = frozenset({"persist"}), ("persist", 1)
    class_set, class_pair = frozenset({EventClass.PERSIST}), (EventClass.PERSIST, 1)
    holder: dict[str, list[object]] = {"words": [word_set, word_pair],
                                       "classes": [class_set, class_pair]}
    share_equal_values(holder)
    shared_set, shared_pair = holder["classes"]
    assert isinstance(shared_set, frozenset) and isinstance(shared_pair, tuple)
    assert all(isinstance(c, EventClass) for c in shared_set)
    assert isinstance(shared_pair[0], EventClass)
    assert holder["words"] == [frozenset({"persist"}), ("persist", 1)]


def test_a_built_matcher_keeps_each_claims_event_classes_as_classes() -> None:
    # a target whose statement holds a word of persisting ("keep"), and a state claim
    target = claim("castle-fund", "The city will collect ¥3 billion toward the keep.",
                   [group("fund", ja=["寄付"])], kind=ClaimKind.TARGET)
    state = claim("wall-closure", "The stone walls will stay closed to visitors.",
                  [group("walls", ja=["石垣"])], kind=ClaimKind.STATE)
    # enough claims that the matcher shares its values (matcher.SHARE_FROM)
    readings = Matcher([target, state, *_claims()]).readings()
    assert len(_claims()) + 2 >= SHARE_FROM
    for reading in (readings["castle-fund"], readings["wall-closure"]):
        assert reading.events and all(isinstance(c, EventClass) for c in reading.events)


def test_a_small_matcher_is_not_walked() -> None:
    # below SHARE_FROM claims the walk costs more than it saves: equal values stay apart
    matcher = Matcher(_claims()[: SHARE_FROM - 1])
    readings = list(matcher.readings().values())
    assert len({id(r.own_days) for r in readings}) > 1
    news = entry("Velmora opens bus depot 7", "The depot opened on Monday.", "2026-06-02", "en")
    assert [f.claim_id for f in matcher.match(news)] == ["velmora-depot-7"]
