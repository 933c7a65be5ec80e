"""A bill's name is also the act it becomes: the "Disposable Vapes Bill" is the
"Disposable Vapes Act" once passed (« projet de loi Climat », « loi Climat »;
電子たばこ禁止法案, 電子たばこ禁止法). News of the vote and after names the act, so a
claim's term naming a bill also finds the act. The words are the lexicon's
``bill_words`` and ``act_words``, paired by position; a bill word is replaced as a
whole word, as written (English "Bill" only with its capital: a named bill)."""

from __future__ import annotations

import re

from tracker.match.finding.lexicon import Lexicon
from tracker.match.text.article_forms import contracted_forms
from tracker.match.text.compounds import term_forms


def enacted_forms(term: str, language: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The term with its bill word made the act's ("Vapes Bill" → "Vapes Act")."""
    bills = lexicon.bill_words.get(language, ())
    acts = lexicon.act_words.get(language, ())
    forms: list[str] = []
    for bill, act in zip(bills, acts, strict=False):
        if language == "ja":
            form = term.replace(bill, act) if term.endswith(bill) else term
        else:
            form = re.sub(rf"(?<!\w){re.escape(bill)}(?!\w)", act, term)
        if form != term:
            forms.append(form)
    return tuple(forms)


def term_variants(term: str, language: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Every form a claim's term is found in: itself and its act's name, each with its
    other Japanese compound form (``compounds.py``) or its French article merged into a
    preposition (``article_forms.py``: « du Département »)."""
    return tuple(form for named in (term, *enacted_forms(term, language, lexicon))
                 for form in (*term_forms(named, language),
                              *contracted_forms(named, language, lexicon)))
