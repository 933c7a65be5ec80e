"""Words read as what they say: stem twins, early, steps before the event, first users.

Snowball gives "authority" the stem of "authorize", "important" that of "import",
"maintenant" that of "maintenir" and "différent" that of "différer": read as the
lexicon word, a transport authority's statement was a decision and "maintenant" a
state kept. The list (``[markers] other_words``) was drawn from the words of
simplemma's dictionaries that share a stem with a lexicon word (French
"installations" are facilities, not "installer"). "Ahead of schedule" is early, not
a preview; a trial run (試験運用開始), a building's frame (骨組み完成, "le gros œuvre
achevé"), a test or a drill ("passes fire safety tests", 防災訓練) is a step, not the
opening. The number of a name ("Vela-2 lifts off") is no share of the event done. The
first users of a new thing ("first passengers", premiers passagers) report it open,
and a craft in orbit (軌道投入) launched. Subjects are invented; each case failed
before its rule, except those marked as guards.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

PERMIT = claim(
    "tolva-quarry-permit", "The Tolva environment agency will decide by June 2027 on the "
    "permit for the Brask quarry.",
    [group("quarry", en=["Brask quarry"], fr=["carrière de Brask"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 6, 30),
)
LINK = claim(
    "morra-ferry-link", "The Morra ferry link will keep running through 2027.",
    [group("link", en=["Morra ferry"], fr=["ferry de Morra", "liaison de Morra"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)
STATION = claim(
    "pell-station-opening", "Pell's new station will open by May 2027.",
    [group("station", en=["Pell station"], fr=["gare de Pell"], ja=["ペル駅"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 5, 31),
)
PROBE = claim(
    "vela-2-launch", "The Vela-2 probe will be launched by the end of 2026.",
    [group("probe", en=["Vela-2"], fr=["Vela-2"], ja=["ベラ2号"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)
VAN = claim(
    "tolk-van-production", "Tolk Motors will start series production of its Ember van in 2026.",
    [group("van", en=["Ember van"], fr=["fourgon Ember"], ja=["エンバー"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)
TREATY = claim(
    "orla-treaty-ratification", "Orla's parliament will ratify the Senn fisheries treaty by "
    "July 2026.",
    [group("orla", en=["Orla"]), group("treaty", en=["Senn treaty", "fisheries treaty"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 7, 31),
)
VOTE = claim(
    "lorn-referendum", "Lorn will hold its referendum on independence by June 2027.",
    [group("lorn", en=["Lorn"]), group("referendum", en=["referendum"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
    cues={Verdict.CONFIRMS: {"en": ("go to the polls",)}},
)
CLAIMS = [PERMIT, LINK, STATION, PROBE, VAN, TREATY, VOTE]


@pytest.mark.parametrize(("expected", "claim_id", "title", "day", "language"), [
    ("mentions", "tolva-quarry-permit", "Transport authority says Brask quarry trucks must use "
     "the ring road", "2026-10-02", "en"),
    ("mentions", "tolva-quarry-permit", "Brask quarry: an important test for the region",
     "2026-10-02", "en"),
    ("mentions", "morra-ferry-link", "Le ferry de Morra dessert maintenant trois îles",
     "2026-10-02", "fr"),
    ("mentions", "morra-ferry-link", "Un ferry de Morra aux couleurs différentes",
     "2026-10-02", "fr"),  # guard
    ("mentions", "morra-ferry-link", "Le ferry de Morra, un atout décisif pour les îles",
     "2026-10-02", "fr"),
    # "ahead of schedule": done early, not a preview
    ("confirms", "pell-station-opening", "Pell station opens ahead of schedule",
     "2027-03-02", "en"),
    ("confirms", "pell-station-opening", "La gare de Pell ouvre plus tôt que prévu",
     "2027-03-02", "fr"),  # guard
    ("mentions", "pell-station-opening", "Gare de Pell : visite guidée des installations",
     "2027-03-02", "fr"),
    ("updates", "pell-station-opening", "ペル駅、新駅舎で試験運用開始", "2027-03-02", "ja"),
    ("updates", "pell-station-opening", "ペル駅の新駅舎、骨組み完成", "2026-09-02", "ja"),
    ("updates", "pell-station-opening", "Gare de Pell : le gros œuvre achevé", "2026-09-02",
     "fr"),
    # a test or a drill before the opening is a step
    ("updates", "pell-station-opening", "Pell station passes fire safety tests", "2027-02-02",
     "en"),
    ("updates", "pell-station-opening", "ペル駅で総合防災訓練", "2027-02-02", "ja"),
    ("updates", "pell-station-opening", "Gare de Pell : 3 000 figurants pour roder la gare",
     "2027-02-02", "fr"),
    ("updates", "pell-station-opening", "ペル駅で運用試験　模擬旅客5000人", "2027-02-02", "ja"),
    # the number of a name is no share done ("40% complete" is)
    ("confirms", "vela-2-launch", "Vela-2 lifts off", "2026-12-04", "en"),
    ("updates", "pell-station-opening", "Pell station 40% complete", "2026-10-02", "en"),
    # the first users of a new thing: it has opened; a craft in orbit: it was launched
    ("confirms", "pell-station-opening", "First passengers stream through new Pell station",
     "2027-04-02", "en"),
    ("confirms", "pell-station-opening", "Gare de Pell : premiers passagers ce matin",
     "2027-04-02", "fr"),
    ("confirms", "pell-station-opening", "La gare de Pell accueille ses premiers voyageurs",
     "2027-04-02", "fr"),
    ("confirms", "pell-station-opening", "First riders pour into new Pell station",
     "2027-04-02", "en"),
    ("confirms", "pell-station-opening", "ペル駅、初の利用者を迎える", "2027-04-02", "ja"),
    ("confirms", "vela-2-launch", "Vela-2 rockets into orbit", "2026-12-04", "en"),
    ("confirms", "vela-2-launch", "ベラ2号、軌道投入に成功", "2026-12-04", "ja"),
    # a state guaranteed to last is kept
    ("confirms", "morra-ferry-link", "Operator and region sign deal guaranteeing Morra ferry "
     "until 2028", "2026-10-02", "en"),
    ("confirms", "morra-ferry-link", "La région garantit la liaison de Morra jusqu'en 2028",
     "2026-10-02", "fr"),
    # a third party right before a decision word is who decides; a petition is a view
    ("confirms", "orla-treaty-ratification", "Orla lawmakers vote through Senn fisheries "
     "treaty", "2026-06-10", "en"),
    ("mentions", "orla-treaty-ratification", "Orla fishermen sign petition against Senn "
     "treaty", "2026-06-10", "en"),
    ("confirms", "morra-ferry-link", "Deal secures Morra ferry until 2028", "2026-10-02", "en"),
    # a draft text is a step toward the decision, not the decision
    ("updates", "orla-treaty-ratification", "Orla government unveils draft law to ratify "
     "Senn treaty", "2026-03-10", "en"),
    # "will hold": the holding is an event claim's event
    ("confirms", "lorn-referendum", "Lorn holds independence referendum", "2027-05-10", "en"),
    # a past verb with a weekday is the last such day: "polls" is no present verb
    ("confirms", "lorn-referendum", "Lorn voters went to the polls on Sunday for referendum",
     "2027-05-10", "en"),
    # orders taken before a product is made: a step toward it, no start of production
    ("updates", "tolk-van-production", "Tolk opens pre-orders for Ember van", "2026-02-02",
     "en"),
    ("updates", "tolk-van-production", "Fourgon Ember : ouverture des précommandes",
     "2026-02-02", "fr"),
])
def test_a_word_that_only_stems_like_a_lexicon_word_is_not_it(
        expected: str, claim_id: str, title: str, day: str, language: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", day, language)


def test_a_title_that_denies_a_stop_is_not_undone_by_its_summary() -> None:
    # the summary tells what the title denies: no news of a stop
    check_verdict(CLAIMS, "morra-ferry-link", "mentions",
                  "Operator denies it will close Morra ferry link",
                  "A spokesman called a report on plans to axe the Morra ferry pure speculation.",
                  "2026-10-02", "en")


MEETING = claim(
    "sandra-pelt-summit", "The leaders of Sundra and Peltia will meet in Ostra by July 2026.",
    [group("sundra", fr=["Sundra"]), group("peltia", fr=["Peltia"])],
    kind=ClaimKind.MEETING, expected_by=date(2026, 7, 31),
)


@pytest.mark.parametrize(("expected", "title"), [
    # a name ending like a French future ("tiendra") is no future verb
    ("confirms", "Les présidents du Sundra et de la Peltia se sont rencontrés à Ostra"),
    # a compound tense splits the pronominal verb: "se sont retrouvés" met
    ("confirms", "Les présidents du Sundra et de la Peltia se sont retrouvés à Ostra"),
    # a real future still is (guard)
    ("mentions", "La rencontre entre le Sundra et la Peltia se tiendra à Ostra"),
    # the feminine participle of "se tenir" is also a noun (« une tenue »)
    ("confirms", "La rencontre entre le Sundra et la Peltia s'est tenue à Ostra"),
    ("confirms", "Les rencontres du Sundra et de la Peltia se sont tenues à Ostra"),
    # near miss: the noun itself is no meeting held
    ("mentions", "Sundra et Peltia : la tenue du sommet d'Ostra en question"),
])
def test_a_name_is_no_future_verb(expected: str, title: str) -> None:
    check_verdict([MEETING], "sandra-pelt-summit", expected, title, "", "2026-06-24", "fr")


REACTOR = claim(
    "velm-reactor", "Norsk Power will restart reactor 3 at its Velm plant by 2026.",
    [group("velm", en=["Velm"], fr=["Velm"]),
     group("reactor", en=["reactor 3"], fr=["réacteur 3"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize("title", [
    "Velm : le réacteur 3 enfin relancé",
    "Redémarrage du réacteur 3 de Velm",
])
def test_a_french_restart_is_the_event(title: str) -> None:
    check_verdict([REACTOR], "velm-reactor", "confirms", title, "", "2026-10-05", "fr")


@pytest.mark.parametrize(("expected", "title", "language"), [
    # "before" opens a clause whose event has not come yet
    ("mentions", "Regulator orders extra checks at Velm before reactor 3 restart", "en"),
    # the event refused (認めず) or the reactor to be decommissioned (廃炉): it will not come
    ("contradicts", "安全当局、ベルム3号機の運転再開認めず", "ja"),
    ("contradicts", "ベルム3号機、廃炉へ", "ja"),
])
def test_an_event_not_yet_or_refused(expected: str, title: str, language: str) -> None:
    reactor = claim(
        "velm-3", "Norsk Power will restart reactor 3 at its Velm plant by 2026.",
        [group("velm", en=["Velm"], ja=["ベルム"]), group("reactor", en=["reactor 3"],
                                                           ja=["3号機"])],
        kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
        cues={Verdict.CONFIRMS: {"en": ("restart",)}},
    )
    check_verdict([reactor], "velm-3", expected, title, "", "2026-06-03", language)


@pytest.mark.parametrize(("title", "language"), [
    ("Velm council abolishes Orra bridge tolls", "en"),
    ("Velm abolit le péage du pont d'Orra", "fr"),
])
def test_abolish_is_a_stop_word(title: str, language: str) -> None:
    tolls = claim(
        "orra-tolls", "The Velm council will keep the tolls on the Orra bridge through 2027.",
        [group("velm", en=["Velm"], fr=["Velm"]),
         group("tolls", en=["Orra bridge tolls", "tolls"], fr=["péage"])],
        kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
    )
    check_verdict([tolls], "orra-tolls", "contradicts", title, "", "2026-05-10", language)


def test_words_inside_words_and_months() -> None:
    # 後 inside 後任 (successor) opens no clause of context; "into May" is a month
    bank = claim(
        "orla-ceo", "Orla Bank will name a new chief executive by June 2027.",
        [group("orla", en=["Orla Bank"], ja=["オーラ銀行"]),
         group("ceo", en=["chief executive", "CEO"], ja=["CEO", "頭取"])],
        kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
    )
    check_verdict([bank], "orla-ceo", "updates", "オーラ銀行、後任CEOの選定作業を開始",
                  "", "2027-03-02", "ja")
    strike = claim(
        "velm-strike", "The Velm nurses' strike will end by April 2027.",
        [group("velm", en=["Velm"]), group("strike", en=["strike"])],
        kind=ClaimKind.EVENT, expected_by=date(2027, 4, 30),
    )
    check_verdict([strike], "velm-strike", "updates", "Velm nurses extend strike into May", "",
                  "2027-04-20", "en")
    # "stage" a protest is no stage of a project
    check_verdict([strike], "velm-strike", "mentions",
                  "Velm nurses on strike stage protest at city hall", "", "2027-04-20", "en")


CONSULTATION = claim(
    "orsk-union-talks", "Orsk Transit will hold its first consultation with the drivers' "
    "union on 4 November 2025.",
    [group("union", en=["drivers' union", "union"]),
     group("orsk", en=["Orsk Transit", "Orsk"]),
     group("talks", en=["consultation", "talks"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 10, 1), expected_from=date(2025, 11, 4),
    expected_by=date(2025, 11, 4),
)


@pytest.mark.parametrize(("expected", "title"), [
    # "sets out" lays something out: no date set (was updates, a date moved)
    ("mentions", "Drivers' union sets out demands ahead of Tuesday's Orsk Transit consultation"),
    # guard: a date set is still news of the meeting's date
    ("updates", "Orsk Transit sets November 6 for union consultation"),
])
def test_set_out_is_no_date_set(expected: str, title: str) -> None:
    check_verdict([CONSULTATION], "orsk-union-talks", expected, title, "", "2025-11-01", "en")


WEIR_WORKS = claim(
    "orle-works", "Works to remove the Orle weir will start in June 2026.",
    [group("orle", fr=["Orle"]), group("weir", fr=["seuil", "travaux"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("expected", "title"), [
    # « arrêté » as a noun is an order, no stop (« par arrêté », « arrêté préfectoral »)
    ("updates", "Orle : les travaux du seuil autorisés par arrêté"),
    ("updates", "Orle : un arrêté préfectoral autorise les travaux du seuil"),
    # near miss: the participle still stops them
    ("contradicts", "Orle : les travaux du seuil arrêtés par arrêté préfectoral"),
])
def test_a_french_order_is_no_stop(expected: str, title: str) -> None:
    check_verdict([WEIR_WORKS], "orle-works", expected, title, "", "2026-05-10", "fr")


PRISON = claim(
    "velmora-prison-opening", "The new Velmora prison will open in autumn 2028.",
    [group("prison", fr=["centre pénitentiaire de Velmora", "prison de Velmora"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 5, 20), expected_by=date(2028, 11, 30),
)


@pytest.mark.parametrize(("expected", "title"), [
    # « maison d'arrêt » is a jail, no stop (claim writer of round 64)
    ("mentions", "Velmora : la maison d'arrêt restera en service jusqu'à l'ouverture du "
                 "centre pénitentiaire de Velmora"),
    # near miss: a stop of the project itself still stops it
    ("contradicts", "Velmora : l'État abandonne le projet de centre pénitentiaire de Velmora"),
])
def test_a_french_jail_is_no_stop(expected: str, title: str) -> None:
    check_verdict([PRISON], "velmora-prison-opening", expected, title, "", "2026-06-01", "fr")


FISH = claim(
    "lenne-fish", "At least 2,500 migratory fish a year will be counted at Lenne by 2029.",
    [group("lenne", en=["Lenne"], fr=["Lenne"]),
     group("fish", en=["migratory fish"], fr=["poissons migrateurs"])],
    kind=ClaimKind.TARGET, expected_by=date(2029, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "day"), [
    # « compter » is intent only before an infinitive: « a compté » counted
    ("confirms", "La station de Lenne a compté 2 800 poissons migrateurs en 2029",
     "2029-12-20"),
    # near miss: before an infinitive it is the intent it was (no target met yet)
    ("updates", "Lenne compte passer les 2 800 poissons migrateurs en 2029", "2029-03-20"),
])
def test_counting_is_no_intent(expected: str, title: str, day: str) -> None:
    check_verdict([FISH], "lenne-fish", expected, title, "", day, "fr")


ZONE_VOTE = claim(
    "varne-zone-vote", "Varne's council will vote to create a clean-air zone in June 2026.",
    [group("varne", en=["Varne"], fr=["Varne"]),
     group("zone", en=["clean-air zone"], fr=["zone à faibles émissions"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("expected", "title", "day", "language"), [
    # a plural noun before a passive is no verb: "road signs erected at" signs nothing
    ("mentions", "Varne clean-air zone: road signs erected at 42 entry points",
     "2026-11-16", "en"),
    # "de" contracted with its article: « à la veille du vote » is before it
    ("mentions", "À la veille du vote, Varne présente sa zone à faibles émissions",
     "2026-06-24", "fr"),
    # near misses: the verb before an adjective and its noun; the vote itself
    ("confirms", "Varne council signs revised clean-air zone plan into law", "2026-06-25",
     "en"),
    ("confirms", "Varne : le conseil adopte la zone à faibles émissions", "2026-06-25", "fr"),
])
def test_a_plural_before_a_passive_and_a_contracted_eve(expected: str, title: str, day: str,
                                                        language: str) -> None:
    check_verdict([ZONE_VOTE], "varne-zone-vote", expected, title, "", day, language)


BRIEFING = claim(
    "velmora-shrine-briefing", "Velmora shrine will hold a briefing for its parishioners on "
    "16 March 2026.",
    [group("shrine", ja=["ベルモラ神社"]), group("parishioners", ja=["氏子"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 3, 16), expected_by=date(2026, 3, 16),
)


@pytest.mark.parametrize(("expected", "summary"), [
    # 不足分 ("the amount short") is a sum to cover, no shortage holding anything up
    ("mentions", "ベルモラ神社の不足分は氏子の奉賛金で補う。"),
    # guard: a shortage is still a delay
    ("updates", "ベルモラ神社の氏子説明会、資料不足で延期。"),
], ids=["fusokubun", "guard-shortage"])
def test_the_amount_short_is_no_shortage(expected: str, summary: str) -> None:
    check_verdict([BRIEFING], "velmora-shrine-briefing", expected, "ベルモラ神社と氏子",
                  summary, "2026-06-01", "ja")


SOLAR = claim(
    "velmora-solar-power", "Velmora's solar park will deliver its first power in July 2026.",
    [group("park", en=["solar park"], fr=["parc solaire"]),
     group("velmora", en=["Velmora"], fr=["Velmora"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 7, 31),
)
PERMIT = claim(
    "velmora-solar-permit", "Velmora's council will grant the solar park's planning permission "
    "by March 2026.",
    [group("park", en=["solar park"], fr=["parc solaire"]),
     group("permit", en=["planning permission"], fr=["permis de construire"]),
     group("velmora", en=["Velmora"], fr=["Velmora"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31),
)


@pytest.mark.parametrize(("claim_id", "expected", "title", "language"), [
    # « une ferme de 6 MW » is a farm, no « fermer »
    ("velmora-solar-power", "mentions",
     "Velmora : le parc solaire, une ferme de 6 MW, est prêt", "fr"),
    ("velmora-solar-power", "contradicts", "Velmora ferme son parc solaire", "fr"),  # guard
    # "turns down" refuses
    ("velmora-solar-permit", "contradicts",
     "Velmora council turns down planning permission for solar park", "en"),
], ids=["une-ferme", "guard-ferme-verb", "turns-down"])
def test_a_farm_and_a_refusal(claim_id: str, expected: str, title: str, language: str) -> None:
    check_verdict([SOLAR, PERMIT], claim_id, expected, title, "", "2026-03-10", language)


COOP_MEETING = claim(
    "velmora-coop-egm", "The Velmora energy co-operative will hold an extraordinary general "
    "meeting on 22 November 2026.",
    [group("coop", en=["Velmora Energy"], ja=["ベルモラエネルギー"]),
     group("meeting", en=["general meeting"], ja=["臨時総会"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 11, 22), expected_by=date(2026, 11, 22),
)


@pytest.mark.parametrize(("expected", "title"), [
    # a co-operative (協同組合) is the party, no union (組合) giving its view
    ("confirms", "ベルモラエネルギー協同組合、臨時総会で建設を承認"),
    ("mentions", "ベルモラエネルギー労働組合、臨時総会で建設を承認"),  # guard: a union
], ids=["kyodo-kumiai", "guard-rodo-kumiai"])
def test_a_cooperative_is_no_union(expected: str, title: str) -> None:
    check_verdict([COOP_MEETING], "velmora-coop-egm", expected, title, "", "2026-11-23", "ja")
