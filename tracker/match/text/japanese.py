"""How a Japanese sentence presents an event word: done, planned, not done.

Japanese marks tense, negation and plans *after* the word: 発足した (done),
発足する予定 / 発足へ (planned), 発足せず (not done), 発足する司令部 (attributive:
"the command that will be launched", a description, not news), 発足した司令部
("the command that was launched": background). Headlines end on
the bare noun for news that happened (統合作戦司令部が発足). This reads the few
characters after a cue in the normalised text. A morphological analyser
(fugashi + unidic-lite) reads the same endings but costs about 60 MB of memory
per process (docs/matching.md); these endings are a closed set.
"""

from __future__ import annotations

import re
from enum import StrEnum

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.gapped import before_a_comma
from tracker.match.text.normalize import fold
from tracker.match.text.time_words import JAPANESE_DAY_SET_FOR
from tracker.match.text.view import EntryView


class JapaneseForm(StrEnum):
    DONE = "done"  # した, された, し、, bare noun: reported as having happened
    PLANNED = "planned"  # 予定, 見通し, に向け: a schedule or forecast
    INTENDED = "intended"  # 方針, 意向, 計画, を目指: the party's stated intention
    FUTURE = "future"  # sentence-final する / される: will happen
    ATTRIBUTIVE = "attributive"  # する / される before a noun: describes, not news
    DESCRIBED = "described"  # した / された / 始めた before a noun: told as background
    NEGATED = "negated"  # せず, しない, されなかった: did not happen
    MANNER = "manner"  # で: "with" it (遅れで開業, opened late)
    SPECULATED = "speculated"  # か or も ending a headline, 場合: unconfirmed, or only a case


# 発足せず, 開業できず (could not open), 完了ならず (not achieved), 合意に至らず (no agreement
# reached), 合意には至っていない
# 廃止の予定はない (no plan to abolish)
_NEGATED = re.compile(
    r"^(?:を|が|に|には)?(?:さ|し|せ|され|でき|なら|至ら|至って(?:い|おら))?(?:ず|ない|なかった|ません|ぬ)"
    r"|^(?:の|する)?(?:予定|計画|考え|つもり)は(?:ない|ありません|な[く])"
    # 緩和考えず, 緩和は考えていない: no thought of doing it
    r"|^(?:は|を)?(?:する)?考え(?:ず|ていない|ておらず|ていません)")
# 3月就航見送りか: a headline's か after the event word; 全線再開断念も: a headline's も
# ("may even be abandoned"); 転換した場合, 承認されれば, 開業したら, 開業なら: a condition
# ("if it is converted", "if approved")
_SPECULATED = re.compile(r"^(?:を|が)?(?:り|する|される|した|された)?か(?=\s|$)|^も(?=\s|$)"
                         r"|^(?:に|を|が)?(?:する|される|した|された)?場合"
                         r"|^(?:に|を|が)?(?:すれば|されれば|したら|されたら|するなら|されるなら)"
                         # 開業なら: "if it opens" (開業ならず is its negation)
                         r"|^なら(?![ずで])")
# 達成厳しく, 開業は微妙: said to be unlikely, read as English "unlikely to" (negated)
_DOUBTED = re.compile(r"^(?:は|が|も)?(?:厳し|難し|困難|微妙|危ぶ|不透明)")
_PLANNED = re.compile(
    r"^(?:を|が|に)?(?:する|される|させる|し)?(?:へ|予定|見通し|見込み|に向け|準備)"
)
# 維持する方針, 存続させる意向: what the party means to do, as "plans to" is
_INTENDED = re.compile(r"^(?:を|が|に)?(?:する|される|させる|し)?(?:方針|計画|を目指|意向)")
# A bare へ ending a headline is its future ("to convert"), as "will" is; へ向け
# ("toward") and the words of a schedule (予定, 見通し) stay a plan
_HEADED_FOR = re.compile(r"^(?:を|が|に)?(?:する|される)?へ(?!向)")
_DONE = re.compile(r"^(?:を|が)?(?:し|され|させ)(?:た|て|、|ている|ていた)|^(?:済み|を終え|完了)")
_PAST = re.compile(r"^(?:を|が)?(?:し|され|させ)?た")
# 凍結されていたダム: "the dam that had been frozen", a state it was in
_HAD_BEEN = re.compile(r"^(?:を|が)?(?:し|され|させ)?ていた")
# Nouns that join a clause to the next rather than name a thing (した一方、した後):
# after them the past verb is the clause's own news, not a description.
_CONJUNCTION = re.compile(
    r"^(?:一方|後|ため|ところ|こと|もの|際|結果|上で|ほか|直後|場合|矢先|中|今|現在)")
