"""Parse and match on the other cores while the main process writes the store.

A big cycle (hundreds of fetched bodies, thousands of new entries) spends its
time parsing, matching and storing. Parsing and matching are pure functions of
their input, so a process pool runs them; every database write stays in the
calling process, in the same transactions as without the pool. Results are the
same: the parser and the matcher are deterministic, matched batches are saved in
id order, and a worker's error is reported exactly as the in-process call would
report it. Small cycles never start the pool (its start-up would cost more
than it saves). See docs/performance.md.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from tracker.errors import FetchError, TrackerError
from tracker.models import Entry, Finding
from tracker.poll.messages import parser_crash
from tracker.poll.prepare import match_batch, prepare_entries, with_feed_language
from tracker.protocols import EntryMatcher, FeedParser, FetchRequest, FetchResult, ParsedFeed
from tracker.store.records import FeedState, PreparedEntry

PARSE_IN_PROCESS_FIRST = 40  # a cycle parsing more bodies than this uses the pool
AHEAD = 8  # parsed feeds waiting for the store at most (bounds memory)
ORPHAN_CHECK_S = 0.5  # how often a worker checks that the polling process still lives

_worker_matcher: EntryMatcher | None = None


def _init_worker(matcher: EntryMatcher | None, parent: int) -> None:
    global _worker_matcher  # the worker process's own copy, set once at start
    _worker_matcher = matcher
    # ``parent`` comes from the polling process, not from getppid() here: a parent
    # killed while this worker was still starting would otherwise never be missed
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True,
                     name="orphan-watch").start()


def _exit_when_orphaned(parent: int) -> None:
    """A worker whose parent was killed (SIGKILL, OOM) exits instead of waiting
    forever on a task queue that its siblings still hold open."""
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_S)
    os._exit(1)


def _parse_job(parser: FeedParser, body: bytes, url: str) -> tuple[str, Any]:
    """Run in a worker: the parsed feed, the error (our errors pickle whole), or a
    crash as plain strings (any exception type may not unpickle here)."""
    try:
        return "ok", parser(body, url)
    except TrackerError as exc:
        return "error", exc
    except Exception as exc:  # untrusted input: reported like an in-process crash
        return "crash", (type(exc).__name__, str(exc))


def _parse_prepare_job(
    parser: FeedParser, body: bytes, url: str, feed_url: str, feed_language: str | None,
    feed_name: str | None = None,
) -> tuple[str, Any]:
    """Run in a worker: parse, then the store keys and (when this worker has a
    matcher) the findings of every entry -- see tracker.poll.prepare."""
    kind, value = _parse_job(parser, body, url)
    if kind != "ok":
        return kind, value
    entries = [with_feed_language(e, feed_language) for e in value.entries]
    prepared = prepare_entries(entries, feed_url, feed_language, _worker_matcher, feed_name)
    # Entries travel as plain tuples: unpickling frozen dataclasses costs the main
    # process (the one writer) more than building them again.
    rows = [(e.source, e.title, e.summary, e.link, e.guid, e.published, e.language,
             e.source_name) for e in entries]
    return "prepared", (value.title, value.language, value.parser, rows, prepared)


def _match_job(batch: list[tuple[int, Entry]]) -> tuple[list[tuple[int, Sequence[Finding]]],
                                                      list[str]]:
    assert _worker_matcher is not None
    errors: list[str] = []
    return match_batch(_worker_matcher, batch, errors), errors


def _picklable(*objects: object) -> bool:
    try:
        pickle.dumps(objects)
    except Exception:
        return False
    return True


class WorkerPool:
    """A lazily started pool of ``workers`` processes (spawned, never forked:
    the service runs threads)."""

    def __init__(self, parser: FeedParser, matcher: EntryMatcher, workers: int = 2) -> None:
        self.parser = parser
        self.matcher = matcher
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None
        self._parse_ok: bool | None = None  # decided on first need (pickling costs a little)
        self._match_ok: bool | None = None

    @property
    def can_parse(self) -> bool:
        if self._parse_ok is None:
            self._parse_ok = self.workers > 1 and _picklable(self.parser)
        return self._parse_ok

    @property
    def can_match(self) -> bool:
        """Only a matcher whose answers never depend on the entries it saw before
        (``history_free``) may be split across processes."""
        if self._match_ok is None:
            self._match_ok = (self.workers > 1 and getattr(self.matcher, "history_free", False)
                              and _picklable(self.matcher))
        return self._match_ok

    def stop_using(self) -> None:
        """The pool died: everything left runs in this process."""
        self._parse_ok = self._match_ok = False

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.matcher if self.can_match else None, os.getpid()),
            )
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown()
            self._executor = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- parsing ------------------------------------------------------------------

    def parse_ahead(
        self, results: Iterable[tuple[FetchRequest, FetchResult | FetchError]],
        states: Callable[[str], FeedState], *, in_process_first: int | None = None,
        languages: Callable[[str], str | None] = lambda url: None,
    ) -> Iterator[Fetched]:
        """Each fetch result with the parser ``_store_result`` should call for it and
        the body's hash (None when there is no body).

        A cycle with more than ``in_process_first`` bodies to parse (a 200 whose
        hash differs from the stored one) sends every one of them to the pool:
        results are held until that is known or the fetches end. The parser
        handed back then returns the worker's result, and its ``prepared``
        holds keys and findings (``languages(url)`` is the feed's configured
        language). Smaller cycles parse here and never start the pool. Results
        with nothing to parse are not held.
        """
        if in_process_first is None:
            in_process_first = PARSE_IN_PROCESS_FIRST
        queue: deque[Fetched] = deque()
        to_parse = 0
        use_pool: bool | None = None if self.can_parse else False  # None: not known yet
        for request, result in results:
            body_hash = _body_hash(result)
            item = Fetched(request, result, self.parser, body_hash,
                           body_hash is not None and body_hash != states(request.url).body_hash)
            if use_pool is None and not item.will_parse:
                # Held bodies wait for the pool decision; an error, a 304 or an
                # unchanged body has nothing to parse, so it need not wait (held,
                # 500 unchanged bodies were all in memory at once). It stores no
                # entries, so going ahead of held bodies changes no entry ids.
                yield item
                continue
            queue.append(item)
            if item.will_parse:
                to_parse += 1
            if use_pool is None and to_parse > in_process_first:
                use_pool = True
                for held in queue:
                    self._submit(held, states, languages)
            elif use_pool and item.will_parse:
                self._submit(item, states, languages)
            if use_pool is None:
                continue
            while queue and (len(queue) > AHEAD or _ready(queue[0].parser)):
                yield queue.popleft()
        while queue:
            yield queue.popleft()

    def _submit(self, item: Fetched, states: Callable[[str], FeedState],
                languages: Callable[[str], str | None]) -> None:
        """Send ``item``'s body to the pool (when it is to be parsed)."""
        if not item.will_parse or not self.can_parse:
            return
        assert isinstance(item.result, FetchResult) and item.result.body is not None
        state = states(item.request.url)
        try:
            future = self._pool().submit(
                _parse_prepare_job, self.parser, item.result.body,
                item.result.final_url or state.url, state.url, languages(item.request.url),
                state.name)
        except BrokenProcessPool:
            self.stop_using()
            return
        item.parser = _ParsedInWorker(future, state.url, self.parser)

    # --- matching -----------------------------------------------------------------

    def match_batches(
        self, batches: list[list[tuple[int, Entry]]], errors: list[str],
    ) -> Iterator[list[tuple[int, Sequence[Finding]]]]:
        """``prepare.match_batch`` of each batch on the workers, in batch order."""
        for results, batch_errors in self._pool().map(_match_job, batches):
            errors.extend(batch_errors)
            yield results


