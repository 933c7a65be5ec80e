"""The word before and after a token, as the reading rules look them up.

Many rules ask for the folded word next to a hit ("the fall of 2026", « la rencontre »);
the entry's first and last tokens have no neighbour on one side."""

from __future__ import annotations

from tracker.match.text.normalize import Stemmer
from tracker.match.text.view import view_of_texts


def test_neighbours_inside_the_entry() -> None:
    view = view_of_texts("Brindle library opens in the fall", "", "en", Stemmer())
    raws = [t.raw for t in view.tokens]
    at = raws.index("opens")
    assert view.raw_before(at) == "library"
    assert view.raw_after(at) == "in"


def test_no_neighbour_past_either_end() -> None:
    view = view_of_texts("Brindle library opens", "", "en", Stemmer())
    assert view.raw_before(0) == ""
    assert view.raw_after(len(view.tokens) - 1) == ""


def test_neighbours_run_across_the_title_and_summary() -> None:
    # tokens are numbered across sentences: the summary's first word follows the title's last
    view = view_of_texts("Library opens", "Crowds arrive early.", "en", Stemmer())
    raws = [t.raw for t in view.tokens]
    assert view.raw_after(raws.index("opens")) == "crowds"
