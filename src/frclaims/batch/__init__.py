"""Batch processing: many articles from files, folders, JSONL or standard input into a SQLite store.

    frclaims batch corpus/ new.jsonl --db claims.sqlite --workers 2
    frclaims export --db claims.sqlite --format csv --output claims.csv

`sources` reads the inputs lazily, `store` keeps articles, claims and mentions (incremental, one transaction
per article), `runner` is the local engine (one or more processes), `dask_engine` runs the same job on a Dask
cluster, `export` writes one row per claim. Nothing heavy is imported until a job runs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:
    from .runner import RunStats

DEFAULT_DB = "frclaims.sqlite"  # NOTE: keep in sync with the help of `frclaims batch` and `frclaims export`


def run(inputs: Sequence[str], db: str = DEFAULT_DB, **options: Any) -> "RunStats":
    """Process `inputs` into the store at `db` with the local engine (see `runner.run_batch` for options)."""
    from .runner import run_batch

    return run_batch(inputs, db, **options)


__all__ = ["DEFAULT_DB", "run"]
