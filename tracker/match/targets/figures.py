"""Figures in a sentence: the interim numbers that bear on a target claim.

For a quantity or target claim, a new figure about its subject ("20 of 64
turbines installed", "38,000 patients in four months", "capacity lifted to
1,000 MW") is an update (labelling rule 7: interim figures, forecasts and
revised targets). A figure here is a run of digit tokens that is not a date, a
year, a length of time, a model code ("PAC-3", "F-35") or one of the claim's own
figures (repeating the target is no news).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tracker.match.finding.index import CompiledClaim, Hit
from tracker.match.targets.amounts import amount_quantities
from tracker.match.targets.magnitudes import PERCENT
from tracker.match.targets.quantity import Quantity
from tracker.match.text.normalize import fold
from tracker.match.text.number_words import is_a_number, japanese_time_counters, number_words
from tracker.match.text.rates import a_rate_unit
from tracker.match.text.tallies import tally_tokens
from tracker.match.text.time_words import TIME_UNITS, YEAR_LEADS
from tracker.match.text.view import EntryView
from tracker.models import GroupRole

FIGURE_PID = -1
"""The pattern id of a figure's hit: it comes from no pattern."""

MODEL_CODE = re.compile(r"[^\W\d_]+-(\d+)")  # "pac-3", "f-35", "sm-3"


def model_codes(text: str) -> frozenset[str]:
    """The numbers of the model codes in ``text`` ("PAC-3", "F-35"): names, no figures."""
    return frozenset(m.group(1) for m in MODEL_CODE.finditer(fold(text)))


NUMBER = re.compile(r"\d[\d,.\u00a0\u202f ]*\d|\d")
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th|e|eme)\b|\d人目")  # "500,000th visitor", 50万人目
# "590,000 visitors in 2025", "in fiscal 2025", FY2025, « en 2025 », 2025年度, 27年度:
# a year's count
_A_YEARS_COUNT = re.compile(r"\b(?:in|en|fy|fiscal)\s*(?:19|20)\d\d\b|\d\s*年度")
# "19:42", "20h15", "7 h 30": hours and minutes, no figure
_CLOCK_TIME = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3])\s?[:hH時]\s?([0-5]\d)(?![\d.,:])")
_MONTHS = frozenset({
    "jan", "january", "janvier", "feb", "february", "fevrier", "mar", "march", "mars",
    "apr", "april", "avril", "may", "mai", "jun", "june", "juin", "jul", "july",
    "juillet", "aug", "august", "aout", "sep", "sept", "september", "septembre", "oct",
    "october", "octobre", "nov", "november", "novembre", "dec", "december", "decembre",
})
# After a number, a unit of size: a dimension ("300 mm wafers"), not a count.
SIZE_UNITS = frozenset({"mm", "cm", "km", "nm", "m", "inch", "inches", "metre", "metres",
                         "meter", "meters", "millimetre", "millimetres", "kilometre",
                         "kilometres", "pouces"})
_OLDEST_YEAR = 1500  # after "in", « en », a four-digit number from it on is a year
# Japanese counters after which a number is a date, an age or a length of time.
JAPANESE_SIZE = ("ミリ", "センチ", "メートル", "キロメートル", "インチ", "ナノ")
_JAPANESE_TIME = ("年", "月", "日", "時", "カ月", "か月", "ヶ月", "ヵ月", "週", "期", "次", "号",
                  "歳")


# 1日6000食, 1日あたり約9千食: a count per day, no date (4月1日 has its month, 11日 a digit)
_PER_DAY_JA = re.compile(r"(?<![\d月])[1一]日(?:あたり|当たり|平均)?(?=約?\d)")
_COUNTER = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]")  # a kanji or katakana counter, no kana


def is_year(number: str) -> bool:
    return len(number) == 4 and 1900 <= int(number) <= 2100


def names_a_period(text: str, language: str, periods: Sequence[str],
                   lateness: Sequence[str] = ()) -> bool:
    """The text names a span of time ("in its first year", "since June", 5カ月で) or a
    running count ("500,000th visitor"): what makes a figure progress over a span. A
    span followed by a ``lateness`` word is a delay ("three months late", 3カ月遅れ)."""
    folded = fold(text)
    if _ORDINAL.search(folded):
        return True
    if language == "ja":
        if _PER_DAY_JA.search(text):
            return True
        return any(not any(text[i + len(word): i + len(word) + 3].startswith(late)
                           for late in lateness)
                   for word in periods for i in _positions(text, word))
    words = re.findall(r"\w+", folded)
    padded = " " + " ".join(words) + " "
    for word in periods:
        for i in _positions(padded, f" {word} "):
            after = padded[i + len(word) + 1:]  # from the space after the span word
            if not any(after.startswith(f" {late} ") for late in lateness):
                return True
    return False


