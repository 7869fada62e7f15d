"""The local engine of `frclaims batch`: inputs -> skip what is stored -> pipeline in chunks -> store.

    Sources --> skip (same id, content hash, pipeline version, backend) --> chunks of `batch_size` articles
            --> process_chunk (Pipeline.pipe, in this process or in `workers` processes) --> Store.write

Only the parent process writes to the store, one transaction per article. At most two chunks per worker are in
flight, so memory does not grow with the input. An article whose extraction raises is stored as failed with its
error and the job goes on. The Dask engine (`dask_engine.py`) reuses `process_chunk` and `Job`.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Generator, Iterable, Iterator, Sequence

from ..errors import Errors
from . import DEFAULT_DB
from .sources import Article, Sources
from .store import Extracted, Store, extracted_from

Chunk = list[Article]
# An engine maps chunks of articles to their extractions, in any order, holding a bounded number of chunks.
Engine = Callable[[Iterator[Chunk]], Generator[tuple[Chunk, list[Extracted]], None, None]]

IN_FLIGHT_PER_WORKER = 2  # chunks submitted per worker: one running, one waiting, so no worker idles


IGNORED_SHOWN = 10  # files the summary names among those ignored


@dataclass
class RunStats:
    """Counts of one job, for the end summary: `processed` articles were stored in this run (`failed` of
    them as failed), `skipped` were already stored, `ignored` files in folders were not articles."""

    seen: int = 0
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    claims: int = 0
    ignored: list[str] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    def summary(self) -> str:
        rate = self.processed / self.seconds if self.seconds else 0.0
        lines = [f"articles: {self.seen} seen, {self.processed} processed, {self.skipped} skipped, "
                 f"{self.failed} failed; claims: {self.claims}; {self.seconds:.1f} s ({rate:.1f} articles/s)"]
        if self.ignored:
            shown = ", ".join(self.ignored[:IGNORED_SHOWN]) + (", ..." if len(self.ignored) > IGNORED_SHOWN else "")
            lines.append(f"ignored: {len(self.ignored)} files in folders that are hidden or not .txt, .html, .htm "
                         f"or .jsonl: {shown}")
        if self.failed:
            lines.append(f"failures: {self.failed} articles stored with status 'failed' and their error "
                         "(SELECT id, error FROM articles WHERE status = 'failed')")
        if self.interrupted:
            lines.append("interrupted: the articles stored so far are complete; run the same command again to "
                         "finish the job")
        return "\n".join(lines)


def process_chunk(texts: list[str], backend: str = "spacy", batch_size: int = 32) -> list[Extracted]:
    """The extraction of each text, in order. The chunk goes through `Pipeline.pipe` in one go; if that raises,
    each text is extracted alone so that only the article at fault is marked failed."""
    import frclaims

    pipeline = frclaims.load(backend)  # cached: loaded once per process
    try:
        extracted = [extracted_from(result) for result in pipeline.pipe(texts, batch_size=batch_size)]
        if len(extracted) == len(texts):
            return extracted
    except Exception:  # noqa: BLE001 - found again below, article by article
        pass
    out: list[Extracted] = []
    for text in texts:
        try:
            out.append(extracted_from(pipeline(text)))
        except Exception as error:  # noqa: BLE001 - an article's failure is data, stored with the article
            out.append(Extracted(error=describe(error)))
    return out


def describe(error: BaseException) -> str:
    """The error of a failed article: type, message and the innermost frame, enough to find the rule at fault."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name})" if frames else ""
    return f"{type(error).__name__}: {error}{where}"


def source_file(source: str) -> str:
    """The file of an article's source: "articles.jsonl" of "articles.jsonl:12" (the line of a record may move
    when the file is edited; the file stays)."""
    file, _, line = source.rpartition(":")
    return file if file and line.isdigit() else source


