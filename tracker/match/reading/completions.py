"""A process reported complete ("delivery of the grain completed", 引き渡し完了,
"completes the handover"): the step word is what was completed, so its clause reports
the claim's event done, not a step toward it (labelling rule 4). A phase finished
("first phase completed") stays a step (rule 6). The words of completion are the
lexicon's ``completions`` family."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.families import COMPLETIONS, in_family
from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import Cue, SentenceContext, is_own
from tracker.match.table import Role

_COMPLETIONS = frozenset({COMPLETIONS})
_PHASES = frozenset({EventClass.PROGRESS.value})  # a phase or a part: still a step


def completed_steps(ctx: SentenceContext, cues: Sequence[Cue]) -> list[Cue]:
    """The cues without the steps of a clause whose event word is a completion."""
    view, index = ctx.view, ctx.index
    done = {view.clause_of(c.hit.first_token) for c in cues
            if c.role is Role.EVENT and any(
                in_family(index.lexicon, _COMPLETIONS, r)
                for r in index.classes_in(c.hit.pid, view.language))}
    return [c for c in cues if not (
        c.role is Role.STEP and c.source not in _PHASES
        and not is_own(c.source)
        and view.clause_of(c.hit.first_token) in done)]
