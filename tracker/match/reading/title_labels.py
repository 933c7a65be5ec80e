"""Title labels that say what kind of piece an entry is: an opinion ("Opinion:",
"Editorial |", 【社説】, "Analysts: …") or a preview ("Week ahead:", 今週の予定). The words
are the lexicon's (``opinion_labels``, ``third_party_forms``, ``preview_labels``)."""

from __future__ import annotations

from tracker.match.finding.lexicon import Lexicon, Modifier
from tracker.match.text.normalize import fold

_LABEL_ENDS = (":", "|", "—", "–", " - ", "】", "]", "〉", ">")


class TitleLabels:
    """The lexicon's title labels, folded once, by language."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._opinion = {  # an opinion piece's labels, and third parties given the floor
            language: (*(fold(word) for word in lexicon.opinion_labels.get(language, ())),
                       *lexicon.third_party_forms.get(language, ()),
                       *(fold(word) for word in
                         lexicon.modifiers[Modifier.THIRD_PARTY].get(language, ())))
            for language in lexicon.opinion_labels}
        self._preview = {language: tuple(fold(w) for w in words)
                         for language, words in lexicon.preview_labels.items()}

    def opinion_piece(self, title: str, language: str) -> bool:
        """The title starts with an opinion label ("Opinion:", "Editorial |", 【社説】),
        or gives the floor to a third party ("Analysts: …", "Unions: …")."""
        return _labelled(title, self._opinion.get(language, ()))

    def preview_piece(self, title: str, language: str) -> bool:
        """The title starts with a preview label ("Week ahead:", 今週の予定)."""
        return _labelled(title, self._preview.get(language, ()))


def _labelled(title: str, labels: tuple[str, ...]) -> bool:
    """The title starts with one of ``labels``, alone or before a label end (":", "|")."""
    head = fold(title).lstrip(" 【[〈<") if labels else ""
    if not head.startswith(labels):
        return False  # most titles: no label at all, found in one call
    for label in labels:
        if head.startswith(label):
            after = head[len(label):]
            rest = after.lstrip(" \u00a0")
            # Japanese sets a headline's phrases apart with a space: 「社説　…」 is labelled
            if not rest or rest.startswith(_LABEL_ENDS) or (
                    not label.isascii() and rest != after):
                return True
    return False