_SINCE = re.compile(r"^(?:から|以来|後[、の]|以降|時[のに、])")
_NONPAST = re.compile(r"^(?:を|が)?(?:する|される|させる)")
_NOUN_START = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー]")


def past_after(following: str) -> bool:
    """A past ending right after an event word (した, された, 始めた)."""
    return bool(_PAST.match(following))


# 開館1周年 (the normalised text spaces a figure off): its anniversary, so it happened
# a year or more ago
_ANNIVERSARY = re.compile(r"^\s*\d+\s*周年")
# 開設3週間で, 開業1年の, 閉鎖4年半の: a time since it happened, background (not 開業3か月遅れ)
_TIME_SINCE = re.compile(
    r"^\s*\d+\s*(?:週間|か月|カ月|ヶ月|ケ月|箇月|年半|年|年間|日|日間)目?\s*(?:で|後|の)")
# 閉鎖中の施設: "the facility, closed at present", a state it is in, told of a noun
_STATE_OF = re.compile(r"^中の")


_PLACE_NOUN = "地"  # after an event word, the place it is held in


def form_of_word(text_after: str) -> JapaneseForm:
    """The form of an event word from the normalised text after it (a few characters,
    with the spaces the normaliser puts around figures)."""
    if (_ANNIVERSARY.match(text_after) or _TIME_SINCE.match(text_after)
            or _STATE_OF.match(text_after)):
        return JapaneseForm.DESCRIBED
    return form_after(text_after.split(" ", 1)[0])


def form_after(following: str) -> JapaneseForm:
    """The form of an event word from the text right after it (a few characters)."""
    if _NEGATED.match(following) or _DOUBTED.match(following):
        return JapaneseForm.NEGATED
    if following.startswith("で"):
        return JapaneseForm.MANNER
    if _SPECULATED.match(following):
        return JapaneseForm.SPECULATED
    if _HEADED_FOR.match(following):
        return JapaneseForm.FUTURE  # 転換へ: "to convert", a headline's future
    if _PLANNED.match(following):
        return JapaneseForm.PLANNED
    if _INTENDED.match(following):
        return JapaneseForm.INTENDED
    if following.startswith(_PLACE_NOUN):
        return JapaneseForm.ATTRIBUTIVE  # 開幕地, 建設地: the place of the event, named
    if _SINCE.match(following):
        return JapaneseForm.DESCRIBED  # 開始から半年, 発足以来: a time reference, background
    past = _PAST.match(following) or _HAD_BEEN.match(following)
    if (past and _NOUN_START.match(following[past.end():])
            and not _CONJUNCTION.match(following[past.end():])):
        return JapaneseForm.DESCRIBED  # 運行を始めた夜行列車: "the train that started"
    if _DONE.match(following):
        return JapaneseForm.DONE
    nonpast = _NONPAST.match(following)
    if nonpast:
        rest = following[nonpast.end() :]
        return JapaneseForm.ATTRIBUTIVE if _NOUN_START.match(rest) else JapaneseForm.FUTURE
    return JapaneseForm.DONE


# A verb's dictionary form (開く, 始まる, 決める) ending a report's sentence: the body
# tells what happened in the past tense (開いた), so this is what will happen. Headlines
# use it for both, so only the summary reads it so.
_NONPAST_VERB = re.compile(r"[うくぐすつぬぶむる]$")


def form_of_hit(view: EntryView, hit: Hit, lookahead: int) -> JapaneseForm:
    """The form of a Japanese event word, from the text after it and, for a verb ending a
    sentence of the summary in its dictionary form (会合を開く。), its own ending."""
    if hit.sentence == 0 and _SET_FOR.match(view.text[hit.end: hit.end + SET_FOR_CHARS]):
        return JapaneseForm.PLANNED  # 設計者の選定、10月中旬に: set for a day
    following = view.text[hit.end: hit.end + lookahead]
    form = form_of_word(following)
    if form is JapaneseForm.DESCRIBED and _spaced_before_a_figure(view, hit):
        # 正式開業　3か月の試験営業を経て: the headline's space ends the phrase; the figure
        # after it starts another (開業1年の店舗 has none): a bare headline noun, done
        form = JapaneseForm.DONE
    if (form is JapaneseForm.DONE and hit.sentence > 0
            and following.lstrip(" ").startswith("\n")
            and _NONPAST_VERB.search(view.text[hit.start: hit.end])):
        return JapaneseForm.FUTURE
    return form


