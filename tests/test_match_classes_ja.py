"""Issue 10's ten failure classes of the matcher, on Japanese news about invented
subjects (tests/helpers/invented.py). Each class has positive cases and near misses;
the expected verdicts follow ../shared/labelling.md (rule numbers in the ids), not
the matcher's output. ``None`` means no finding (the entry is not about the claim)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from helpers.invented import (
    BRIDGE,
    DEPOT,
    DRONE_CENTRE,
    PACT,
    PLANT,
    TALKS,
    TRAM,
    check_verdict,
)

from tracker.models import Claim

LANGUAGE = "ja"
FIELDS = ("claim_id", "expected", "title", "summary", "day")
def check(claims: Sequence[Claim], claim_id: str, expected: str | None, title: str,
          summary: str, day: str) -> None:
    check_verdict(claims, claim_id, expected, title, summary, day, LANGUAGE)


CLASS_1 = [  # required actors given by implication or compounds (政府, 国防総省, 日米, 対米)
    pytest.param("drone-centre", "confirms", "日米、黒崎に沿岸ドローンセンターを開設",
                 "両国の要員が配置され、18日に運用を開始した。",
                 "2026-05-18", id="nichibei-names-both-actors"),
    pytest.param("drone-centre", "confirms", "政府と米国防総省、沿岸ドローンセンターを開所",
                 "黒崎の同センターは18日、運用を開始した。",
                 "2026-05-18", id="seifu-implies-japan"),
    pytest.param("drone-centre", "confirms", "日本、対米連携の拠点となる沿岸ドローンセンターを開設",
                 "黒崎の同センターは18日、運用を開始した。",
                 "2026-05-18", id="taibei-names-united-states"),
    pytest.param("drone-centre", None, "米韓、浦項に沿岸ドローンセンターを開設",
                 "両国の要員が配置され、18日に運用を開始した。",
                 "2026-05-18", id="near-miss-other-partner-rule10"),
    pytest.param("drone-centre", None, "韓国政府と米国防総省、浦項に沿岸ドローンセンターを開所",
                 "同センターは18日、運用を開始した。",
                 "2026-05-18", id="near-miss-seifu-inside-another-government-rule10"),
]


@pytest.mark.parametrize(FIELDS, CLASS_1)
def test_class_01_implied_actors(claim_id: str, expected: str | None, title: str,
                                 summary: str, day: str) -> None:
    check([DRONE_CENTRE], claim_id, expected, title, summary, day)


CLASS_2 = [  # inflected and bare-noun forms of the lexicon's words
    pytest.param("arvelia-borsk-talks", "confirms", "アルベリアとボルスクの漁業相、初の会談",
                 "両氏はベルモラで会い、北部漁場の漁獲枠について意見を交わした。",
                 "2026-04-21", id="bare-noun-kaidan"),
    pytest.param("arvelia-borsk-talks", "confirms",
                 "アルベリアとボルスクの漁業相が初の会合を開いた",
                 "両氏は北部漁場の漁獲枠について意見を交わした。",
                 "2026-04-21", id="hiraita-is-hiraku"),
    pytest.param("corvane-plant", "confirms", "コルベーン、タルブレク工場で生産を開始した",
                 "最初の電池パックが8日に出荷された。",
                 "2026-06-09", id="kaishi-shita"),
    pytest.param("arvelia-borsk-talks", "mentions", "アルベリアとボルスクの漁業相、来月に初会談へ",
                 "両政府間で漁獲枠を話し合う初の会談となる。",
                 "2026-03-10", id="near-miss-preview-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_2)
def test_class_02_lemmas_and_multiword_terms(claim_id: str, expected: str | None, title: str,
                                             summary: str, day: str) -> None:
    check([TALKS, PLANT], claim_id, expected, title, summary, day)


CLASS_3 = [  # event words by class: 運転開始, 差し止め, 加速, 転換
    pytest.param("velmora-tram", "confirms", "ベルモラ市の路面電車4号線が営業運転を開始",
                 "駅と港を結ぶ区間で15日、乗客を乗せた運行が始まった。",
                 "2026-06-15", id="kaishi-occurred"),
    pytest.param("velmora-tram", "contradicts",
                 "裁判所、ベルモラ市の路面電車4号線の建設差し止めを命じる",
                 "地方裁判所は12日、建設許可を取り消した。",
                 "2026-05-12", id="sashitome-cancel-rule7"),
    pytest.param("velmora-tram", "updates", "ベルモラ市、路面電車4号線の工事を加速",
                 "市は沿線の工事現場で夜間作業を始めた。",
                 "2026-04-14", id="kasoku-progress-rule6"),
    pytest.param("kessling-depot", "confirms", "ベルモラ市議会、ケスリング車庫の住宅への転換を承認",
                 "跡地に300戸の住宅が建設される。",
                 "2026-04-14", id="shonin-tenkan-decision-rule4"),
    pytest.param("velmora-tram", "mentions", "ベルモラ市の路面電車4号線、9月に営業運転を開始へ",
                 "市によると試験は順調に進んでいる。",
                 "2026-05-12", id="near-miss-preview-rule2"),
    pytest.param("velmora-tram", "confirms", "ベルモラ市の路面電車4号線、営業運転始まる",
                 "初日は約2万人が利用した。",
                 "2026-09-01", id="hajimaru-intransitive"),
    # a past verb before a noun describes it: the start is background (rule 3)
    pytest.param("velmora-tram", "mentions", "ベルモラ市の交通特集 市民の足はいま",
                 "9月に運行を始めた路面電車4号線も利用が伸びている。",
                 "2026-11-20", id="near-miss-past-attributive-background-rule3"),
    # "since the opening": a time reference, not the opening reported (rule 3)
    pytest.param("velmora-tram", "mentions", "ベルモラ市の交通特集 開業から2カ月の路面電車4号線",
                 "市民の足として定着しつつある。",
                 "2026-11-20", id="near-miss-kara-since-background-rule3"),
]


@pytest.mark.parametrize(FIELDS, CLASS_3)
def test_class_03_event_verbs(claim_id: str, expected: str | None, title: str,
                              summary: str, day: str) -> None:
    check([TRAM, DEPOT], claim_id, expected, title, summary, day)


CLASS_4 = [  # a decision claim is confirmed by the decision; an event claim is not
    pytest.param("kessling-depot", "confirms", "ケスリング車庫を住宅に転換へ　ベルモラ市が決定",
                 "市議会は14日、跡地に300戸の住宅を建設する計画を可決した。",
                 "2026-04-15", id="decision-tenkan-e-rule4"),
    pytest.param("kessling-depot", "confirms",
                 "ベルモラ市、ケスリング車庫を住宅に転換する方針を決定",
                 "市議会は賛成31、反対12で計画を可決した。",
                 "2026-04-15", id="decision-hoshin-wo-kettei-rule4"),
    pytest.param("velmora-tram", "mentions", "ベルモラ市の路面電車4号線、9月に開業する見通し",
                 "市長は記者団に試験は順調だと語った。",
                 "2026-05-12", id="near-miss-event-mitoshi-rule2"),
    pytest.param("kessling-depot", "mentions",
                 "ベルモラ市議会、来月にもケスリング車庫の跡地利用を審議",
                 "住民からは公園の整備を求める声が出ている。",
                 "2026-03-03", id="near-miss-decision-preview-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_4)
def test_class_04_claim_kinds(claim_id: str, expected: str | None, title: str,
                              summary: str, day: str) -> None:
    check([TRAM, DEPOT], claim_id, expected, title, summary, day)


CLASS_5 = [  # modifiers stay in their clause; 予定通り is not a plan
    pytest.param("velmora-tram", "confirms", "ベルモラ市の路面電車4号線が予定通り開業",
                 "初日から多くの乗客が利用した。",
                 "2026-06-15", id="yotei-doori-rule4"),
    pytest.param("velmora-tram", "confirms", "ベルモラ市の路面電車4号線が開業",
                 "昨年のストで開業が遅れたベルモラ市の路面電車4号線が15日、営業運転を開始した。",
                 "2026-06-15", id="back-reference-in-other-clause"),
    # (no word of reaching after the name: 突破, like 到達, would be a step of its own)
    pytest.param("velmora-tram", "mentions",
                 "先月開業したベルモラ市の路面電車4号線、利用者は20万人",
                 "同線は6分間隔で運行している。",
                 "2026-07-20", id="near-miss-background-rule3"),
]


@pytest.mark.parametrize(FIELDS, CLASS_5)
def test_class_05_clause_scope(claim_id: str, expected: str | None, title: str,
                               summary: str, day: str) -> None:
    check([TRAM], claim_id, expected, title, summary, day)


ROUNDUP = "ベルモラ市の交通インフラ整備、現状は"
TRAM_FIRST = ("ベルモラ市の路面電車4号線が15日に開業した一方"
              "、ハーバー橋の再開通は2027年3月に延期された。")
BRIDGE_FIRST = "ベルモラ市のハーバー橋が15日に再開通した一方、路面電車4号線は9月に開業する予定だ。"
CLASS_6 = [  # one sentence, two subjects: each cue goes to its own subject (rule 11)
    pytest.param("velmora-tram", "confirms", ROUNDUP, TRAM_FIRST, "2026-06-16",
                 id="tram-opened-bridge-delayed:tram"),
    pytest.param("velmora-bridge", "updates", ROUNDUP, TRAM_FIRST, "2026-06-16",
                 id="tram-opened-bridge-delayed:bridge"),
    pytest.param("velmora-bridge", "confirms", ROUNDUP, BRIDGE_FIRST, "2026-06-16",
                 id="bridge-reopened-tram-due:bridge"),
    pytest.param("velmora-tram", "mentions", ROUNDUP, BRIDGE_FIRST, "2026-06-16",
                 id="near-miss-bridge-reopened-tram-due:tram-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_6)
def test_class_06_cue_to_its_own_subject(claim_id: str, expected: str | None, title: str,
                                         summary: str, day: str) -> None:
    check([TRAM, BRIDGE], claim_id, expected, title, summary, day)


CLASS_7 = [  # a step before the event is not the event (rule 6); attributive する
    pytest.param("velmora-tram", "updates", "ベルモラ市、路面電車4号線の運行事業者を選定",
                 "市は17日、トラムコと10年間の運行契約を結んだ。",
                 "2026-03-17", id="sentei-rule6"),
    pytest.param("velmora-tram", "updates", "ベルモラ市の路面電車4号線で試運転を開始",
                 "乗客を乗せずに8週間、全線で走行試験を行う。",
                 "2026-04-07", id="test-runs-rule6"),
    pytest.param("velmora-tram", "updates",
                 "ベルモラ市、9月に開業する路面電車4号線の運行責任者を任命",
                 "責任者には交通局の元幹部が就く。",
                 "2026-03-17", id="attributive-kaigyo-suru-rule6"),
    pytest.param("velmora-tram", "mentions", "ベルモラ市の路面電車4号線、9月に開業する予定",
                 "市によると試験は順調に進んでいる。",
                 "2026-05-12", id="near-miss-yotei-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_7)
def test_class_07_steps_are_not_the_event(claim_id: str, expected: str | None, title: str,
                                          summary: str, day: str) -> None:
    check([TRAM], claim_id, expected, title, summary, day)


CLASS_8 = [  # opinion pieces and opinions are not news
    pytest.param("arvelia-borsk-pact", "confirms", "アルベリアとボルスク、漁業協定に署名",
                 "協定は北部漁場の漁獲枠を5年間定める。",
                 "2026-05-05", id="shomei-rule4"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "【社説】アルベリアはボルスクとの漁業協定に署名すべきではない",
                 "漁獲枠は北部の漁船団に打撃を与える。",
                 "2026-04-28", id="near-miss-opinion-piece-rule8"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "【解説】アルベリアがボルスクとの漁業協定に署名した理由",
                 "漁獲枠は南部の漁船団に有利だ。",
                 "2026-05-12", id="analysis-piece-rule8"),
    # a label set apart by a space, as headlines set their phrases apart (round 63)
    pytest.param("arvelia-borsk-pact", "mentions",
                 "社説　アルベリアはボルスクとの漁業協定に署名した",
                 "漁獲枠は北部の漁船団に打撃を与える。",
                 "2026-05-05", id="opinion-label-before-a-space-rule8"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "ボルスクの野党、アルベリアとの漁業協定の締結に反対",
                 "野党党首は漁獲枠が不公平だと述べた。",
                 "2026-04-28", id="near-miss-opposition-opinion-rule8"),
]


@pytest.mark.parametrize(FIELDS, CLASS_8)
def test_class_08_nouns_and_opinion(claim_id: str, expected: str | None, title: str,
                                    summary: str, day: str) -> None:
    check([PACT], claim_id, expected, title, summary, day)


def test_class_08_an_apparent_decision_is_unconfirmed() -> None:
    """もよう ("apparently"), like "reportedly", reports what is not confirmed."""
    check([DEPOT], "kessling-depot", "mentions", "ケスリング車庫の住宅転用、市が承認したもよう",
          "", "2026-04-28")


def test_class_08_a_report_the_party_calls_untrue_is_no_news() -> None:
    """「…との報道がありましたが、そのような事実はありません」: the party denies the
    report (rule 8), so the closure it reported is no threat."""
    check([DEPOT], "kessling-depot", "mentions", "【お知らせ】一部報道について",
          "ケスリング車庫の閉鎖を検討しているとの報道がありましたが、そのような事実はありません。",
          "2026-04-28")


CLASS_9 = [  # a claim term in the wrong role (a customer list) is another subject
    pytest.param("corvane-plant", "confirms", "コルベーン、タルブレク工場で生産開始",
                 "最初の電池パックが8日に出荷された。",
                 "2026-06-09", id="own-plant-rule4"),
    pytest.param("corvane-plant", None, "ハルデン・セルズ、タルブレクに電池工場を開設",
                 "タルブレク工場はコルベーンやオストラなど自動車大手に電池セルを供給する。",
                 "2026-06-09", id="near-miss-customer-list-rule10"),
    pytest.param("corvane-plant", "confirms", "コルベーンのタルブレク工場が稼働",
                 "同工場は同社の電気自動車2車種向けに電池パックを供給する。",
                 "2026-06-09", id="own-plant-possessive-rule4"),
    pytest.param("corvane-plant", None,
                 "ハルデンのタルブレク工場、コルベーンやオストラから電池を受注",
                 "受注により同工場の3ラインは2028年まで稼働が続く見通し。",
                 "2026-06-09", id="near-miss-customer-of-another-plant-rule10"),
    # が marks who acts: the maker whose orders grow is no customer in a list (reported
    # by a claim writer of round nineteen: 受注 hid every name before it)
    pytest.param("corvane-plant", "confirms", "コルベーンが受注拡大、タルブレク工場が稼働", "",
                 "2026-06-09", id="subject-before-an-order-word-rule10"),
]


@pytest.mark.parametrize(FIELDS, CLASS_9)
def test_class_09_terms_in_the_wrong_role(claim_id: str, expected: str | None, title: str,
                                          summary: str, day: str) -> None:
    check([PLANT], claim_id, expected, title, summary, day)


CLASS_10 = [  # a late completion confirms; delays on the way update (rule 4)
    pytest.param("velmora-tram", "confirms", "ベルモラ市の路面電車4号線、3カ月遅れで開業",
                 "駅と港を結ぶ区間で7日、乗客を乗せた運行が始まった。",
                 "2026-12-07", id="late-opening-rule4"),
    pytest.param("arvelia-borsk-talks", "confirms", "アルベリアとボルスクの漁業相、初の会談",
                 "議題をめぐる数カ月の対立を経て、両氏はベルモラで会った。",
                 "2026-11-16", id="late-first-meeting-rule4"),
    pytest.param("velmora-tram", "updates", "ベルモラ市の路面電車4号線、開業を2027年3月に再延期",
                 "市は運転士不足を理由に挙げた。",
                 "2026-11-20", id="near-miss-late-delay-rule4"),
    pytest.param("arvelia-borsk-talks", "updates", "アルベリアとボルスク、2回目の漁業相会談",
                 "両氏は初会談から2カ月ぶりにベルモラで会った。",
                 "2026-06-22", id="near-miss-second-round-rule5"),
    # a length of time before a word of putting off is how far, not how late it came
    pytest.param("velmora-tram", "updates", "ベルモラ市の路面電車4号線、開業を1年延期", "",
                 "2026-11-20", id="put-off-by-a-year-rule4"),
    pytest.param("velmora-tram", "confirms", "ベルモラ市の路面電車4号線、1週間遅れで開業", "",
                 "2026-12-07", id="near-miss-opened-a-week-late-rule4"),
]


@pytest.mark.parametrize(FIELDS, CLASS_10)
def test_class_10_late_completion(claim_id: str, expected: str | None, title: str,
                                  summary: str, day: str) -> None:
    check([TRAM, TALKS], claim_id, expected, title, summary, day)


NEGATED_ENDINGS = [  # not done: 合意に至らず, 開業できず (rule 6: updates, not confirms)
    pytest.param("arvelia-borsk-pact", "updates", "アルベリアとボルスク、漁業協定の合意に至らず",
                 "協議は来月も続ける。", "2026-05-18", id="goui-ni-itarazu"),
    pytest.param("arvelia-borsk-pact", "updates",
                 "アルベリアとボルスクの漁業協定、合意には至っていない", "", "2026-05-18",
                 id="goui-niwa-itatteinai"),
    pytest.param("arvelia-borsk-pact", "confirms", "アルベリアとボルスク、漁業協定で合意に至った",
                 "", "2026-05-18", id="near-miss-goui-ni-itatta"),
    pytest.param("velmora-tram", "updates", "ベルモラ市の路面電車4号線、予定の6月に開業できず",
                 "", "2026-06-30", id="kaigyou-dekizu"),
    pytest.param("velmora-tram", "updates", "ベルモラ市の路面電車4号線、予定の6月開業ならず", "",
                 "2026-06-30", id="kaigyou-narazu"),
    pytest.param("velmora-tram", "updates", "ベルモラ市の路面電車4号線、6月の開業に間に合わず",
                 "", "2026-06-30", id="maniawazu"),
    pytest.param("velmora-tram", "mentions", "ベルモラ市の路面電車4号線、開業なら運賃は200円",
                 "", "2026-06-30", id="near-miss-kaigyou-nara"),
]


@pytest.mark.parametrize(FIELDS, NEGATED_ENDINGS)
def test_negated_endings_after_the_event_word(claim_id: str, expected: str | None, title: str,
                                              summary: str, day: str) -> None:
    check([PACT, TRAM], claim_id, expected, title, summary, day)


def test_a_bill_passed_is_a_decision_not_a_proposal() -> None:
    """案 hedges (改革案: a proposal), but 法案 is a bill: its passing is the decision."""
    check([PACT], "arvelia-borsk-pact", "confirms",
          "アルベリア議会、ボルスクとの漁業協定の承認法案を可決", "", "2026-05-18")
    check([PACT], "arvelia-borsk-pact", "mentions",
          "アルベリア政府、ボルスクとの漁業協定の合意案を公表", "", "2026-05-18")


def test_a_proposal_passed_with_no_particle_is_the_decision() -> None:
    """A headline drops を: 改正案可決 is 改正案を可決, a proposal voted through."""
    check([PACT], "arvelia-borsk-pact", "confirms",
          "アルベリア議会がボルスクとの漁業協定の修正案可決", "", "2026-05-18")


def test_a_bare_he_ending_is_the_headline_future_as_will_is() -> None:
    """転換へ reads as "to convert": for a decision claim the decision itself (rule 4), as
    the English "Velmora to convert the depot"; 予定 (scheduled) stays a plan."""
    check([DEPOT], "kessling-depot", "confirms", "ベルモラ市、ケスリング車庫を住宅に転換へ", "",
          "2026-05-18")
    check([DEPOT], "kessling-depot", "mentions",
          "ベルモラ市、ケスリング車庫の住宅転換を6月に決定する予定", "", "2026-05-18")
    check([TRAM], "velmora-tram", "mentions", "ベルモラ市の路面電車4号線、9月に開業へ", "",
          "2026-05-18")


def test_a_proposal_voted_down_is_a_stop_not_a_hedge() -> None:
    """否決 (voted down) stops the plan, as "rejects" does; the 案 it governs (転用案を否決)
    is its object, not a hedge of the clause."""
    check([DEPOT], "kessling-depot", "contradicts",
          "ベルモラ市議会、ケスリング車庫の住宅転用案を否決", "", "2026-05-18")
    check([DEPOT], "kessling-depot", "confirms", "ベルモラ市議会、ケスリング車庫の住宅転用を承認",
          "", "2026-05-18")


@pytest.mark.parametrize(("title", "day", "expected"), [
    ("ベルモラ市の路面電車4号線、今夏開業", "2026-04-15", "mentions"),
    ("ベルモラ市の路面電車4号線、年度内に開業", "2026-04-15", "mentions"),
    ("ベルモラ市の路面電車4号線、来春開業", "2026-04-15", "updates"),
    ("ベルモラ市の路面電車4号線が開業", "2026-08-15", "confirms"),
], ids=["konka-this-summer", "nendonai", "raishun-after-the-deadline", "near-miss-opened"])
def test_japanese_seasons_and_fiscal_year_ahead(title: str, day: str, expected: str) -> None:
    """今夏 (this summer, in April), 年度内 (within the fiscal year) put a headline's bare
    event ahead: a preview; 来春 (next spring) past the deadline is a slip."""
    check([TRAM], "velmora-tram", expected, title, "", day)


@pytest.mark.parametrize(("expected", "title"), [
    ("confirms", "閉鎖2年半のベルモラ市ハーバー橋、再開通"),
    ("updates", "ベルモラ市、閉鎖中のハーバー橋の再開通を延期"),
    # near miss: 中止 is a stop, not 中 after one
    ("contradicts", "ベルモラ市、ハーバー橋の再開通を中止"),
], ids=["heisa-ni-nen-han-no", "heisa-chu-no", "chushi"])
def test_a_stop_told_of_a_noun_is_its_state_not_news(expected: str, title: str) -> None:
    """閉鎖中の橋 ("the bridge, closed at present") and 閉鎖2年半の橋 ("closed for two and
    a half years") describe the bridge; neither closes it now."""
    check([BRIDGE], "velmora-bridge", expected, title, "", "2026-05-18")


@pytest.mark.parametrize(("expected", "title"), [
    # the headline's space ends the phrase: the figure after it starts another
    ("confirms", "ベルモラ市の路面電車4号線が開業　3か月の試運転を経て"),
    # guard: written right after the event word, the span counts from it (background)
    ("mentions", "ベルモラ市の路面電車4号線、開業1年の利用者は"),
], ids=["kaigyo-space-3-kagetsu", "guard-kaigyo-1-nen-no"])
def test_a_headline_space_ends_the_event_words_phrase(expected: str, title: str) -> None:
    """開業　3か月の試運転を経て: "opens, after a three-month trial run" (a claim writer of
    round 126), not 開業3か月の ("three months after opening")."""
    check([TRAM], "velmora-tram", expected, title, "", "2026-05-18")