def fingerprint(root: Path) -> str:
    """A short hash of the code, data and model files under `root` (not Python's caches): it changes with any
    rule, word list or weight, where a version number may not."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                       and p.suffix != ".pyc"):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


@cache
def pipeline_version() -> str:
    """What the store records beside each result: the library's version and the fingerprint of the installed
    package, so that a re-run after an upgrade, or any change to the rules, word lists or models, processes the
    articles again instead of skipping them."""
    from ..pipeline import VERSION

    return f"{VERSION}+{fingerprint(Path(__file__).resolve().parent.parent)}"


class Job:
    """One run over the inputs: decides what to process, writes results, counts, shows progress."""

    def __init__(self, store: Store, backend: str, limit: int | None, retry_failed: bool, bar: Any) -> None:
        self.store = store
        self.backend = backend
        self.version = pipeline_version()
        self.limit = limit
        self.retry_failed = retry_failed
        self.bar = bar
        self.stats = RunStats()

    def to_process(self, sources: Iterable[Article]) -> Iterator[Article]:
        """The articles to extract: already stored ones are skipped, unreadable ones are stored as failed at
        once, and no more than `limit` are taken."""
        taken = 0
        for article in sources:
            if self.limit is not None and taken >= self.limit:
                return
            self.stats.seen += 1
            article = self.own_id(article)
            if self.store.is_done(article, self.version, self.backend, self.retry_failed):
                self.stats.skipped += 1
                self.bar.update(1)
                continue
            taken += 1
            if article.error is not None:
                self.record(article, Extracted())
                continue
            yield article

    def own_id(self, article: Article) -> Article:
        """`article`, or the error that its id is already stored from another file (an earlier run of another
        JSONL file that numbers its articles 1, 2... too), which it would replace."""
        stored = self.store.source_of(article.id)
        if article.error is not None or stored is None or source_file(stored) == source_file(article.source):
            return article
        error = Errors.E012.format(where=article.source, ident=article.id, first=stored)
        return Article(article.source, article.source, error=error, content_hash=article.content_hash)

    def record(self, article: Article, extracted: Extracted) -> None:
        """Store one article's result (or its error) in one transaction and count it."""
        self.store.write(article, extracted, self.version, self.backend)
        self.stats.processed += 1
        if article.error or extracted.error:
            self.stats.failed += 1
        else:
            self.stats.claims += len(extracted.claims)
        self.bar.update(1)
        self.bar.set_postfix(claims=self.stats.claims, skipped=self.stats.skipped, failed=self.stats.failed,
                             refresh=False)

    def run(self, sources: Sources, engine: Engine, batch_size: int) -> RunStats:
        started = time.perf_counter()
        results = engine(chunked(self.to_process(sources), batch_size))
        try:
            for chunk, extracted in results:
                for article, one in zip(chunk, extracted, strict=True):
                    self.record(article, one)
        except KeyboardInterrupt:
            self.stats.interrupted = True
        finally:
            results.close()  # the engine drops what it still holds (queued chunks, futures)
        self.stats.ignored = sources.ignored
        self.stats.seconds = time.perf_counter() - started
        return self.stats


def chunked(articles: Iterable[Article], size: int) -> Iterator[Chunk]:
    """Lists of `size` articles, read only when the engine asks for the next one."""
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run_batch(inputs: Sequence[str], db: str | Path = DEFAULT_DB, *, workers: int = 1, batch_size: int = 32,
              backend: str = "spacy", engine: str = "local", scheduler: str | None = None,
              limit: int | None = None, progress: bool = True, retry_failed: bool = False) -> RunStats:
    """Extract the claims of every article of `inputs` into the store at `db`, skipping the articles it
    already has. Returns the counts; Ctrl-C stops the job cleanly (`RunStats.interrupted`)."""
    from tqdm import tqdm

    if workers < 1 or batch_size < 1:
        raise ValueError("--workers and --batch-size must be at least 1")
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}: choose local or dask")
    if scheduler and engine != "dask":
        raise ValueError("--scheduler needs --engine dask")
    with Store(db) as store, tqdm(unit="article", disable=not progress, file=sys.stderr,
                                  dynamic_ncols=True, smoothing=0.1) as bar:
        job = Job(store, backend, limit, retry_failed, bar)
        if engine == "dask":
            from .dask_engine import dask_engine

            with dask_engine(scheduler, workers, backend, batch_size) as mapper:
                return job.run(Sources(inputs), mapper, batch_size)
        if workers == 1:
            return job.run(Sources(inputs), lambda chunks: serial_engine(chunks, backend, batch_size), batch_size)
        return job.run(Sources(inputs), lambda chunks: pool_engine(chunks, workers, backend, batch_size), batch_size)


def serial_engine(chunks: Iterator[Chunk], backend: str,
                  batch_size: int) -> Generator[tuple[Chunk, list[Extracted]], None, None]:
    """Every chunk in this process, with the pipeline `frclaims.load` keeps for the process."""
    for chunk in chunks:
        yield chunk, process_chunk([a.text or "" for a in chunk], backend, batch_size)


def pool_engine(chunks: Iterator[Chunk], workers: int, backend: str,
                batch_size: int) -> Generator[tuple[Chunk, list[Extracted]], None, None]:
    """Chunks spread over `workers` processes that each load the pipeline once; results in input order.

    Processes are spawned, not forked: a worker starts clean and the same code runs on every platform."""
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                               initargs=(backend, os.getpid()))
    pending: deque[tuple[Chunk, Any]] = deque()
    try:
        for chunk in chunks:
            texts = [a.text or "" for a in chunk]
            pending.append((chunk, pool.submit(process_chunk, texts, backend, batch_size)))
            while len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
    finally:
        # On Ctrl-C or an error, queued chunks are dropped; running ones end on their own (workers ignore
        # SIGINT so that only this process decides), their results unwritten: the next run redoes them.
        pool.shutdown(wait=not pending, cancel_futures=True)


def _init_worker(backend: str, parent: int) -> None:
    """Each worker process: leave Ctrl-C to the parent, exit if the parent dies, load the pipeline once."""
    import frclaims

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    if backend == "stanza":
        # Parallelism comes from the worker processes: torch threads on top of them oversubscribe the cores
        # (measured: stanza batches 5x slower on 2 cores with torch's default threads).
        import torch

        torch.set_num_threads(1)
    frclaims.load(backend)


def _exit_with_parent(parent: int) -> None:
    """A killed parent (SIGKILL, OOM) cannot stop its workers: they stop themselves instead of waiting forever."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
