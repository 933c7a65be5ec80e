"""Normalisation: NFKC, case, Latin accents, stemming, HTML, Japanese untouched."""

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.text.language_guess import guess_language
from tracker.match.text.lemmas import french_participles
from tracker.match.text.normalize import Stemmer, normalize, strip_html, tokenize
from tracker.match.text.view import split_sentences
from tracker.models import ClaimKind, Verdict


def test_english_stemming_and_case() -> None:
    assert normalize("Japan LAUNCHES its Command", "en") == normalize(
        "japan launched its command", "en"
    )
    # the possessive keeps its form: "its remaining" is no "it remains"
    assert normalize("its", "en") != normalize("it", "en")
    assert normalize("launches", "en") == normalize("launched", "en") == "launch"


def test_french_accents_and_stemming() -> None:
    assert normalize("Forces américaines", "fr") == normalize("FORCES AMERICAINES", "fr")
    assert normalize("réparations", "fr") == normalize("réparation", "fr")
    assert "é" not in normalize("l'opération été créée", "fr")


def test_nfkc_full_width_and_ideographic_space() -> None:
    assert normalize("ＰＡＣ－３", "ja") == normalize("PAC-3", "en") == "pac 3"
    assert normalize("統合作戦司令部\u3000発足", "ja") == "統合作戦司令部 発足"


def test_kana_and_kanji_are_not_decomposed() -> None:
    # NFD would split が into か + a combining mark; accent folding must not touch it.
    assert normalize("統合作戦司令部が発足", "ja") == "統合作戦司令部が発足"
    assert normalize("ガイドライン", "ja") == "ガイドライン"


def test_dotted_acronym_and_model_plurals() -> None:
    assert normalize("U.S. Forces Japan", "en") == normalize("US Forces Japan", "en")
    assert normalize("30 PAC-3s a year", "en").startswith("30 pac 3 a")


def test_html_is_stripped() -> None:
    html = "<p>Japan <b>launched</b> the &amp; command</p><script>var x='cancelled'</script>"
    assert normalize(html, "en") == "japan launch the command"


def test_plain_text_with_an_ampersand_is_left_as_it_is() -> None:
    for text in ("R&D and Q&A", "a < b & c", "Related & more\n\nNext"):
        assert strip_html(text) == text
    assert strip_html("R&amp;D") == "R&D"
    assert strip_html("a <b>bold</b> move") == "a bold move"


def test_latin_tokens_split_from_japanese_runs() -> None:
    tokens = tokenize("PAC3などの生産", "ja", Stemmer())
    assert [(t.norm, t.latin) for t in tokens] == [("pac3", True), ("などの生産", False)]


def test_language_guess() -> None:
    assert guess_language("統合作戦司令部が発足") == "ja"
    assert guess_language("Le Japon a lancé le commandement des opérations") == "fr"
    assert guess_language("Japan launched the command") == "en"
    assert guess_language("anything", "fr-FR") == "fr"


def test_sentences_keep_abbreviations() -> None:
    text = "The U.S. Forces Japan plan moved. Gen. Nagumo leads it.\n発足した。次の文"
    assert split_sentences(text) == [
        "The U.S. Forces Japan plan moved.",
        "Gen. Nagumo leads it.",
        "発足した。",
        "次の文",
    ]


def test_fold_skips_the_acronym_pass_only_when_it_cannot_match() -> None:
    """fold looks for dotted acronyms only where ".x." occurs; the result must equal
    running the acronym pattern on every text with a dot."""
    import random
    import re
    import unicodedata

    from tracker.match.text.normalize import _ACCENT_TABLE, fold

    def reference(text: str) -> str:
        text = unicodedata.normalize("NFKC", text).casefold()
        if not text.isascii():
            text = text.translate(_ACCENT_TABLE)
        if "." in text:
            text = re.sub(r"\b(?:[a-z]\.){2,}", lambda m: m.group(0).replace(".", ""), text)
        return re.sub(r"n['’]t\b", " not", text) if "'" in text or "’" in text else text

    rng = random.Random(5)
    pieces = ["U.S.", "u.s", "e.g.", "a.", ".", "..", "x", "É.", "J.J.O.C.", " ", "1.", "_",
              "n't", "don’t", "Ph.D.", "s.", "-", "U.K.-based", "a.b.c"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
             for _ in range(5000)]
    assert [fold(t) for t in texts] == [reference(t) for t in texts]
    assert fold("The U.S. and the U.K.") == "the us and the uk"


