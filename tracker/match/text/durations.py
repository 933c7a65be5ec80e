"""How long a stop lasts: "for three months", "pendant six semaines", 3カ月間停止 make a
stop a pause, not the end of the plan."""

from __future__ import annotations

import re

from tracker.match.finding.lexicon import Lexicon
from tracker.match.text.normalize import fold

_SPAN_OF_TIME = re.compile(
    r"\b(?:for|pour|pendant|durant)\s+(?:a|an|one|two|three|four|five|six|several|a few|"
    r"un|une|deux|trois|quatre|cinq|six|quelques|plusieurs|\d+)\s+(?:more\s+)?"
    r"(?:day|week|month|year|jour|semaine|mois|an|annee)s?\b"
    r"|(?:\d+|一|二|三|四|五|六|数)(?:日|週|週間|カ月|か月|ヶ月|ケ月)(?:間)?(?:にわたり|の間|程度)?"
    r"(?:停止|休止|中断|閉鎖|運休|休航|休館|休業|通行止め|見合わせ)")


# 6月中の公布見送り, 年内の開業を断念: the thing forgone is bounded to a time, so it is put
# off, not dropped
_FOR_A_TIME = re.compile(
    r"(?:\d+\s*月\s*(?:中|末|内|中旬|上旬|下旬)?|月(?:中|末|内|中旬|上旬|下旬)|年内|年度内|今月"
    r"|今週|今国会)\s*の"
    r"[^、。\s]{1,8}(?:を|の|は|が)?\s*(?:見送|断念|見合わせ)")


def forgone_for_a_time(clause: str) -> bool:
    """The folded Japanese clause forgoes a thing bounded to a time (6月中の公布見送り,
    年内の開業を断念): a delay, not the end of the plan."""
    return _FOR_A_TIME.search(clause) is not None


def for_a_span(clause: str) -> bool:
    """The folded clause says how long a stop lasts ("for three months", "pendant six
    semaines", 3カ月間停止): a pause, not the end of the plan."""
    return _SPAN_OF_TIME.search(clause) is not None


def allows_no_pause(lexicon: Lexicon, statement: str, language: str) -> bool:
    """A state claimed without a break ("will remain open throughout the works",
    "year-round", 工事期間中も): a pause of it breaks it, as a closure does."""
    text = fold(statement)
    return any(fold(w) in text for w in lexicon.unbroken.get(language, ()))
