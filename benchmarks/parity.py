"""``make parity``: does the fast parser read feedparser's own test corpus as feedparser does?

Downloads feedparser's source distribution with pip (once; cached in
``.cache/parity/``), runs every document under its ``tests/`` through
``parse_feed`` and through the feedparser path, and prints each document the
fast path read differently (title, link, guid, published, summary text, or the
entry count), then the counts. Exit status 1 when any document differs.

    python -m benchmarks.parity [--version 6.0.11] [--cache DIR] [--quiet]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import ParseError
from tracker.models import Entry
from tracker.parse import parse_feed, parse_with_feedparser

FIELDS = ("title", "link", "guid", "published", "summary")
DEFAULT_VERSION = "6.0.11"
DEFAULT_CACHE = Path(".cache/parity")


@dataclass
class Tally:
    documents: int = 0
    fast: int = 0
    feedparser: int = 0
    rejected: int = 0
    differ: int = 0


def corpus(version: str, cache: Path) -> Path:
    """The extracted tests/ folder of feedparser ``version``, downloading it once."""
    root = cache / f"feedparser-{version}"
    tests = root / "tests"
    if tests.is_dir():
        return tests
    cache.mkdir(parents=True, exist_ok=True)
    archive = cache / f"feedparser-{version}.tar.gz"
    if not archive.exists():
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary", ":all:", f"feedparser=={version}", "-d", str(cache)],
                       check=True)
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if "/tests/" in m.name and m.isfile()]
        tar.extractall(cache, members=members, filter="data")
    return tests


def documents(tests: Path) -> Iterator[Path]:
    for path in sorted(tests.rglob("*")):
        if path.is_file() and path.suffix != ".py":
            yield path


def differences(fast: Sequence[Entry], slow: Sequence[Entry]) -> list[str]:
    """What differs, one short line per field (the first entry that differs)."""
    if len(fast) != len(slow):
        return [f"entry count: fast {len(fast)}, feedparser {len(slow)}"]
    found = []
    for name in FIELDS:
        for index, (a, b) in enumerate(zip(fast, slow, strict=True)):
            if getattr(a, name) != getattr(b, name):
                found.append(f"{name} [{index}]: fast {getattr(a, name)!r:.90} "
                             f"!= feedparser {getattr(b, name)!r:.90}")
                break
    return found


def run(tests: Path, *, quiet: bool) -> tuple[Tally, Counter[str]]:
    tally = Tally()
    kinds: Counter[str] = Counter()
    for path in documents(tests):
        tally.documents += 1
        body = path.read_bytes()
        source = str(path.relative_to(tests))
        try:
            chosen = parse_feed(body, source)
        except ParseError:
            tally.rejected += 1
            continue
        except Exception as exc:  # a crash is a finding of its own
            tally.differ += 1
            print(f"{source}: parse_feed crashed: {type(exc).__name__}: {exc}")
            continue
        if chosen.parser != "fast":
            tally.feedparser += 1
            continue
        tally.fast += 1
        try:
            reference = parse_with_feedparser(body, source).entries
        except ParseError as exc:
            found = [f"feedparser rejects it: {exc}"]
        else:
            found = differences(chosen.entries, reference)
        if found:
            tally.differ += 1
            kinds.update(line.split(" ", 1)[0].split(":")[0] for line in found)
            if not quiet:
                print(f"{source}:")
                for line in found:
                    print(f"    {line}")
    return tally, kinds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", default=DEFAULT_VERSION)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--quiet", action="store_true", help="Only the counts.")
    args = parser.parse_args(argv)
    tests = corpus(args.version, args.cache)
    tally, kinds = run(tests, quiet=args.quiet)
    print(f"{tally.documents} documents: {tally.fast} read by the fast path, "
          f"{tally.feedparser} handed to feedparser, {tally.rejected} rejected by both")
    by_kind = ", ".join(f"{kind} {n}" for kind, n in kinds.most_common()) or "none"
    print(f"{tally.differ} read differently by the fast path (fields: {by_kind})")
    return 1 if tally.differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
