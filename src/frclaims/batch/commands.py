"""The `batch` and `export` subcommands, registered by `frclaims.cli` (this module imports nothing heavy: the
engines load when a command runs).

    frclaims batch corpus/ more.jsonl - [--db frclaims.sqlite] [--workers 2] [--engine dask --scheduler ADDR]
    frclaims export --db frclaims.sqlite --format csv --output claims.csv
"""
from __future__ import annotations

import argparse
import sys

from ..backends import BACKENDS
from . import DEFAULT_DB


def _batch(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .runner import run_batch

    missing = [name for name in args.inputs if name != "-" and not Path(name).exists()]
    if missing:  # a mistyped input is the command's error, not an article that failed
        print(f"frclaims batch: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    stats = run_batch(args.inputs, args.db, workers=args.workers, batch_size=args.batch_size,
                      backend=args.backend, engine=args.engine, scheduler=args.scheduler, limit=args.limit,
                      progress=not args.no_progress, retry_failed=args.retry_failed)
    print(stats.summary())
    print(f"store: {args.db}")
    # Failed articles are recorded in the store, not an error of the job: exit 0 (130 when interrupted).
    return 130 if stats.interrupted else 0


def _export(args: argparse.Namespace) -> int:
    from .export import export

    count = export(args.db, args.format, args.output)
    print(f"{count} claims written to {args.output}", file=sys.stderr)
    return 0


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {value}")
    return number


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `batch` and `export` to the `frclaims` command."""
    p = sub.add_parser(
        "batch", help="extract the claims of many articles into a SQLite store (incremental)",
        description="Read files (.txt, .html), folders (recursively), JSONL (id, text, and optional url, title, "
                    "date) and standard input ('-'), extract their claims in batches and store them in a "
                    "SQLite database. Articles already stored with the same content and pipeline version are "
                    "skipped; an article that fails is stored with its error. Exit code 0 even when some "
                    "articles failed (their count is printed).")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, .jsonl file, or '-' for stdin")
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite store (default: {DEFAULT_DB} in the current "
                                                    "directory; created if missing)")
    p.add_argument("--workers", type=_positive, default=1, help="processes, or local Dask workers (default: 1)")
    p.add_argument("--batch-size", type=_positive, default=32, help="articles per batch (default: 32)")
    p.add_argument("--backend", choices=BACKENDS, default="spacy")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes, or a Dask cluster (default: local)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (default with --engine dask: a local cluster)")
    p.add_argument("--limit", type=_positive, default=None, metavar="N",
                   help="process at most N articles not yet stored (skipped ones do not count)")
    p.add_argument("--retry-failed", action="store_true", help="process again the articles stored as failed")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.set_defaults(run=_batch)

    p = sub.add_parser("export", help="write the claims of a store as CSV, JSONL or Parquet, one row per claim")
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite store (default: {DEFAULT_DB})")
    p.add_argument("--format", choices=["csv", "jsonl", "parquet"], required=True)
    p.add_argument("--output", required=True, metavar="FILE", help="output file ('-': stdout, csv and jsonl)")
    p.set_defaults(run=_export)