def names_a_years_count(text: str) -> bool:
    """"590,000 visitors in 2025", FY2025, 27年度: the text counts a year's figure (the
    claim's own statement may name its year without being counted over a span)."""
    return bool(_A_YEARS_COUNT.search(fold(text)))


def _positions(text: str, part: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(part), text)]



def quantity_clauses(claim: CompiledClaim, view: EntryView, hits: Iterable[Hit]) -> set[int]:
    """The clauses (of these ``hits``) that name what the claim counts: its subject,
    or a term of a group that holds a figure ("64 turbines", "85,000 passengers a
    day"), or of any of its groups when none does. A figure counts only there."""
    groups = [g for g in claim.groups if g.role is not GroupRole.EXCLUDE]
    counted = [g for g in groups if any(_DIGIT.search(t) for t in g.terms.values())]
    pids = frozenset().union(*(g.pids for g in counted or groups)) | claim.subject_pids
    clauses = {view.clause_of(h.first_token) for h in hits if h.pid in pids}
    # a headline's topic, with no figure of its own, then its news:
    # トルサのインフレ率、12月は2.6%; "le chômage zantais, à 5,6 % en octobre"
    first, last = view.sentence_span(0)
    title: dict[int, list[str]] = {}
    for t in range(first, last + 1):
        title.setdefault(view.clause_of(t), []).append(view.tokens[t].raw)
    clauses |= {c + 1 for c in clauses if c in title and c + 1 in title
                and not _counts_in(title[c])}
    return clauses


def _counts_in(words: Sequence[str]) -> bool:
    """``words`` hold a figure that is no time (Japanese "26年の" is a year)."""
    times = japanese_time_counters()
    return any(_DIGIT.search(w) and not (i + 1 < len(words) and words[i + 1].startswith(times))
               for i, w in enumerate(words))


def figure_hits(view: EntryView, sentence: int, known: frozenset[str],
                percent: bool = False, money: bool = False,
                sums: Sequence[Quantity] | None = None, sizes: bool = False,
                counted_at: frozenset[int] = frozenset()) -> list[Hit]:
    """The figures of one sentence, as hits with ``FIGURE_PID``. A percentage is one
    only when ``percent`` (the claim counts in percent): "61% of respondents" is no
    count of visitors; a length ("200 km") only when ``sizes`` (the claim counts one).
    ``sums`` are the sentence's sums and shares, when already read. A number word is
    a figure out of a total ("four of seven"), or right before a token of
    ``counted_at``, where a name of what the claim counts starts ("seven tenants")."""
    first, last = view.sentence_span(sentence)
    text = fold(view.sentences[sentence])
    codes = {m.group(1) for m in MODEL_CODE.finditer(text)}
    codes.update(part for m in _CLOCK_TIME.finditer(text) for part in m.groups())
    # "1.2 million" is the claim's own "1.2" even though the tokenizer splits it in two
    codes.update(part for m in NUMBER.finditer(text)
                 if re.sub(r"\D", "", m.group()) in known for part in re.findall(r"\d+", m.group()))
    # a share unless the claim counts in percent; a sum ("the €6 fee", "24,000 euros a
    # year per patient") unless it counts money: no count of patients
    sums = amount_quantities(view, sentence) if sums is None else sums
    left_out = [(q.first, q.last) for q in sums if not (percent if q.unit == PERCENT else money)]
    left_out += [(t, t) for t in tally_tokens(view, first, last)]  # "voted 4-1": no count
    hits: list[Hit] = []
    table = number_words(view.language)
    token = first
    while token <= last:
        if (token < last and view.tokens[token].raw in table.words
                and view.tokens[token + 1].raw in table.scales):
            # "one million", "deux millions": a number word is a figure with its scale
            hits.append(Hit(FIGURE_PID, view.token_starts[token], view.token_starts[token + 1]
                            + len(view.tokens[token + 1].norm), token, token + 1, sentence))
            token += 2
            continue
        spelled = table.words.get(view.tokens[token].raw)
        if (spelled is not None and spelled >= 2 and view.tokens[token].raw not in table.articles
                and (_out_of(view, token, last) or (
                    token + 1 in counted_at and not _hyphened(view, token)))
                and not any(a <= token <= b for a, b in left_out)
                and _is_figure(view, token, token, last, str(int(spelled)), codes, sizes)
                and str(int(spelled)) not in known):
            # "four of seven pontoons", « a recruté deux médecins »: a count in words
            hits.append(Hit(FIGURE_PID, view.token_starts[token], view.token_starts[token]
                            + len(view.tokens[token].norm), token, token, sentence))
            token += 1
            continue
        if not view.tokens[token].raw.isdigit() or any(a <= token <= b for a, b in left_out):
            token += 1
            continue
        end = token
        # "1 000", "38,000": digit groups split by the tokenizer belong together; a
        # group of four digits leads none ("fin 2026, 118 agents": a year, then a count)
        while (len(view.tokens[token].raw) <= 3 and end + 1 <= last
               and len(view.tokens[end + 1].raw) == 3
               and view.tokens[end + 1].raw.isdigit()):
            end += 1
        number = "".join(t.raw for t in view.tokens[token: end + 1])
        scaled = _japanese_scaled(view, end, last, number)
        value = number if scaled is None else scaled[0]  # as _japanese_value reads it
        if (_is_figure(view, token, end, last, number, codes, sizes) and number not in known
                and value not in known
                and not (view.tokens[end].latin and end < last
                         and not view.tokens[end + 1].raw.isdigit() and _hyphened(view, end))):
            start = view.token_starts[token]
            hits.append(Hit(FIGURE_PID, start, view.token_starts[end]
                            + len(view.tokens[end].norm), token, end, sentence))
        # the claim's own 6万5000 is no figure, and neither is its 5000
        token = (scaled[1] if scaled is not None and value in known else end) + 1
    return hits


