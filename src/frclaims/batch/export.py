"""`frclaims export`: the claims of a store with their article metadata, one row per claim, as CSV, JSONL or
Parquet, ready for pandas or a spreadsheet.

Rows are streamed from SQLite (and written to Parquet in row groups), so exporting a large store does not hold
it in memory. Articles without claims, and failed articles, have no rows: query the `articles` table for them.
CSV is written in UTF-8 with a byte-order mark, so that spreadsheet programs read the accents right.
"""
from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import IO, Any, Iterator

from ..errors import Errors
from .store import Store

FORMATS = ("csv", "jsonl", "parquet")

# NOTE: keep in sync with EXPORT_QUERY (same names, same order) and with INTEGERS and FLOATS.
COLUMNS = ("article_id", "source", "title", "date", "url", "claim_index", "amount_min", "amount_max", "currency",
           "amount_text", "period", "kind", "qualifier", "organisations", "place", "place_country", "role", "sentence",
           "amount_start", "amount_end", "sentence_start", "sentence_end", "pipeline_version")

EXPORT_QUERY = """
SELECT a.id AS article_id, a.source, a.title, a.date, a.url, c.claim_index, c.amount_min, c.amount_max,
       c.currency, c.amount_text, c.period, c.kind, c.qualifier, c.organisations, c.place, c.place_country, c.role,
       c.sentence_text AS sentence, c.amount_start, c.amount_end, c.sentence_start, c.sentence_end,
       a.pipeline_version
FROM claims AS c JOIN articles AS a ON a.id = c.article_id
WHERE a.status = 'ok'
ORDER BY a.id, c.claim_index
"""

INTEGERS = {"claim_index", "amount_start", "amount_end", "sentence_start", "sentence_end"}
FLOATS = {"amount_min", "amount_max"}
PARQUET_ROW_GROUP = 10_000


def export(db: str | Path, fmt: str, output: str | Path) -> int:
    """Write the claims of the store at `db` to `output` ('-' for standard output, CSV and JSONL only) and
    return the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(Errors.E009.format(fmt=fmt))
    if fmt == "parquet" and str(output) == "-":
        raise ValueError("Parquet is written to a file, not to standard output: give --output FILE.")
    with Store(db, create=False) as store:
        rows = store.query(EXPORT_QUERY)
        if fmt == "parquet":
            return write_parquet(rows, Path(output))
        with _open_text(output, "utf-8-sig" if fmt == "csv" else "utf-8") as handle:
            return write_csv(rows, handle) if fmt == "csv" else write_jsonl(rows, handle)


@contextmanager
def _open_text(output: str | Path, encoding: str) -> Iterator[IO[str]]:
    if str(output) == "-":
        yield sys.stdout
        return
    with open(output, "w", encoding=encoding, newline="") as handle:
        yield handle


def write_csv(rows: Iterator[tuple[Any, ...]], handle: IO[str]) -> int:
    """CSV with a header; a missing value is an empty cell."""
    writer = csv.writer(handle)
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_jsonl(rows: Iterator[tuple[Any, ...]], handle: IO[str]) -> int:
    """One JSON object per claim, keys in COLUMNS order; a missing value is null."""
    count = 0
    for row in rows:
        handle.write(json.dumps(dict(zip(COLUMNS, row)), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(rows: Iterator[tuple[Any, ...]], path: Path) -> int:
    """Parquet with an explicit schema (so an empty export still has typed columns), written in row groups."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, pa.int64() if name in INTEGERS else pa.float64() if name in FLOATS else pa.string())
                        for name in COLUMNS])
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        while True:
            group = list(islice(rows, PARQUET_ROW_GROUP))
            if not group:
                break
            arrays = [pa.array(values, type=field.type) for values, field in zip(zip(*group), schema)]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(group)
    return count
