"""``claimtracker lexicon …``: the general lexicon's words, and what a word is read as.

Before writing a cue, a user checks whether the lexicon already reads the word
(``lexicon show approved``) and what it does for each kind of claim.
"""

from __future__ import annotations

import json

import click

from tracker.cli.common import format_option
from tracker.errors import TrackerError

_LANGUAGE = click.option("--language", type=click.Choice(["en", "fr", "ja"]), default=None,
                         help="Only this language; default: en, fr and ja.")


@click.group(name="lexicon")
def command() -> None:
    """Show the general lexicon of event words and modifiers (docs/matching.md)."""


@command.command(name="show")
@click.argument("word")
@_LANGUAGE
@format_option(["text", "json"], "text: one line per lexicon word; json: an array of objects.")
def show(word: str, language: str | None, output_format: str) -> None:
    """Show what WORD is read as: the general words it matches (after lemmas and
    stems: 'approved' finds 'approve'), their event class or modifier, and for an
    event word the verdict it gives each kind of claim when reported as done."""
    from tracker.match.finding.families import FAMILIES
    from tracker.match.finding.lexicon_lookup import look_up

    found = look_up(word, language, holders=True)
    # the phrases that hold the word matter where the word alone is no general word
    direct = {f.language for f in found if not f.holds}
    found = [f for f in found if not f.holds or f.language not in direct]
    if output_format == "json":
        click.echo(json.dumps([{
            "language": f.language, "word": f.word, "table": f.table, "name": f.name,
            "inside": f.inside, "holds": f.holds,
            "verdicts": {k.value: (v.value if v else None) for k, v in f.verdicts.items()},
        } for f in found], ensure_ascii=False, indent=2))
        return
    if not any(not f.holds for f in found):
        where = language or "en, fr or ja"
        click.echo(f"{word!r} is no general word in {where}: if it says this claim's event, "
                   "put it in the claim's [cues]")
        if found:
            click.echo("Phrases of the lexicon that hold it (a cue written so repeats them):")
    for f in found:
        # a word of a longer phrase is named with the phrase it is in
        where = f"{f.language} {f.word!r}" + (f" (in {word!r})" if f.inside else "") + (
            f" (holds {word!r})" if f.holds else "")
        family = next((m for m in FAMILIES if m.name == f.name), None)
        if f.table == "marker" and family is not None:
            kind = " or ".join(k.value for k in family.kinds)
            article = "an" if kind[0] in "aeiou" else "a"
            click.echo(f"{where}: word family '{f.name}': for {article} {kind} claim "
                       f"whose statement {family.trigger} (\"{family.example}\"), "
                       f"every word of the family reports its {kind}, in every "
                       "language (docs/matching.md, word families)")
            continue
        if f.table == "marker":
            click.echo(f"{where}: marker list '{f.name}' (changes how the "
                       "words around it are read; docs/matching.md, Lexicon)")
            continue
        if f.table == "modifier":
            click.echo(f"{where}: modifier '{f.name}' (changes how an event "
                       "word near it is read)")
            continue
        verdicts = ", ".join(f"{kind.value}: {v.value if v else '-'}"
                             for kind, v in f.verdicts.items())
        click.echo(f"{where}: event class '{f.name}'; its verdict when "
                   f"reported as done, by claim kind — {verdicts}")


@command.command(name="list")
@click.argument("name", required=False)
@_LANGUAGE
def list_words(name: str | None, language: str | None) -> None:
    """List the lexicon's words by event class and modifier, or only those of NAME
    (an event class such as 'decided', or a modifier such as 'hedge')."""
    from tracker.match.finding.lexicon import load_lexicon
    from tracker.match.finding.lexicon_lookup import entries

    rows: dict[tuple[str, str, str], list[str]] = {}
    for lang, table, group, word in entries(load_lexicon(), language):
        rows.setdefault((table, group, lang), []).append(word)
    names = {group for _, group, _ in rows}
    if name is not None and name not in names:
        raise TrackerError(f"no event class or modifier {name!r} (known: "
                           f"{', '.join(sorted(names))})")
    for (table, group, lang), words in rows.items():
        if name in (None, group):
            click.echo(f"{table} {group} {lang}: {', '.join(words)}")