_JAPANESE_REST = re.compile(r"\d+")


def _japanese_value(view: EntryView, end: int, last: int, number: str) -> str:
    """20万 -> "200000", 1万8000 -> "18000"; the number as it is with no scale."""
    scaled = _japanese_scaled(view, end, last, number)
    return number if scaled is None else scaled[0]


def _japanese_scaled(view: EntryView, end: int, last: int, number: str
                     ) -> tuple[str, int] | None:
    """20万 -> ("200000", the 万 token), 1万8000 -> ("18000", the 8000 token): a Japanese
    figure read with its scale (the claim's own 200,000 written 20万) and its last
    token; None when no scale follows the number."""
    if view.language != "ja" or end >= last:
        return None
    after = view.tokens[end + 1].raw
    scale = number_words("ja").scales.get(after[:1])
    if not scale:
        return None
    if after[1:]:
        rest, rest_end = _JAPANESE_REST.match(after[1:]), end + 1
    else:
        rest = _JAPANESE_REST.match(view.tokens[end + 2].raw if end + 2 <= last else "")
        rest_end = end + 2 if rest else end + 1
    return str(int(int(number) * scale) + (int(rest.group()) if rest else 0)), rest_end


_DIGIT = re.compile(r"\d")
_KANJI = re.compile(r"[\u4e00-\u9fff]")
_ORDINAL_TOKEN = re.compile(r"(\d+)(?:st|nd|rd|th|e|eme)")


def milestone_hits(view: EntryView, sentence: int, known: frozenset[str]) -> list[Hit]:
    """Ordinals that are the claim's own figure ("its 800,000th visitor", "the 18,000th
    season ticket"): the running count has reached the target."""
    first, last = view.sentence_span(sentence)
    hits: list[Hit] = []
    for token in range(first, last + 1):
        match = _ORDINAL_TOKEN.fullmatch(view.tokens[token].raw)
        if match is None:
            continue
        start = token  # "800 000th": the digit groups before the ordinal belong to it
        while start > first and view.tokens[start - 1].raw.isdigit():
            start -= 1
        number = "".join(t.raw for t in view.tokens[start:token]) + match.group(1)
        if number in known:
            hits.append(Hit(FIGURE_PID, view.token_starts[start], view.token_starts[token]
                            + len(view.tokens[token].norm), start, token, sentence))
    if view.language == "ja":  # 40万人目の乗客: the 400,000th passenger
        ordinals = tuple(number_words("ja").ordinals)
        for token in range(first, last):
            after = view.tokens[token + 1].raw
            scale = after[:1] if number_words("ja").scales.get(after[:1]) else ""
            rest = after[len(scale):]
            # not 20万台目標 (a target) or 10万人目指す (aims at): no kanji after the ordinal
            ordinal = next((o for o in ordinals if rest.startswith(o)
                            and not _KANJI.match(rest[len(o):len(o) + 1])), None)
            if (ordinal and view.tokens[token].raw.isdigit()
                    and _japanese_value(view, token, last, view.tokens[token].raw) in known):
                hits.append(Hit(FIGURE_PID, view.token_starts[token], view.token_starts[token + 1]
                                + len(view.tokens[token + 1].norm), token, token + 1, sentence))
    return hits