def test_french_participles_stem_like_their_verb() -> None:
    """Folded text hides the "-ée" Snowball needs; participles that the lemma data reads
    as nouns or adjectives ("entrée", "étudiée") are the verb's once it is a pattern word."""
    stemmer = Stemmer()
    before = {w: stemmer.stem(w, "fr") for w in ("entree", "etudiee", "suspendu")}
    stemmer.add_french_participles({"entrer", "etudier", "suspendre", "lancer"})
    for form, verb in (("entree", "entrer"), ("entrees", "entrer"), ("etudiee", "etudier"),
                       ("suspendu", "suspendre"), ("suspendues", "suspendre"),
                       ("lancee", "lancer")):
        assert stemmer.stem(form, "fr") == stemmer.stem(verb, "fr"), form
    assert before["entree"] != stemmer.stem("entrer", "fr")  # what it fixes
    # the masculine "-é" is left out: "entre" (between) is no form of "entrer"
    assert "entre" not in french_participles({"entrer"}, lambda w: stemmer.stem(w, "fr"))


def test_a_literary_form_folded_is_no_lemma_of_a_common_one() -> None:
    """« recrûtes » (recroître's passé simple), folded, is spelt as « recrutés »: the lemma
    data leaves the passé simple's plural persons out, so « recrutés » is « recruter »."""
    stemmer = Stemmer()
    for form in ("recrutes", "recrutees", "recrute"):
        assert stemmer.stem(form, "fr") == stemmer.stem("recruter", "fr"), form


def test_a_participle_written_in_a_pattern_still_matches_itself() -> None:
    """Participles are read as their verb in patterns and text alike: a claim cue written
    as a participle the lemma data reads as an adjective ("étudiée") still finds it."""
    plan = claim("marlow-plan", "The Marlow Hill clinic will open a second wing.",
                 [group("clinic", fr=["clinique de Marlow Hill"])], kind=ClaimKind.EVENT,
                 cues={Verdict.UPDATES: {"fr": ("aile étudiée",)},
                       Verdict.CONTRADICTS: {"fr": ("projet suspendu",)}})
    matcher = Matcher([plan])
    for title, expected in (
            ("Clinique de Marlow Hill : une aile étudiée par le conseil", "updates"),
            ("Clinique de Marlow Hill : projet suspendu", "contradicts")):
        assert verdict_for(matcher, entry(title, "", "2026-05-10", "fr"),
                           "marlow-plan") == expected, title


def test_english_simple_pasts_that_are_nouns_too_are_the_verb() -> None:
    """"rose", "fell" and "won" are a flower, a hill and a currency as well; the lemma
    data kept them as words of their own, so "passenger numbers rose" read no rise."""
    stemmer = Stemmer()
    for form, verb in (("rose", "rise"), ("fell", "fall"), ("won", "win")):
        assert stemmer.stem(form, "en") == stemmer.stem(verb, "en"), form
    riders = claim("tarn-riders", "The Tarn ferry will carry 900,000 passengers a year by 2028.",
                   [group("tarn", en=["Tarn ferry"]), group("riders", en=["passengers"])],
                   kind=ClaimKind.TARGET)
    matcher = Matcher([riders])
    for title in ("Tarn ferry passenger numbers rose 12% in April",
                  "Tarn ferry passenger numbers fell 12% in April"):
        assert verdict_for(matcher, entry(title, "", "2026-05-10", "en"),
                           "tarn-riders") == "updates", title


def test_an_accented_name_does_not_make_an_english_headline_french() -> None:
    """Names keep their accents in any language ("Telvéria", "Haut-Lérac"); only an
    accent in a word written in lower case is French."""
    for text in ("Telvéria lifts entry-level fibre price to €31.90 in Haute-Sévène",
                 "Haut-Lérac fibre goes live", "Telvéria raises fibre prices"):
        assert guess_language(text) == "en", text
    for text in ("Réunion d'étape", "Élections à Montbrévan",
                 "Le plateau de Caussel enfin entièrement fibré"):
        assert guess_language(text) == "fr", text


def test_an_adjective_of_what_can_be_done_is_no_verb() -> None:
    stemmer = Stemmer()
    # "achievable" is not "achieved"; « réalisable » is not « réaliser »
    assert stemmer.stem("achievable", "en") != stemmer.stem("achieve", "en")
    assert stemmer.stem("realisable", "fr") != stemmer.stem("realiser", "fr")
    # ... but its plural is the same word, and a short noun ("tables") still stems
    assert stemmer.stem("renewables", "en") == stemmer.stem("renewable", "en")
    assert stemmer.stem("tables", "en") == stemmer.stem("table", "en")


def test_a_target_still_achievable_is_not_met() -> None:
    target = claim(
        "kessling-funding", "Kessling will secure £14.5m for the relocation scheme by March "
        "2027.", [group("kessling", en=["Kessling"]), group("fund", en=["funding"])],
        kind=ClaimKind.TARGET)
    item = entry("Kessling funding target 'still achievable', says council", "",
                 "2026-06-10", "en")
    assert verdict_for(Matcher([target]), item, "kessling-funding") == "mentions"
