"""Turn one parsed claim file (a TOML table) into a ``Claim``, or into problems.

All checks that need only the file itself live here; checks across files (duplicate
ids, seeds that exist) live in ``tracker.claims.loader``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from tracker.claims.fields import FieldReader
from tracker.claims.languages import TERM_LANGUAGES, looks_like_language_key
from tracker.entities import load_catalogue
from tracker.match.reading.gapped import ELLIPSIS
from tracker.models import Claim, ClaimKind, GroupRole, TermGroup, Verdict

CLAIM_KEYS = ("id", "statement", "seed", "claimed_on", "expected_from", "expected_by",
              "tags", "source", "groups", "cues", "kind")
SOURCE_KEYS = ("language", "text")
GROUP_FIELD_KEYS = ("name", "role", "weight", "entities")
CUE_VERDICTS: tuple[Verdict, ...] = (Verdict.CONFIRMS, Verdict.UPDATES, Verdict.CONTRADICTS)
"""``mentions`` is what an entry gets when no cue fires, so it has no cue words."""
LATEST_DEADLINE = date(9000, 12, 31)
"""A later ``expected_by`` (9999-12-31: "never") is read as this: the matcher adds
grace days to the deadline, which overflowed at the end of the calendar."""


def claim_from_table(table: Mapping[str, Any], path: Path) -> tuple[Claim | None, list[str]]:
    """Validate a claim file's table: (claim, []) when good, (None, problems) when not."""
    reader = FieldReader()
    reader.unknown_keys(table, CLAIM_KEYS, "")

    claim_id = reader.file_id(table, path)
    statement = reader.text(table, "statement")
    seed = reader.ident(table, "seed")
    claimed_on = reader.day(table, "claimed_on")
    expected_from = reader.day(table, "expected_from", required=False)
    expected_by = reader.day(table, "expected_by", required=False)
    if expected_by is not None and expected_by > LATEST_DEADLINE:
        expected_by = LATEST_DEADLINE
    if expected_from is not None and expected_from > LATEST_DEADLINE:
        expected_from = LATEST_DEADLINE
    if expected_from and expected_by and expected_by < expected_from:
        reader.add(f"'expected_by' ({expected_by}) is before 'expected_from' ({expected_from})")
    tags = reader.text_list(table, "tags", required=False) or ()
    kind = _read_kind(reader, table)

    source_language, source_text = _read_source(reader, table)
    groups = _read_groups(reader, table)
    cues = _read_cues(reader, table)

    if reader.problems:
        return None, reader.problems
    # Every value below was checked; the asserts only narrow types for mypy.
    assert claim_id and statement and seed and claimed_on and source_language and source_text
    assert groups is not None and cues is not None
    claim = Claim(
        id=claim_id,
        statement=statement,
        seed=seed,
        claimed_on=claimed_on,
        source_language=source_language,
        source_text=source_text,
        groups=groups,
        cues=cues,
        expected_from=expected_from,
        expected_by=expected_by,
        tags=tags,
        path=path,
        kind=kind,
    )
    return claim, []


def _read_kind(reader: FieldReader, table: Mapping[str, Any]) -> ClaimKind | None:
    name = reader.text(table, "kind", required=False)
    if name is None:
        return None
    try:
        return ClaimKind(name)
    except ValueError:
        allowed = ", ".join(k.value for k in ClaimKind)
        reader.add(f"'kind' must be one of {allowed}, got {name!r}")
        return None


def _read_source(reader: FieldReader, table: Mapping[str, Any]) -> tuple[str | None, str | None]:
    source = reader.table(table, "source")
    if source is None:
        return None, None
    reader.unknown_keys(source, SOURCE_KEYS, "source.")
    return reader.language(source, "language", "source."), reader.text(source, "text", "source.")


