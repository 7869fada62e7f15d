"""Batch processing: many articles from files, folders, JSONL or standard input into a SQLite store.

    frclaims batch corpus/ new.jsonl --db claims.sqlite --workers 2
    frclaims export --db claims.sqlite --format csv --output claims.csv

`sources` reads the inputs lazily, `store` keeps articles, claims and mentions (incremental, one transaction
per article), `runner` is the local engine (one or more processes), `dask_engine` runs the same job on a Dask
cluster, `export` writes one row per claim. Nothing heavy is imported until a job runs. From Python:

    from frclaims.batch.runner import run_batch
    stats = run_batch(["corpus/"], "claims.sqlite", workers=2)
"""
from __future__ import annotations

DEFAULT_DB = "frclaims.sqlite"  # NOTE: keep in sync with the README (batch processing)

__all__ = ["DEFAULT_DB"]
