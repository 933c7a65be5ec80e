"""``claimtracker lexicon``: what a word is read as, and the lexicon's word lists, so
that a user can tell whether a cue is needed before writing it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tracker.cli import main
from tracker.match.finding.lexicon_lookup import look_up
from tracker.models import ClaimKind, Verdict


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["lexicon", *args])
    return result.exit_code, result.stdout, result.stderr


def test_a_word_is_looked_up_as_the_matcher_reads_it() -> None:
    # "approved" is read as the entry "approve" (lemma and stem)
    found = {(f.language, f.word, f.name) for f in look_up("approved", "en")}
    assert ("en", "approve", "decided") in found
    # a French participle and a Japanese word
    assert ("fr", "rouvrir", "occurred") in {(f.language, f.word, f.name)
                                             for f in look_up("rouvert")}
    assert [f.name for f in look_up("延期", "ja") if f.table == "class"] == ["delay"]
    # a Japanese word holds the lexicon words inside it, as the matcher reads them
    assert "cancel" in {f.name for f in look_up("見送り", "ja")}
    assert look_up("topped out", "en") == []
    # a form matched as written ("residents" makes a sentence a third party's view, and
    # after a meeting's name counts its crowd)
    assert {(f.table, f.name) for f in look_up("residents", "en")} == {
        ("modifier", "third_party"), ("marker", "audience_words")}
    # a word that only stems like a lexicon word is none ("authority", not "authorize"):
    # it shows as the marker that says so
    assert [(f.table, f.name) for f in look_up("authority", "en")] == [("marker",
                                                                        "other_words")]
    assert "decided" in {f.name for f in look_up("authorized", "en")}


def test_an_event_word_gives_each_kind_its_verdict() -> None:
    approve = next(f for f in look_up("approves", "en") if f.word == "approve")
    assert approve.verdicts[ClaimKind.DECISION] is Verdict.CONFIRMS
    assert approve.verdicts[ClaimKind.EVENT] is Verdict.UPDATES  # a decision on the way
    cancel = next(f for f in look_up("cancelled", "en") if f.name == "cancel")
    assert set(cancel.verdicts.values()) == {Verdict.CONTRADICTS}


def test_show_prints_classes_modifiers_and_unknown_words() -> None:
    code, out, _ = run("show", "opened", "--language", "en")
    assert code == 0
    assert out.startswith("en 'open': event class 'occurred'; its verdict when reported "
                          "as done, by claim kind — event: confirms, decision: updates,")
    code, out, _ = run("show", "considers", "--language", "en")
    assert out.strip() == ("en 'consider': modifier 'hedge' (changes how an event word "
                           "near it is read)")
    code, out, _ = run("show", "welcomes guests")
    assert code == 0
    assert "is no general word in en, fr or ja" in out
    code, out, _ = run("show", "postponed", "--language", "en", "--format", "json")
    assert {r["word"] for r in json.loads(out)} >= {"postpone"}
    assert all(r["verdicts"]["event"] == "updates" for r in json.loads(out))


def test_show_names_the_marker_lists_that_hold_a_word() -> None:
    # a price word makes "a 6% pay rise" a price, no count of a target
    code, out, _ = run("show", "fares", "--language", "en")
    assert code == 0
    assert out.strip() == ("en 'fares': marker list 'price_words' (changes how the words "
                           "around it are read; docs/matching.md, Lexicon)")
    assert {(f.language, f.name) for f in look_up("in March")} == {("en", "month_words")}
    assert ("ja", "price_words") in {(f.language, f.name) for f in look_up("運賃")}
    # a marker is matched as written, not by its stem
    assert not any(f.table == "marker" for f in look_up("fared", "en"))


def test_list_prints_one_line_per_class_and_language() -> None:
    code, out, _ = run("list", "delay", "--language", "ja")
    assert code == 0
    assert out.count("\n") == 1 and out.startswith("class delay ja: ") and "延期" in out
    code, _, err = run("list", "nothing")
    assert code != 0
    assert "no event class or modifier 'nothing'" in err


def test_show_names_the_words_inside_a_phrase() -> None:
    # a user tries a phrase: the words the matcher reads in it are named, with the phrase
    code, out, _ = run("show", "completes sale", "--language", "en")
    assert code == 0
    assert out.startswith("en 'complete' (in 'completes sale'): event class 'occurred'")
    # a gapped word is found by its parts in order ("se sont retrouvés")
    assert ("met", True) in {(f.name, f.inside) for f in look_up("se sont retrouvés", "fr")}
    # the whole word is not "inside" anything
    assert [f.inside for f in look_up("approved", "en") if not f.holds] == [False, False]


def test_show_names_the_phrases_that_hold_a_word_that_is_none() -> None:
    # "assister" alone is no general word, but "assister à" is: a cue "assister à"
    # repeats it, and the user should know before writing one
    code, out, _ = run("show", "assister", "--language", "fr")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("'assister' is no general word in fr")
    assert any(line.startswith("fr 'assister à' (holds 'assister'): event class 'met'")
               for line in lines), out
    # a general word of its own lists no phrase that holds it
    _, out, _ = run("show", "approve", "--language", "en")
    assert "holds" not in out


def test_show_says_what_a_word_family_does() -> None:
    """"appoint" is a step for most claims but reports the decision of a claim whose
    statement chooses ("will appoint a contractor"): claim writers of rounds 27-29
    read the step line alone and wrote the family's words as cues."""
    code, out, _ = run("show", "appoint", "--language", "en")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].startswith("en 'appoint': event class 'step'")
    assert lines[1] == ("en 'appoint': word family 'selections': for a decision claim whose "
                        "statement uses one of its words (\"will appoint a contractor\"), "
                        "every word of the family reports its decision, in every language "
                        "(docs/matching.md, word families)")


def test_a_threat_word_shows_the_update_it_gives() -> None:
    # a threat ("lawsuit", « recours ») is a stop only sought: an update, as the matcher
    # reads it (rule 7), not a contradiction (claim writer of round 64)
    for word, language in (("lawsuit", "en"), ("recours", "fr")):
        threat = next(f for f in look_up(word, language) if f.name == "threat")
        assert set(threat.verdicts.values()) == {Verdict.UPDATES}