def _read_terms(reader: FieldReader, table: Mapping[str, Any], prefix: str,
                field_keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The per-language term lists of a group or cue table; other keys are problems."""
    terms: dict[str, tuple[str, ...]] = {}
    for key in table:
        if key in field_keys:
            continue
        if key in TERM_LANGUAGES:
            values = reader.text_list(table, key, prefix)
            for position, value in enumerate(values or (), start=1):
                if not all(any(c.isalnum() for c in part) for part in value.split(ELLIPSIS)):
                    reader.add(f"'{prefix}{key}[{position}]' ({value!r}) matches nothing: "
                               f"each part needs a word (letters or digits), around "
                               f"'{ELLIPSIS}' too")
                    values = None
            if values:
                terms[key] = values
        elif looks_like_language_key(key):
            reader.add(f"'{prefix}{key}': language {key!r} is not supported for terms "
                       f"(use {', '.join(TERM_LANGUAGES)})")
        else:
            allowed = ", ".join((*field_keys, *TERM_LANGUAGES))
            reader.add(f"unknown key '{prefix}{key}' (allowed: {allowed})")
    return terms


def _read_groups(reader: FieldReader, table: Mapping[str, Any]) -> tuple[TermGroup, ...] | None:
    raw_groups = reader.tables(table, "groups")
    if raw_groups is None:
        return None
    if not raw_groups:
        reader.add("'groups' is empty: give at least one [[groups]] block")
        return None
    problems_before = len(reader.problems)
    groups: list[TermGroup] = []
    first_use: dict[str, int] = {}
    for number, raw in enumerate(raw_groups, start=1):
        prefix = f"groups[{number}]."
        name = reader.text(raw, "name", prefix)
        if name is not None:
            if name in first_use:
                reader.add(f"'{prefix}name' {name!r} is already used by groups[{first_use[name]}]")
            else:
                first_use[name] = number
        role = _read_role(reader, raw, prefix)
        weight = reader.number(raw, "weight", prefix, required=False)
        if weight is not None and weight <= 0:
            reader.add(f"'{prefix}weight' must be greater than 0, got {weight:g}")
        terms = _read_terms(reader, raw, prefix, GROUP_FIELD_KEYS)
        entities = _read_entities(reader, raw, prefix)
        if not terms and not entities and not _has_term_keys(raw):
            reader.add(f"groups[{number}] ({name or 'unnamed'}) has no terms: "
                       f"give at least one of {', '.join(TERM_LANGUAGES)} or 'entities'")
        if name is not None and role is not None:
            groups.append(TermGroup(name=name, role=role, terms=terms,
                                    weight=1.0 if weight is None else weight,
                                    entities=entities))
    if len(reader.problems) == problems_before and not any(
            g.role is GroupRole.REQUIRED for g in groups):
        reader.add("no group has role 'required': at least one is needed "
                   "to tell whether an entry is about the claim")
    return tuple(groups)


def _read_entities(reader: FieldReader, raw: Mapping[str, Any], prefix: str) -> tuple[str, ...]:
    """Catalogue ids (docs/claims.md, "Entities"); an unknown id is a problem."""
    ids = reader.text_list(raw, "entities", prefix, required=False) or ()
    catalogue = load_catalogue()
    for number, entity_id in enumerate(ids, start=1):
        if entity_id not in catalogue.entities:
            reader.add(f"'{prefix}entities[{number}]' {entity_id!r} is not in the entity "
                       f"catalogue (see 'claimtracker entities list')")
    return tuple(ids)


def _has_term_keys(raw: Mapping[str, Any]) -> bool:
    """True when the group lists a term language (its problems are reported elsewhere)."""
    return any(key in TERM_LANGUAGES and raw[key] != [] for key in raw)


def _read_role(reader: FieldReader, raw: Mapping[str, Any], prefix: str) -> GroupRole | None:
    role_name = reader.text(raw, "role", prefix, required=False)
    if role_name is None:
        return None if "role" in raw else GroupRole.REQUIRED
    try:
        return GroupRole(role_name)
    except ValueError:
        allowed = ", ".join(r.value for r in GroupRole)
        reader.add(f"'{prefix}role' must be one of {allowed}, got {role_name!r}")
        return None


def _read_cues(reader: FieldReader,
               table: Mapping[str, Any]) -> dict[Verdict, dict[str, tuple[str, ...]]] | None:
    raw_cues = reader.table(table, "cues", required=False)
    if raw_cues is None:
        return None if "cues" in table else {}
    allowed = ", ".join(v.value for v in CUE_VERDICTS)
    cues: dict[Verdict, dict[str, tuple[str, ...]]] = {}
    for key in raw_cues:
        verdict = next((v for v in CUE_VERDICTS if v.value == key), None)
        if verdict is None:
            reader.add(f"unknown cue verdict 'cues.{key}' (allowed: {allowed})")
            continue
        words = reader.table(raw_cues, key, "cues.")
        if words is not None:
            cues[verdict] = _read_terms(reader, words, f"cues.{key}.", ())
    return cues
