"""The matcher travels to worker processes by pickle. Its stemmers may be PyStemmer's C
objects, which do not pickle: a copy makes its own and judges every entry alike."""

from __future__ import annotations

import pickle

from benchmarks.datagen import generated_claims, generated_entries
from tracker.match import Matcher


def test_a_pickled_matcher_judges_entries_alike() -> None:
    claims = generated_claims(20)
    matcher = Matcher(claims)
    copy = pickle.loads(pickle.dumps(matcher))
    entries = generated_entries(300, claims)
    found = [matcher.match(e) for e in entries]
    assert sum(len(f) for f in found) > 0
    assert [copy.match(e) for e in entries] == found