@dataclass(slots=True)
class Fetched:
    """One fetch result on its way to the store."""

    request: FetchRequest
    result: FetchResult | FetchError
    parser: FeedParser           # a _ParsedInWorker when a worker parses it
    body_hash: str | None        # sha256 of the body; None for errors and 304s
    will_parse: bool             # a body unlike the stored one: ``cycle._store_result`` parses it

    @property
    def prepared(self) -> list[PreparedEntry] | None:
        """Keys and findings the worker computed with the parse, if it did."""
        return self.parser.prepared if isinstance(self.parser, _ParsedInWorker) else None


def _body_hash(result: FetchResult | FetchError) -> str | None:
    """The hash ``cycle._store_result`` compares with the stored one (None: nothing to parse)."""
    if isinstance(result, FetchError) or result.body is None or result.status == 304:
        return None
    return hashlib.sha256(result.body).hexdigest()


class _ParsedInWorker:
    """A parser that returns (or raises) what the worker's parser did."""

    def __init__(self, future: Future[tuple[str, Any]], url: str, parser: FeedParser) -> None:
        self.future = future
        self.url = url
        self.parser = parser  # used here if the pool itself died
        self.prepared: list[PreparedEntry] | None = None

    def __call__(self, body: bytes, source: str) -> ParsedFeed:
        try:
            kind, value = self.future.result()
        except BrokenProcessPool:
            return self.parser(body, source)
        if kind == "prepared":
            title, language, parser, rows, self.prepared = value
            return ParsedFeed(title, language, [Entry(*row) for row in rows], parser)
        if kind == "error":
            raise value
        name, message = value
        raise parser_crash(self.url, name, message)


def _ready(parser: FeedParser) -> bool:
    return not isinstance(parser, _ParsedInWorker) or parser.future.done()
