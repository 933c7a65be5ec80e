"""A claim whose event is one family of an event class reads that family's words as its
event: a shutdown claim reads "switches off" and "closure" as its event (words that end a
running thing, not "scraps", which stops a plan), and a thing kept going as a delay; a
choice claim reads "picks" and 選定 as its decision. A coordinator before a finite verb
starts a clause; production starts and a few headline idioms are event words; a claim's
own event word that a stop governs is stopped; a plan said to stand ("closure
unchanged") is a preview. Subjects are invented. Each case
failed before its rule, except those marked as guards (docs/matching.md, "Word
families")."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

PAGERS = claim(  # event whose event is an ending: a paging network switched off
    "ostmark-pagers", "Ostmark Telecom will shut down its pager network in Rellin by March 2027.",
    [group("ostmark", en=["Ostmark Telecom", "Ostmark"], fr=["Ostmark Telecom", "Ostmark"],
           ja=["オストマーク"]),
     group("pagers", en=["pager network", "pagers"], fr=["réseau de radiomessagerie"],
           ja=["ポケベル"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
)
BRIDGE = claim(  # decision whose decision is a choice: a builder picked
    "lunne-bridge-builder", "The Lunne county board will choose a builder for the Sorv bridge by "
    "October 2026.",
    [group("bridge", en=["Sorv bridge"], fr=["pont de Sorv"], ja=["ソルブ橋"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 10, 31),
)
MUSEUM = claim(  # event: a museum reopens
    "harrow-museum", "The Harrow museum will reopen after its refit by June 2027.",
    [group("museum", en=["Harrow museum"], fr=["musée de Harrow"], ja=["ハロー博物館"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
)
BIKE = claim(  # event: a product goes into production
    "kelso-ebike", "Kelso Cycles will start production of its e-bike at its Marle plant by "
    "December 2026.",
    [group("kelso", en=["Kelso Cycles", "Kelso"], fr=["Kelso"]),
     group("bike", en=["e-bike", "e-bikes"], fr=["vélo électrique"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)
FAX = claim(  # event named by the user's own cue
    "ostmark-fax", "Ostmark Telecom will shut down its fax service in Rellin by March 2027.",
    [group("ostmark", en=["Ostmark Telecom", "Ostmark"], ja=["オストマーク"]),
     group("fax", en=["fax service"], ja=["FAX"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
    cues={Verdict.CONFIRMS: {"en": ("retire",), "ja": ("終了",)}},
)
CLAIMS = [PAGERS, BRIDGE, MUSEUM, FAX]


@pytest.mark.parametrize(("expected", "title", "summary", "language"), [
    ("confirms", "Ostmark pulls the plug on its pager network", "", "en"),
    ("confirms", "Ostmark switches off pagers for good", "", "en"),
    ("confirms", "Ostmark : fermeture du réseau de radiomessagerie", "", "fr"),
    ("confirms", "オストマーク、ポケベルのサービスを停止", "", "ja"),
    # a plan stopped is still a stop
    ("contradicts", "Ostmark scraps plan to shut its pager network", "", "en"),
    # a thing kept going with a time past the deadline: the ending put off
    ("updates", "Ostmark keeps pagers running until 2029", "", "en"),
    ("updates", "Ostmark pager network to stay on until mid-2028", "", "en"),
    # kept beside its ending: the plan kept, no news
    ("mentions", "Ostmark sticks to March closure of pager network", "", "en"),
])
def test_an_ending_claim_reads_ending_words_as_its_event(
        expected: str, title: str, summary: str, language: str) -> None:
    check_verdict(CLAIMS, "ostmark-pagers", expected, title, summary, "2027-02-10", language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Lunne board picks Dravik consortium for Sorv bridge", "en"),
    ("confirms", "Pont de Sorv : le comté désigne le groupe Dravik", "fr"),
    ("confirms", "ソルブ橋の施工業者にドラビク社を選定", "ja"),
    # the choice ahead is a preview (guard)
    ("mentions", "Lunne board to pick Sorv bridge builder in October", "en"),
    # a tender opened is a step toward the choice (rule 6)
    ("updates", "Lunne board invites bids to build Sorv bridge", "en"),
    ("updates", "Lunne board calls for tenders for Sorv bridge", "en"),
])
def test_a_choice_claim_reads_choosing_words_as_its_decision(
        expected: str, title: str, language: str) -> None:
    check_verdict(CLAIMS, "lunne-bridge-builder", expected, title, "", "2026-08-20", language)


@pytest.mark.parametrize(("expected", "title", "summary", "language"), [
    # a time after "and said" belongs to the second verb, not the first
    ("confirms", "Harrow museum back in business",
     "The Harrow museum reopened on Saturday and said its café would be run by volunteers "
     "until 2029.", "en"),
    ("confirms", "Le musée de Harrow rouvre et lance un chantier jusqu'en 2029", "", "fr"),
    # an event word with a verb's ending after "and": two stops of two things, not a
    # stop of a stop
    ("contradicts", "Harrow museum refit scrapped and abandons its west wing plan", "", "en"),
    # a coordinator between two names cuts nothing (guard)
    ("updates", "Harrow museum and library reopening delayed to 2028", "", "en"),
])
def test_a_coordinated_verb_starts_its_own_clause(
        expected: str, title: str, summary: str, language: str) -> None:
    check_verdict(CLAIMS, "harrow-museum", expected, title, summary, "2027-05-10", language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Kelso e-bike enters series production at Marle", "en"),
    ("confirms", "Kelso e-bike goes into production at Marle", "en"),
    ("confirms", "First Kelso e-bikes roll off Marle line", "en"),
    ("confirms", "Le vélo électrique de Kelso entre en production à Marle", "fr"),
    ("contradicts", "Kelso pulls plug on e-bike", "en"),
])
def test_production_starts_and_headline_idioms(expected: str, title: str,
                                               language: str) -> None:
    check_verdict([BIKE], "kelso-ebike", expected, title, "", "2026-09-01", language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # done before something: "ahead of" after the event word previews nothing
    ("confirms", "Kelso e-bike enters production ahead of the summer season", "en"),
    ("confirms", "Le vélo électrique de Kelso entre en production avant l'été", "fr"),
    # guard: before the event word, the event is still to come
    ("mentions", "Dealers wait ahead of Kelso e-bike production start", "en"),
])
def test_a_preposition_of_plan_previews_what_follows_it(expected: str, title: str,
                                                        language: str) -> None:
    check_verdict([BIKE], "kelso-ebike", expected, title, "", "2026-09-01", language)


def test_a_start_behind_schedule_is_a_late_start() -> None:
    """"schedule" is the delay phrase's own word, no plan of the start: after the
    deadline, it started late (rule 4)."""
    check_verdict([BIKE], "kelso-ebike", "confirms",
                  "Kelso e-bike starts production a month behind schedule", "", "2027-02-10",
                  "en")


@pytest.mark.parametrize(("expected", "claim_id", "title", "language"), [
    # a claim's own event word stopped is a stop
    ("contradicts", "ostmark-fax", "オストマーク、新料金を白紙撤回　FAX終了も取りやめ", "ja"),
    ("contradicts", "ostmark-fax", "Ostmark scraps plan to retire its fax service", "en"),  # guard
    # the plan stands: nothing happened yet
    ("mentions", "ostmark-pagers", "Ostmark pager network closure unchanged, company says", "en"),
    ("mentions", "ostmark-pagers", "Ostmark : la fermeture du réseau de radiomessagerie inchangée",
     "fr"),
])
def test_own_words_stopped_and_plans_kept(expected: str, claim_id: str, title: str,
                                           language: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", "2026-10-01", language)


def test_every_family_word_is_a_word_of_its_class() -> None:
    """A family lists words of one class as written there: a word missing from the
    class would never be found, so its family would silently shrink."""
    from tracker.match.finding.families import FAMILIES
    from tracker.match.finding.lexicon import LEXICON_LANGUAGES, load_lexicon

    lexicon = load_lexicon()
    for family in FAMILIES:
        for language in LEXICON_LANGUAGES:
            words = getattr(lexicon, family.name).get(language, ())
            assert words, f"{family.name} has no words in {language}"
            missing = set(words) - set(lexicon.classes[family.event_class][language])
            assert not missing, f"{family.name} ({language}): not in its class: {missing}"


@pytest.mark.parametrize("statement", [
    "The Varn smelter will stop operating by June 2027.",
    "The Varn smelter will cease to operate by June 2027.",
    "La fonderie de Varn cessera son activité d'ici juin 2027.",
])
@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Varn smelter shuts down for good", "en"),
    ("confirms", "Varn smelter ceases operations", "en"),
    ("confirms", "La fonderie de Varn ferme ses portes", "fr"),
    # guard: the plan to end it stopped is still a stop
    ("contradicts", "Owner scraps plan to close Varn smelter", "en"),
])
def test_cease_and_stop_operating_name_an_ending(statement: str, expected: str, title: str,
                                                 language: str) -> None:
    """"Will stop operating", "cease to operate", « cessera »: the statement's event is
    the smelter's end, so its closure confirms it. Reported by a claim writer of round
    twenty-seven, whose "will stop processing crude" read every closure as the plan
    called off."""
    smelter = claim("varn-smelter", statement,
                    [group("smelter", en=["Varn smelter"], fr=["fonderie de Varn"])],
                    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30))
    got = verdict_for(Matcher([smelter]), entry(title, "", "2027-05-10", language),
                      "varn-smelter")
    assert got == expected


@pytest.mark.parametrize(("expected", "title"), [
    ("confirms", "オストマークのポケベル、30年の歴史に幕"),
    ("confirms", "オストマーク、ポケベルのサービスが幕を閉じた"),
    ("confirms", "オストマーク、ポケベル事業に幕を下ろした"),
])
def test_the_curtain_falling_is_an_ending_in_japanese(expected: str, title: str) -> None:
    """歴史に幕, 幕を閉じる, 幕を下ろす: an idiom of a running thing's end (a shutdown claim's
    event). Before, such a headline reported nothing."""
    check_verdict(CLAIMS, "ostmark-pagers", expected, title, "", "2027-03-01", "ja")


def test_a_noun_that_stems_like_a_stop_word_is_no_stop() -> None:
    """« remise en état » (restoration) stems like « remiser » (to shelve): a noun
    listed in ``other_words`` is no cue (round twenty-eight, « travaux de remise en
    état des galeries » read as the plan shelved)."""
    check_verdict(CLAIMS, "harrow-museum", "mentions",
                  "Musée de Harrow : la remise en état des salles", "",
                  "2027-02-10", "fr")


@pytest.mark.parametrize(("title", "language"), [
    ("Work starts on the Sorv bridge", "en"),
    ("Pont de Sorv : les travaux ont commencé", "fr"),
])
def test_works_begun_are_no_step_toward_a_decision(title: str, language: str) -> None:
    """Building work starts after the choice of a builder, not on the way to it: for a
    decision claim it is no step (round twenty-eight: demolition begun read as news of
    the contractor's selection)."""
    check_verdict(CLAIMS, "lunne-bridge-builder", "mentions", title, "", "2026-08-20",
                  language)


@pytest.mark.parametrize(("expected", "title"), [
    ("contradicts", "Harrow museum reopening cancelled over safety concerns"),
    ("contradicts", "Harrow museum reopening scrapped amid funding worries"),
    # guard: a hedge before the cue still hedges it
    ("updates", "Concerns that Harrow museum reopening could be cancelled"),
])
def test_a_hedge_word_in_the_cause_is_the_reason(expected: str, title: str) -> None:
    """"Cancelled over safety concerns": a worry word after "over", "amid" or "due to"
    says why, it does not make the stop a possibility (reported by a claim writer of
    round twenty-nine)."""
    check_verdict(CLAIMS, "harrow-museum", expected, title, "", "2027-02-10", "en")


POOL_WORKS = claim(  # event named only by the project's name: construction begins
    "selby-pool-works", "Construction of the Selby aquatic centre will begin in April 2026.",
    [group("pool", en=["Selby aquatic centre"], fr=["centre aquatique de Selby"],
           ja=["セルビー水泳場"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 4, 1), expected_by=date(2026, 4, 30),
    cues={Verdict.CONFIRMS: {"en": ("construction … begins",), "fr": ("début des travaux",),
                             "ja": ("着工",)}},
)
POOL_OPENING = claim(  # its sibling: the opening
    "selby-pool-opening", "The Selby aquatic centre will open in September 2027.",
    [group("pool", en=["Selby aquatic centre"], fr=["centre aquatique de Selby"],
           ja=["セルビー水泳場"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 9, 1), expected_by=date(2027, 9, 30),
    cues={Verdict.CONFIRMS: {"en": ("opens",), "fr": ("ouverture",), "ja": ("開業",)}},
)


@pytest.mark.parametrize(("title", "language"), [
    ("Selby aquatic centre opening pushed back to November", "en"),
    ("Centre aquatique de Selby : l'ouverture repoussée à novembre", "fr"),
    ("セルビー水泳場、開業は11月にずれ込み", "ja"),
], ids=["en", "fr", "ja"])
def test_another_familys_event_word_leaves_its_delay_to_that_claim(title: str,
                                                                     language: str) -> None:
    """A claim named only by its project's name reads a delay beside its own kind of
    event word, but an opening is not a start of works: the delay is the opening's."""
    claims = [POOL_WORKS, POOL_OPENING]
    check_verdict(claims, "selby-pool-opening", "updates", title, "", "2027-06-01", language)
    check_verdict(claims, "selby-pool-works", "mentions", title, "", "2027-06-01", language)


POOL_DONE = claim(  # its sibling: the building completed
    "selby-pool-completion", "The Selby aquatic centre building will be completed by June 2027.",
    [group("pool", en=["Selby aquatic centre"], fr=["centre aquatique de Selby"],
           ja=["セルビー水泳場"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
    cues={Verdict.CONFIRMS: {"en": ("completed",), "fr": ("achevé",), "ja": ("完成",)}},
)


@pytest.mark.parametrize(("title", "language"), [
    ("Selby aquatic centre completion pushed back to September", "en"),
    ("Centre aquatique de Selby : l'achèvement repoussé à septembre", "fr"),
    ("セルビー水泳場、完成は9月にずれ込み", "ja"),
], ids=["en", "fr", "ja"])
def test_a_completions_delay_is_no_delay_of_the_start(title: str, language: str) -> None:
    """A finish is a word family of its own: a delay beside it is the completion's,
    not the start of works' (a claim named only by the project's name)."""
    claims = [POOL_WORKS, POOL_DONE]
    check_verdict(claims, "selby-pool-works", "mentions", title, "", "2027-03-01", language)


LORRY_BAN = claim(  # state: a ban that starts later and must stay in force
    "vesk-lorry-ban",
    "Once the Vesk bypass opens, lorries will be banned from Vesk town centre and the ban "
    "will stay in force.",
    [group("ban", en=["lorry ban", "ban on lorries"], fr=["interdiction des poids lourds"],
           ja=["大型車の進入禁止"]),
     group("vesk", en=["Vesk"], fr=["Vesk"], ja=["ヴェスク"])],
    kind=ClaimKind.STATE, expected_from=date(2028, 1, 1), expected_by=date(2029, 6, 30),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Vesk lorry ban takes effect as bypass opens", "en", "confirms"),
    ("Vesk : l'interdiction des poids lourds entre en vigueur", "fr", "confirms"),
    ("ヴェスク、大型車の進入禁止を施行", "ja", "confirms"),
    # guard: the ban struck down
    ("Court annuls Vesk lorry ban", "en", "contradicts"),
], ids=["en", "fr", "ja", "guard-annulled"])
def test_a_state_in_force_is_confirmed_when_it_takes_effect(title: str, language: str,
                                                            expected: str) -> None:
    check_verdict([LORRY_BAN], "vesk-lorry-ban", expected, title, "", "2028-01-10", language)
