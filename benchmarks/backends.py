"""Speed of the two backends side by side: `frclaims.extract_many(texts, backend=...)` with spaCy and stanza.

    python benchmarks/backends.py [--n 250] [--batch-size 32] [--backends spacy,stanza] [--torch-threads 1]

The same texts as `benchmarks/throughput.py` (corpus/ replicated to `--n`, with its helpers), each backend in a
fresh process so that load time and peak memory do not leak from one to the other. For each backend:

- `annotate`: the backend alone (`Backend.annotate`) on the body paragraphs frclaims gives it;
- `extract_many`: the whole pipeline (segment, backend, recognisers, linking).

Rates are "steady" (after loading and one warm-up article); "wall" includes starting Python and loading the models. Peak RSS is the
largest resident set of the measuring process (getrusage). stanza uses the folder frclaims would load (the
project's model unless $FRCLAIMS_STANZA_DIR says otherwise) with torch's default thread count (one per core) or
`--torch-threads`. On a machine shared with other work, torch's threads wait for each other: one thread is
slower when idle but much steadier.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import CORPUS, make_folder, markdown_table, read_folder  # noqa: E402


def measure(backend: str, folder: Path, batch_size: int, torch_threads: int | None) -> list[dict[str, Any]]:
    """Both measurements for one backend, in this (fresh) process."""
    if torch_threads and backend == "stanza":
        import torch

        torch.set_num_threads(torch_threads)
    import frclaims
    from frclaims.segment import segment

    started = time.perf_counter()
    texts = read_folder(folder)
    pipeline = frclaims.load(backend)
    loaded = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    paragraphs = [t[s.start:s.end] for t in texts for s in segment(t).paragraphs]
    pipeline(texts[0])  # warm-up: torch's and spaCy's first calls are slow
    t0 = time.perf_counter()
    for _ in pipeline.backend.annotate(paragraphs):
        pass
    annotate = time.perf_counter() - t0
    t0 = time.perf_counter()
    claims = sum(len(r.claims) for r in frclaims.extract_many(texts, batch_size=batch_size, backend=backend))
    steady = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    common = {"backend": backend, "articles": len(texts), "words": words, "load": loaded, "rss": rss,
              "threads": _threads()}
    return [common | {"run": "annotate", "steady": annotate, "claims": None},
            common | {"run": "extract_many", "steady": steady, "claims": claims,
                      "wall": time.perf_counter() - started}]


def _threads() -> int | None:
    try:
        import torch
    except ImportError:
        return None
    return torch.get_num_threads()


def table(results: list[dict[str, Any]]) -> str:
    columns = ["backend", "run", "articles/s", "words/s", "claims", "load s", "peak RSS MB"]
    return markdown_table(columns, [[r["backend"], r["run"], f"{r['articles'] / r['steady']:.1f}",
                                     f"{r['words'] / r['steady']:,.0f}",
                                     "" if r["claims"] is None else str(r["claims"]), f"{r['load']:.1f}",
                                     f"{r['rss'] / 2**20:,.0f}"] for r in results], labels=2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=250, help="texts (the corpus replicated; default 250)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--backends", default="spacy,stanza")
    parser.add_argument("--torch-threads", type=int, default=None, help="torch threads (default: torch's)")
    parser.add_argument("--measure", default=None, help=argparse.SUPPRESS)  # internal: one backend here
    parser.add_argument("--folder", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, Path(args.folder), args.batch_size, args.torch_threads)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        make_folder(args.n, folder)
        texts = read_folder(folder)
        before = os.getloadavg()
        print(f"{len(texts)} texts ({sum(len(t.split()) for t in texts):,} words) from {CORPUS.name}/, "
              f"batch size {args.batch_size}, {os.cpu_count()} cores, load average before: "
              f"{before[0]:.2f} {before[1]:.2f} {before[2]:.2f}", file=sys.stderr)
        results: list[dict[str, Any]] = []
        for backend in args.backends.split(","):
            command = [sys.executable, __file__, "--measure", backend, "--folder", str(folder),
                       "--batch-size", str(args.batch_size)]
            if args.torch_threads:
                command += ["--torch-threads", str(args.torch_threads)]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            results += json.loads(done.stdout.strip().splitlines()[-1])
            r = results[-1]
            print(f"  {backend}: {r['articles'] / r['steady']:.1f} articles/s, wall {r['wall']:.1f} s, "
                  f"load average now {os.getloadavg()[0]:.2f}", file=sys.stderr)
    after = os.getloadavg()
    print(table(results))
    print(f"\n{args.n} texts (corpus/ replicated, {results[0]['words']:,} words), batch size {args.batch_size}, "
          f"{os.cpu_count()} cores, torch threads {results[-1]['threads']}, load average before "
          f"{before[0]:.2f} {before[1]:.2f} {before[2]:.2f}, after {after[0]:.2f} {after[1]:.2f} {after[2]:.2f}.")


if __name__ == "__main__":
    main()
