"""Issue 10's ten failure classes of the matcher, on French news about invented
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

LANGUAGE = "fr"
FIELDS = ("claim_id", "expected", "title", "summary", "day")
def check(claims: Sequence[Claim], claim_id: str, expected: str | None, title: str,
          summary: str, day: str) -> None:
    check_verdict(claims, claim_id, expected, title, summary, day, LANGUAGE)


CLASS_1 = [  # required actors given by implication (capitals), not by name
    pytest.param("drone-centre", "confirms",
                 "Tokyo et Washington inaugurent un centre de drones côtiers commun",
                 "Le centre de Kurosaki est entré en service lundi avec des personnels des "
                 "deux pays.",
                 "2026-05-18", id="capitals-imply-both-actors"),
    pytest.param("drone-centre", "confirms",
                 "Le Japon et les États-Unis inaugurent un centre de drones côtiers commun",
                 "Le centre de Kurosaki est entré en service lundi.",
                 "2026-05-18", id="names-of-both-actors"),
    pytest.param("drone-centre", None,
                 "La Corée du Sud et les États-Unis inaugurent un centre de drones côtiers commun",
                 "Le centre, près de Pohang, est entré en service lundi.",
                 "2026-05-18", id="near-miss-other-partner-rule10"),
    pytest.param("drone-centre", None,
                 "Séoul et Washington inaugurent un centre de drones côtiers commun",
                 "Le centre, près de Pohang, est entré en service lundi.",
                 "2026-05-18", id="near-miss-other-capital-rule10"),
]


@pytest.mark.parametrize(FIELDS, CLASS_1)
def test_class_01_implied_actors(claim_id: str, expected: str | None, title: str,
                                 summary: str, day: str) -> None:
    check([DRONE_CENTRE], claim_id, expected, title, summary, day)


CLASS_2 = [  # inflected forms are lemmas of the lexicon's words; multi-word terms
    pytest.param("arvelia-borsk-talks", "confirms",
                 "Les ministres de la Pêche d'Arvélie et de Borsk se sont réunis pour la "
                 "première fois",
                 "Les deux ministres ont discuté des quotas de capture dans les zones de pêche "
                 "du nord.",
                 "2026-04-21", id="se-sont-reunis-is-se-reunir"),
    pytest.param("arvelia-borsk-talks", "confirms",
                 "Le ministre arvélien de la Pêche a rencontré pour la première fois son "
                 "homologue borskien",
                 "Les deux ministres ont discuté des quotas de capture à Velmora.",
                 "2026-04-21", id="a-rencontre-is-rencontrer"),
    pytest.param("corvane-plant", "confirms",
                 "Corvane a démarré la production dans son usine de Talbrek",
                 "Les premiers packs de batteries sont sortis de la chaîne lundi.",
                 "2026-06-09", id="a-demarre-is-demarrer"),
    pytest.param("corvane-plant", None,
                 "Corvane ouvre à Talbrek un bureau de vente près de l'usine de batteries "
                 "de Halden",
                 "Le bureau vendra des voitures Corvane aux clients de la région.",
                 "2026-06-09", id="near-miss-words-of-a-term-apart-rule10"),
    pytest.param("arvelia-borsk-talks", "mentions",
                 "Les ministres de la Pêche d'Arvélie et de Borsk tiendront leurs premières "
                 "discussions le mois prochain",
                 "Ce sera la première rencontre entre les deux gouvernements sur les quotas.",
                 "2026-03-10", id="near-miss-tiendront-preview-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_2)
def test_class_02_lemmas_and_multiword_terms(claim_id: str, expected: str | None, title: str,
                                             summary: str, day: str) -> None:
    check([TALKS, PLANT], claim_id, expected, title, summary, day)


CLASS_3 = [  # event verbs by class: entrer en service, bloquer, accélérer, transformer
    pytest.param("velmora-tram", "confirms", "La ligne 4 du tramway de Velmora entre en service",
                 "Les premières rames ont transporté des voyageurs entre la gare et le port "
                 "lundi.",
                 "2026-06-15", id="entrer-en-service-occurred"),
    pytest.param("velmora-tram", "contradicts",
                 "La justice bloque la ligne 4 du tramway de Velmora",
                 "Le tribunal administratif a annulé mardi le permis de construire, mettant fin "
                 "au projet.",
                 "2026-05-12", id="bloquer-cancel-rule7"),
    pytest.param("velmora-tram", "updates", "Velmora accélère les travaux de la ligne 4 du tramway",
                 "La ville a ajouté des équipes de nuit sur les chantiers du tracé.",
                 "2026-04-14", id="accelerer-progress-rule6"),
    pytest.param("kessling-depot", "confirms",
                 "Le conseil de Velmora approuve la transformation du dépôt de bus de Kessling "
                 "en logements",
                 "Le vote ouvre la voie à 300 logements sur le site.",
                 "2026-04-14", id="approuver-transformation-decision-rule4"),
    pytest.param("velmora-tram", "mentions",
                 "La ligne 4 du tramway de Velmora entrera en service en septembre",
                 "La ville assure que les essais se déroulent bien.",
                 "2026-05-12", id="near-miss-preview-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_3)
def test_class_03_event_verbs(claim_id: str, expected: str | None, title: str,
                              summary: str, day: str) -> None:
    check([TRAM, DEPOT], claim_id, expected, title, summary, day)


CLASS_4 = [  # a decision claim is confirmed by the decision; an event claim is not
    pytest.param("kessling-depot", "confirms",
                 "Le dépôt de bus de Kessling deviendra un quartier de logements",
                 "Le conseil municipal de Velmora a voté mardi la construction de 300 logements "
                 "sur le site.",
                 "2026-04-15", id="decision-deviendra-rule4"),
    pytest.param("kessling-depot", "confirms",
                 "Velmora va transformer le dépôt de bus de Kessling en logements",
                 "Le conseil municipal a approuvé le projet par 31 voix contre 12.",
                 "2026-04-15", id="decision-va-transformer-rule4"),
    pytest.param("velmora-tram", "mentions",
                 "La ligne 4 du tramway de Velmora ouvrira en septembre, selon le maire",
                 "Le maire a déclaré que les essais se déroulaient bien.",
                 "2026-05-12", id="near-miss-event-ouvrira-rule2"),
    pytest.param("kessling-depot", "mentions",
                 "Le conseil de Velmora se prononcera le mois prochain sur l'avenir du dépôt de "
                 "Kessling",
                 "Des riverains réclament un parc sur le site.",
                 "2026-03-03", id="near-miss-decision-preview-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_4)
def test_class_04_claim_kinds(claim_id: str, expected: str | None, title: str,
                              summary: str, day: str) -> None:
    check([TRAM, DEPOT], claim_id, expected, title, summary, day)


CLASS_5 = [  # modifiers stay in their clause; "comme prévu" is not a future marker
    pytest.param("velmora-tram", "confirms",
                 "La ligne 4 du tramway de Velmora a été inaugurée comme prévu",
                 "Les premières rames ont transporté des voyageurs lundi.",
                 "2026-06-15", id="comme-prevu-rule4"),
    pytest.param("velmora-tram", "confirms",
                 "La ligne 4 du tramway de Velmora, retardée l'an dernier par une grève, ouvre "
                 "aux voyageurs",
                 "Les premières rames ont transporté des voyageurs lundi.",
                 "2026-06-15", id="back-reference-in-other-clause"),
    pytest.param("velmora-tram", "mentions",
                 "La ligne 4 du tramway de Velmora a transporté 200 000 voyageurs en un mois",
                 "La ligne, inaugurée le mois dernier, circule toutes les six minutes.",
                 "2026-07-20", id="near-miss-background-rule3"),
]


@pytest.mark.parametrize(FIELDS, CLASS_5)
def test_class_05_clause_scope(claim_id: str, expected: str | None, title: str,
                               summary: str, day: str) -> None:
    check([TRAM], claim_id, expected, title, summary, day)


ROUNDUP = "Travaux à Velmora : le point sur les chantiers"
TRAM_FIRST = ("La ligne 4 du tramway de Velmora a été inaugurée lundi, tandis que la "
              "réouverture du pont du Port a été reportée à mars 2027.")
BRIDGE_FIRST = ("Le pont du Port de Velmora a rouvert à la circulation lundi, tandis que la "
                "ligne 4 du tramway doit ouvrir en septembre.")
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


CLASS_7 = [  # a step before the event is not the event (rule 6)
    pytest.param("velmora-tram", "updates", "Velmora nomme l'exploitant de la ligne 4 du tramway",
                 "La ville a attribué mardi à Tramco un contrat de dix ans pour exploiter la "
                 "ligne.",
                 "2026-03-17", id="nomination-rule6"),
    pytest.param("velmora-tram", "updates", "Début des essais sur la ligne 4 du tramway de Velmora",
                 "Des rames vides circuleront sur le tracé pendant huit semaines avant "
                 "l'arrivée des premiers voyageurs.",
                 "2026-04-07", id="essais-rule6"),
    pytest.param("velmora-tram", "mentions",
                 "Velmora désignera l'exploitant de la ligne 4 du tramway le mois prochain",
                 "Trois entreprises sont candidates.",
                 "2026-02-10", id="near-miss-step-to-come-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_7)
def test_class_07_steps_are_not_the_event(claim_id: str, expected: str | None, title: str,
                                          summary: str, day: str) -> None:
    check([TRAM], claim_id, expected, title, summary, day)


CLASS_8 = [  # nouns are not verbs; opinion pieces are not news
    pytest.param("arvelia-borsk-pact", "confirms", "L'Arvélie et Borsk signent un accord de pêche",
                 "L'accord fixe pour cinq ans les quotas de capture dans les zones de pêche du "
                 "nord.",
                 "2026-05-05", id="signent-rule4"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "Les chalutiers borskiens arborent des signes de soutien à l'accord de pêche "
                 "avec l'Arvélie",
                 "Des centaines de marins se sont rassemblés dans le port de Velmora.",
                 "2026-04-28", id="near-miss-signes-de-noun"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "Tribune : l'Arvélie ne doit pas signer l'accord de pêche avec Borsk",
                 "Les quotas ruineraient la flotte du nord.",
                 "2026-04-28", id="near-miss-opinion-piece-rule8"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "Décryptage : pourquoi l'Arvélie a signé l'accord de pêche avec Borsk",
                 "Les quotas favorisent la flotte du sud.",
                 "2026-05-12", id="analysis-piece-rule8"),
    # "ferme" is an adjective after its noun: a firm agreement, nothing closed
    pytest.param("arvelia-borsk-pact", "mentions",
                 "Accord de pêche : l'Arvélie et Borsk visent un contrat ferme en juin",
                 "", "2026-04-28", id="accord-ferme-adjective"),
    # "parapher" (to initial) is a signature: put off, it is a delay
    pytest.param("arvelia-borsk-pact", "updates",
                 "L'accord de pêche entre l'Arvélie et Borsk ne sera pas paraphé avant juillet",
                 "", "2026-04-28", id="paraphe-decided-delay"),
]


@pytest.mark.parametrize(FIELDS, CLASS_8)
def test_class_08_nouns_and_opinion(claim_id: str, expected: str | None, title: str,
                                    summary: str, day: str) -> None:
    check([PACT], claim_id, expected, title, summary, day)


CLASS_9 = [  # a claim term in the wrong role (a customer list) is another subject
    pytest.param("corvane-plant", "confirms",
                 "Corvane lance la production dans son usine de Talbrek",
                 "Les premiers packs de batteries sont sortis de la chaîne lundi.",
                 "2026-06-09", id="own-plant-rule4"),
    pytest.param("corvane-plant", None, "Halden Cells inaugure une usine de batteries à Talbrek",
                 "L'usine de Talbrek fournira des cellules à des constructeurs dont Corvane, "
                 "Ostra et Vinmark.",
                 "2026-06-09", id="near-miss-customer-list-rule10"),
    pytest.param("corvane-plant", "confirms",
                 "L'usine de batteries de Talbrek de Corvane démarre sa production",
                 "L'usine fournira les batteries des deux modèles électriques du groupe.",
                 "2026-06-09", id="own-plant-possessive-rule4"),
    pytest.param("corvane-plant", None,
                 "L'usine de Talbrek du groupe Halden remporte des commandes de Corvane et "
                 "d'Ostra",
                 "Ces commandes occuperont les trois lignes de l'usine jusqu'en 2028.",
                 "2026-06-09", id="near-miss-customer-of-another-plant-rule10"),
]


@pytest.mark.parametrize(FIELDS, CLASS_9)
def test_class_09_terms_in_the_wrong_role(claim_id: str, expected: str | None, title: str,
                                          summary: str, day: str) -> None:
    check([PLANT], claim_id, expected, title, summary, day)


CLASS_10 = [  # a late completion confirms; delays on the way update (rule 4)
    pytest.param("velmora-tram", "confirms",
                 "La ligne 4 du tramway de Velmora ouvre avec trois mois de retard",
                 "Les premières rames ont transporté des voyageurs entre la gare et le port "
                 "lundi.",
                 "2026-12-07", id="late-opening-rule4"),
    pytest.param("arvelia-borsk-talks", "confirms",
                 "L'Arvélie et Borsk tiennent leurs premières discussions sur la pêche",
                 "Les ministres se sont réunis à Velmora après des mois de désaccord sur "
                 "l'ordre du jour.",
                 "2026-11-16", id="late-first-meeting-rule4"),
    pytest.param("velmora-tram", "updates",
                 "L'ouverture de la ligne 4 du tramway de Velmora de nouveau reportée à mars 2027",
                 "La ville invoque une pénurie de conducteurs.",
                 "2026-11-20", id="near-miss-late-delay-rule4"),
    pytest.param("arvelia-borsk-talks", "updates",
                 "L'Arvélie et Borsk tiennent un deuxième cycle de discussions sur la pêche",
                 "Les ministres se sont réunis à Velmora deux mois après leur première rencontre.",
                 "2026-06-22", id="near-miss-second-round-rule5"),
]


@pytest.mark.parametrize(FIELDS, CLASS_10)
def test_class_10_late_completion(claim_id: str, expected: str | None, title: str,
                                  summary: str, day: str) -> None:
    check([TRAM, TALKS], claim_id, expected, title, summary, day)


FUTURE_FORMS = [  # "sera" read as written: a lemma would make every "est" a future
    pytest.param("velmora-tram", "mentions",
                 "Velmora : la ligne 4 du tramway sera inaugurée début septembre", "",
                 "2026-06-15", id="sera-inauguree-previews-rule2"),
    pytest.param("velmora-tram", "mentions", "Velmora : les rames de la ligne 4 du tramway "
                 "seront mises en service en septembre", "", "2026-06-15", id="seront"),
    pytest.param("velmora-tram", "confirms",
                 "Velmora : pour la ligne 4 du tramway, la mise en service est effective", "",
                 "2026-06-15", id="near-miss-est-is-no-future"),
    pytest.param("velmora-tram", "confirms", "Velmora : la ligne 4 du tramway a été inaugurée",
                 "", "2026-06-15", id="near-miss-a-ete"),
]


@pytest.mark.parametrize(FIELDS, FUTURE_FORMS)
def test_french_future_forms_as_written(claim_id: str, expected: str | None, title: str,
                                        summary: str, day: str) -> None:
    check([TRAM], claim_id, expected, title, summary, day)


TIME_NOUNS = [  # "début mars" dates something else: the noun is no event
    pytest.param("velmora-tram", "mentions",
                 "Velmora : travaux sur la ligne 4 du tramway jusqu'à début mars", "",
                 "2026-02-02", id="jusqu-a-debut-mars"),
    pytest.param("velmora-tram", "mentions",
                 "Velmora : la ligne 4 du tramway en travaux jusqu'au début de l'année prochaine",
                 "", "2026-05-04", id="debut-de-l-annee"),
    pytest.param("velmora-tram", "confirms",
                 "Velmora : la ligne 4 du tramway, début de l'exploitation commerciale", "",
                 "2026-06-15", id="near-miss-debut-of-the-service"),
]


@pytest.mark.parametrize(FIELDS, TIME_NOUNS)
def test_a_noun_that_opens_a_time_is_no_event(claim_id: str, expected: str | None, title: str,
                                              summary: str, day: str) -> None:
    check([TRAM], claim_id, expected, title, summary, day)
