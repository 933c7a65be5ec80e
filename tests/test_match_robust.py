"""No entry text or date can make the matcher raise: random mixes of claim terms,
lexicon words, dates and punctuation, published anywhere from year 1 to 9999."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

from tracker.match import Matcher
from tracker.match.finding.lexicon import load_lexicon
from tracker.models import Claim, ClaimKind, Entry, GroupRole, TermGroup, Verdict

WORDS = ["Quill Valley dam", "Quill", "dam", "Borovia", "reservoir", "opens", "Saturday",
         "on March 3", "le 24 mars", "3月24日", "in spring", "next week", ",", ";", "(", ")",
         "、", "。", "—", "40%", "10,000", "n't", "U.S.", "ダム", "完成", "せず", "へ", "予定"]


def claims() -> list[Claim]:
    made = []
    for number, kind in enumerate([*ClaimKind, None]):
        made.append(Claim(
            id=f"dam-{number}",
            statement="The Quill Valley dam will be completed by 2027 and hold 10,000 m3 a day.",
            seed="s",
            claimed_on=date(1, 1, 1) if number == 0 else date(2025, 1, 1),
            source_language="en",
            source_text="…",
            groups=(TermGroup("dam", GroupRole.REQUIRED,
                              {"en": ("Quill Valley dam", "Quill"), "ja": ("ダム",)}),
                    TermGroup("country", GroupRole.OPTIONAL, {}, entities=("japan",))),
            cues={Verdict.CONFIRMS: {"en": ("completed",)}},
            kind=kind,
            expected_from=date(1, 1, 2) if number == 1 else None,
            expected_by=date(9999, 12, 31) if number == 2 else date(2027, 12, 31),
        ))
    return made


def test_random_entries_never_raise() -> None:
    rng = random.Random(12)
    lexicon = load_lexicon()
    vocabulary = WORDS + [w for by_lang in lexicon.classes.values()
                          for words in by_lang.values() for w in words[:6]]
    vocabulary += [w for by_lang in lexicon.modifiers.values()
                   for words in by_lang.values() for w in words[:4]]
    matcher = Matcher(claims())
    judged = 0
    for _ in range(1500):
        title = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 12)))
        summary = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 40)))
        year = rng.choice([1, 2, 1999, 2025, 2026, 9998, 9999])
        published = datetime(year, rng.randint(1, 12), rng.randint(1, 28), tzinfo=UTC)
        if rng.random() < 0.1:
            published = datetime(9999, 12, 31, 23, 59, tzinfo=UTC)
        language = rng.choice(["en", "fr", "ja", None, "de"])
        findings = matcher.match(Entry("t", title, summary, published=published,
                                       language=language))
        judged += len(findings)
    assert judged > 100  # the texts did reach the verdict rules
