"""``claimtracker entities …``: the shared entity catalogue that claim groups name
with ``entities = [...]`` (``tracker/entities/entities.toml``)."""

from __future__ import annotations

import json
from typing import Any

import click

from tracker.cli.common import format_option
from tracker.entities import Entity, load_catalogue
from tracker.entities.catalogue import LANGUAGES
from tracker.errors import TrackerError


def _record(entity: Entity, compounds: tuple[str, ...] = ()) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": entity.id,
        "names": {lang: list(entity.names.get(lang, ())) for lang in LANGUAGES},
        "implied": {lang: list(entity.implied.get(lang, ())) for lang in LANGUAGES},
        "abbrev_ja": entity.abbrev_ja,
    }
    if compounds:
        record["ja_compounds"] = list(compounds)
    return record


def _compounds(entity_id: str) -> tuple[str, ...]:
    """The Japanese compounds (日米, 対米…) the catalogue adds to an entity's names."""
    catalogue = load_catalogue()
    names, _ = catalogue.names((entity_id,))
    own = set(catalogue.entities[entity_id].names.get("ja", ()))
    return tuple(n for n in names.get("ja", ()) if n not in own)


@click.group(name="entities")
def command() -> None:
    """Show the entity catalogue that claim groups can name with 'entities = [...]'."""


@command.command(name="list")
@format_option(["text", "json"], "text: one line per entity; json: an array of objects.")
def list_entities(output_format: str) -> None:
    """List the catalogue's ids with their names in en, fr and ja."""
    entities = sorted(load_catalogue().entities.values(), key=lambda e: e.id)
    if output_format == "json":
        click.echo(json.dumps([_record(e) for e in entities], ensure_ascii=False, indent=2))
        return
    width = max((len(e.id) for e in entities), default=0)
    for entity in entities:
        first = [entity.names[lang][0] for lang in LANGUAGES if entity.names.get(lang)]
        click.echo(f"{entity.id:<{width}}  {' / '.join(first)}")


@command.command(name="show")
@click.argument("entity_id")
@format_option(["text", "json"], "text: names and implied words per language; json: an object.")
def show(entity_id: str, output_format: str) -> None:
    """Show one entity: its names and implied words per language.

    Names count in full for a group that lists the entity; implied words (a
    capital, a seat of government) count half, since "in Tokyo" may only be a place.
    """
    entity = load_catalogue().entities.get(entity_id)
    if entity is None:
        raise TrackerError(f"no entity {entity_id!r} in the catalogue "
                           "(see 'claimtracker entities list')")
    compounds = _compounds(entity_id)
    if output_format == "json":
        click.echo(json.dumps(_record(entity, compounds), ensure_ascii=False, indent=2))
        return
    click.echo(entity.id)
    for lang in LANGUAGES:
        click.echo(f"  names ({lang}): {', '.join(entity.names.get(lang, ())) or '-'}")
    if compounds:
        click.echo(f"  names (ja compounds): {', '.join(compounds)}")
    for lang in LANGUAGES:
        click.echo(f"  implied ({lang}): {', '.join(entity.implied.get(lang, ())) or '-'}")
