"""A French term that starts with its article ("le Département", "les Verts") is also
written with the article merged into a preposition: « du Département », « au
Département », « des Verts », « aux Verts ». A user writes the article to name the
authority, and the news writes whichever the sentence needs. The pairs are the
lexicon's ``article_contractions`` ("le du": "le" is also written "du"). "la" and
"l'" need none: « de la Ville » holds « la Ville »."""

from __future__ import annotations

from tracker.match.finding.lexicon import Lexicon


def contracted_forms(term: str, language: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The term with its leading article written as each of its contractions."""
    first, _, rest = term.partition(" ")
    if not rest:
        return ()
    forms: list[str] = []
    for pair in lexicon.article_contractions.get(language, ()):
        article, _, contracted = pair.partition(" ")
        if first.lower() == article:
            forms.append(f"{contracted} {rest}")
    return tuple(forms)