def _spaced_before_a_figure(view: EntryView, hit: Hit) -> bool:
    """In the sentence as written, the event word stands before a space and a figure,
    and never right before a figure."""
    written = fold(view.sentences[hit.sentence])
    word = view.text[hit.start: hit.end].strip()
    return (bool(word) and re.search(rf"{re.escape(word)}\s+\d", written) is not None
            and re.search(rf"{re.escape(word)}\d", written) is None)


# A headline's event noun, then only the day it is set for: 開院、2030年4月に
SET_FOR_CHARS = 16
_SET_FOR = re.compile(rf"^[、 ]\s?{JAPANESE_DAY_SET_FOR}")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
SUBJECT_PARTICLES = ("が", "は")  # after a noun: the subject (or topic) of the clause


def topic_noun(view: EntryView, hit: Hit) -> bool:
    """汐見1号機の再稼働、5月に延期, 鳴砂線のBRT転換、町長が反対: an event noun after の
    (and the words it ends, with no particle between) and before 、 or は is the topic
    of what follows, not a report that it happened."""
    if view.language != "ja":
        return False
    start = view.token_starts[view.clause_span(view.clause_of(hit.first_token))[0]]
    before = view.text[start: hit.start]
    if "の" not in before or _HIRAGANA.search(before[before.rindex("の") + 1:]):
        return False
    if view.text[hit.end: hit.end + 1] == "は":
        return True
    # its clause ends with it at 、 and the sentence goes on (a space sets a headline's
    # statements apart: 解体完了　跡地でタワー着工へ reports the demolition done)
    after = hit.last_token + 1
    return (view.text[hit.end: hit.end + 1].isspace() and after < len(view.tokens)
            and view.sentence_at(view.token_starts[after]) == hit.sentence
            and view.clause_of(after) != view.clause_of(hit.last_token)
            and before_a_comma(view, hit))


def a_tally(view: EntryView, hit: Hit, mod: ModifierRef) -> bool:
    """賛成112、反対90で可決: an opinion word right before a number counts votes."""
    return (mod.kind is Modifier.OPINION and not mod.latin
            and view.text[hit.end: hit.end + 2].lstrip()[:1].isdigit())


# A day named between a subject and its verb (工事が9日、始まった, 工事が来月10日に始まる):
# what stands before it is the verb's subject. The view has 、 as a space.
_DAY_BEFORE = re.compile(
    r"(?:\s*(?:\d+\s*年)?\s*(?:\d+\s*月)?\s*\d+\s*日|\s*[同前翌昨当本]日|\s*(?:今|来)月)"
    r"(?:\s*\d+\s*日)?\s*(?:に|から)?\s*$")


def before_its_day(text: str) -> str:
    """``text`` (what stands before a Japanese word) without the day that ends it."""
    found = _DAY_BEFORE.search(text)
    return text[: found.start()] if found else text


def own_statement(view: EntryView, cue: Hit, party: Hit) -> bool:
    """A Japanese cue in a part of the sentence that a space sets apart from the third
    party's, with a subject of its own (が, は) before it: a headline's part that says
    who acts is a statement of its own (住民から不安の声　市が説明会: the residents
    speak in one part, the city holds its briefing in the other)."""
    if view.language != "ja" or cue.sentence != party.sentence:
        return False
    clause = view.clause_of(cue.first_token)
    start = view.token_starts[view.clause_span(clause)[0]]
    if not any(p in view.text[start: cue.end] for p in SUBJECT_PARTICLES):
        return False
    first, last = sorted((view.clause_of(party.first_token), clause))
    written = fold(view.sentences[cue.sentence])
    for between in range(first, last):
        end = view.clause_span(between)[1]
        part = Hit(0, view.token_starts[end], view.token_starts[end] + len(view.tokens[end].norm),
                   end, end, cue.sentence)
        if f"{view.tokens[end].norm} " in written and not before_a_comma(view, part):
            return True  # the part ends at a space as written, not at 、
    return False
