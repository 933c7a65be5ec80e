"""The learned judge (tracker/match/learned.py): a veto on the rules' flags, from
weights fitted on the labelled sets (tools/train_judge.py). Subjects are invented."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest
from helpers.invented import TRAM, entry, verdict_for
from helpers.project import FIXTURES, REPO

from tracker.match import Matcher
from tracker.match.explain import explain
from tracker.match.finding.lexicon import EventClass
from tracker.match.learned import JudgeFileError, JudgeWeights, parse_weights, shipped_weights
from tracker.match.table import Modality, Role, Timing
from tracker.models import ClaimKind, Verdict

OPENED = entry("Velmora's Line 4 tram opens to passengers", "", "2026-09-01", "en")
PREVIEW = entry("Velmora's Line 4 tram to open in September", "", "2026-06-01", "en")


def _weights(intercept: float, **weights: float) -> JudgeWeights:
    return JudgeWeights(intercept, 0.4, {k.replace("__", "="): v for k, v in weights.items()})


def test_the_rules_alone_and_a_neutral_judge_agree() -> None:
    neutral = _weights(10.0)  # every decision likely news: nothing to veto
    assert verdict_for(Matcher([TRAM], learned=False), OPENED, "velmora-tram") == "confirms"
    assert verdict_for(Matcher([TRAM], learned=neutral), OPENED, "velmora-tram") == "confirms"


def test_an_unlikely_flag_becomes_a_mention_and_explain_says_why() -> None:
    doubtful = _weights(0.0, ours__confirms=-20.0)
    matcher = Matcher([TRAM], learned=doubtful)
    assert verdict_for(matcher, OPENED, "velmora-tram") == "mentions"
    lines = explain(matcher, OPENED)
    assert any("learned judge: p=0.00 under 0.40: confirms -> mentions" in line
               for line in lines), lines


def test_the_judge_makes_no_flag_of_its_own() -> None:
    eager = _weights(20.0)  # every decision "likely news"
    assert verdict_for(Matcher([TRAM], learned=eager), PREVIEW, "velmora-tram") == "mentions"


def test_the_shipped_weights_load_and_name_only_features_the_matcher_makes() -> None:
    weights = shipped_weights()
    assert weights is not None
    assert 0.0 < weights.threshold < 1.0
    values = {
        "ours": {v.value for v in Verdict}, "kind": {k.value for k in ClaimKind},
        "timing": {t.value for t in Timing}, "role": {r.value for r in Role} | {"none"},
        "modality": {m.value for m in Modality} | {"none"},
        "source": {c.value for c in EventClass} | {"claim", "figure", "none"},
        "lang": {"en", "fr", "ja"},
    }
    numbers = {"title", "title_subject", "title_hit", "shared", "later", "note",
               "nframes", "nflag_frames", "nclaims", "others_flagged", "others_flagged>0",
               "nsent"}
    pairs = {"ours×kind": ("ours", "kind"), "role×mod": ("role", "modality"),
             "kind×role": ("kind", "role"), "ours×timing": ("ours", "timing")}
    for name in weights.weights:
        if name in numbers:
            continue
        key, _, value = name.partition("=")
        if key in pairs:
            first, second = value.split("|")
            assert first in values[pairs[key][0]] and second in values[pairs[key][1]], name
        else:
            assert value in values[key], name


@pytest.mark.parametrize("text", [
    "intercept = 1.0\nthreshold = 0.4\n",  # no weights
    "intercept = 'high'\nthreshold = 0.4\n[weights]\n",
    "intercept = 1.0\nthreshold = 0.4\n[weights]\n\"ours=confirms\" = [1]\n",
    "intercept = ",
])
def test_a_malformed_weights_file_is_named(text: str) -> None:
    with pytest.raises(JudgeFileError, match=r"judge\.toml"):
        parse_weights(text)


def _train_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_judge", REPO / "tools" / "train_judge.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_never_reads_a_hold_out() -> None:
    tool = _train_tool()
    names = {gold_dir.name for gold_dir, _, _ in tool.labelled_sets()}
    assert not names & tool.HOLD_OUTS
    # the hold-outs it names exist (a renamed one would be read for training)
    present = {p.name for p in FIXTURES.glob("eval-*")}
    assert tool.HOLD_OUTS - {"eval-dev2"} <= present
    assert {"eval-teachers-pay", "eval-seed-news"} <= names



def test_turning_the_judge_on_or_off_re_judges_stored_entries() -> None:
    """Findings carry the judge in their version, so the service re-matches on a switch."""
    from tracker.service.with_config import version_for

    assert version_for(True) != version_for(False)
    assert version_for(True).startswith(version_for(False))