_OUT_OF = frozenset({"of", "out", "sur", "des", "de"})


def _hyphened(view: EntryView, token: int) -> bool:
    """"the three-ship limit": a number word joined to the next is an adjective."""
    sentence = fold(view.sentences[view.sentence_at(view.token_starts[token])])
    joined = f"{view.tokens[token].raw}-{view.tokens[token + 1].raw}"  # the view drops "-"
    return re.search(rf"(?<!\w){re.escape(joined)}", sentence) is not None


def _out_of(view: EntryView, token: int, last: int) -> bool:
    """A number word before "of" and another number ("four of seven", « quatre sur
    sept »): a count out of a total, not "two councils" or « deux ans »."""
    rest = [t.raw for t in view.tokens[token + 1: min(last, token + 3) + 1]]
    rest = rest[1:] if rest[:2] == ["out", "of"] else rest
    return len(rest) >= 2 and rest[0] in _OUT_OF and is_a_number(rest[1], view.language)


def _is_figure(view: EntryView, first: int, last: int, sentence_end: int, number: str,
               codes: set[str], sizes: bool = False) -> bool:
    if first == last and number in codes:
        return False  # a model code, a clock time, a percentage, part of a known figure
    before = view.raw_before(first)
    after = view.tokens[last + 1].raw if last < sentence_end else ""
    # a Japanese counter other than one of time makes it a count (1920人)
    counted = (view.language == "ja" and _COUNTER.match(after) is not None
               and not after.startswith(_JAPANESE_TIME))
    if counted and a_rate_unit(view, first, last):
        return False  # 1学年2学級, 1日3便: the unit of a rate, no count of it
    if first == last and not counted and (is_year(number) or (
            len(number) == 4 and before in YEAR_LEADS and int(number) >= _OLDEST_YEAR)):
        return False  # a year ("the objects taken in 1891")
    if first == last and _ends_a_season(view, first, number):
        return False  # "the 2027-28 season": years
    if before in _MONTHS or after in _MONTHS or after in TIME_UNITS or (
            after in SIZE_UNITS and not sizes):
        return False  # a date, a length of time or a size
    return not after.startswith(_JAPANESE_TIME + (() if sizes else JAPANESE_SIZE))


def _ends_a_season(view: EntryView, token: int, number: str) -> bool:
    """Two digits joined to a year before them ("2027-28", "2027/28"): the span's end."""
    year = view.raw_before(token)
    if len(number) != 2 or not year.isdigit() or not is_year(year):
        return False
    sentence = fold(view.sentences[view.sentence_at(view.token_starts[token])])
    return re.search(rf"(?<!\d){year}\s?[-‐–/]\s?{number}(?!\d)", sentence) is not None


def whole_numbers(view: EntryView, hits: Sequence[Hit]) -> list[Hit]:
    """The hits, less those that end on a number's first part: the tokenizer splits "3.5"
    and "3,000" in two, and a claim's "below … 3%" does not name 3.5%."""
    return [h for h in hits if not _cuts_a_number(view, h)]


def _cuts_a_number(view: EntryView, hit: Hit) -> bool:
    tokens = view.tokens
    last = tokens[hit.last_token].raw
    if not last.isdigit() or hit.last_token + 1 >= len(tokens):
        return False
    following = tokens[hit.last_token + 1].raw
    return following.isdigit() and re.search(
        rf"(?<![\d.,]){last}[.,]{following}", fold(view.sentences[hit.sentence])) is not None


def quantity_hit(view: EntryView, quantity: Quantity, sentence: int) -> Hit:
    """A figure as a hit of its own (its tokens, under the figures' pattern id)."""
    end = view.token_starts[quantity.last] + len(view.tokens[quantity.last].norm)
    return Hit(FIGURE_PID, view.token_starts[quantity.first], end, quantity.first,
               quantity.last, sentence)
