"""The SQLite store of `frclaims batch`: articles, their claims and their entity mentions.

    articles(id, source, content_hash, title, date, url, pipeline_version, backend, status, error, n_claims,
             processed_at)                       one row per article, status 'ok' or 'failed'
    claims(article_id, claim_index, amount_min, amount_max, currency, amount_text, ..., provenance_json)
    mentions(article_id, mention_index, label, start_char, end_char, text, value, source)

Each article is written in one transaction (its old rows deleted, the new ones inserted), so a crash or Ctrl-C
leaves every article either fully stored or absent, and the next run finishes the job with no duplicates. The
database is in WAL mode: readers (an export, a notebook) do not block the writer.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from ..errors import Errors
from .sources import Article

SCHEMA_VERSION = 2  # PRAGMA user_version of a store this module writes (2: claims.place_country)

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id               TEXT PRIMARY KEY,
    source           TEXT NOT NULL,
    content_hash     TEXT,                          -- NULL when the input could not be read at all
    title            TEXT,
    date             TEXT,
    url              TEXT,
    pipeline_version TEXT NOT NULL,
    backend          TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    error            TEXT,
    n_claims         INTEGER NOT NULL DEFAULT 0,
    processed_at     TEXT NOT NULL                  -- ISO 8601, UTC
);
CREATE TABLE IF NOT EXISTS claims (
    article_id         TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    claim_index        INTEGER NOT NULL,
    amount_min         REAL NOT NULL,
    amount_max         REAL NOT NULL,
    currency           TEXT NOT NULL,
    amount_text        TEXT NOT NULL,
    amount_start       INTEGER NOT NULL,
    amount_end         INTEGER NOT NULL,
    period             TEXT,
    kind               TEXT NOT NULL,
    qualifier          TEXT,
    organisations      TEXT NOT NULL,               -- names joined with "; "
    organisations_json TEXT NOT NULL,               -- [{"name", "start", "end"}]
    place              TEXT,
    place_start        INTEGER,
    place_end          INTEGER,
    place_country      TEXT,                        -- ISO 3166-1 alpha-2
    role               TEXT,
    role_start         INTEGER,
    role_end           INTEGER,
    sentence_start     INTEGER NOT NULL,
    sentence_end       INTEGER NOT NULL,
    sentence_text      TEXT NOT NULL,
    converted_json     TEXT NOT NULL,               -- the same amount in other currencies
    score              REAL NOT NULL,
    provenance_json    TEXT NOT NULL,               -- the rules that made the claim
    PRIMARY KEY (article_id, claim_index)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    mention_index INTEGER NOT NULL,
    label         TEXT NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    value         TEXT,
    source        TEXT,
    PRIMARY KEY (article_id, mention_index)
);
"""

# NOTE: keep in sync with the claims and mentions tables above.
CLAIM_COLUMNS = ("claim_index", "amount_min", "amount_max", "currency", "amount_text", "amount_start",
                 "amount_end", "period", "kind", "qualifier", "organisations", "organisations_json", "place",
                 "place_start", "place_end", "place_country", "role", "role_start", "role_end", "sentence_start", "sentence_end",
                 "sentence_text", "converted_json", "score", "provenance_json")
MENTION_COLUMNS = ("mention_index", "label", "start_char", "end_char", "text", "value", "source")
ARTICLE_COLUMNS = ("id", "source", "content_hash", "title", "date", "url", "pipeline_version", "backend",
                   "status", "error", "n_claims", "processed_at")


@dataclass
class Extracted:
    """The extraction of one article as rows for the store, or its error. Plain data: it crosses process and
    machine boundaries (worker processes, Dask workers) cheaply, without the article text."""

    title: str | None = None
    date: str | None = None
    claims: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)
    error: str | None = None


def extracted_from(result: Any) -> Extracted:
    """Rows of a `frclaims.Result`, flattened from its public `to_dict()` (SPEC section 3)."""
    data = result.to_dict()
    text: str = result.text
    claims = [_claim_row(index, claim, text) for index, claim in enumerate(data["claims"])]
    mentions = [(index, m["label"], m["start"], m["end"], m["text"], m.get("value"), m.get("source"))
                for index, m in enumerate(data["entities"])]
    return Extracted(title=data["title"], date=data["date"], claims=claims, mentions=mentions)


def _claim_row(index: int, claim: dict[str, Any], text: str) -> tuple[Any, ...]:
    amount, place, role, sentence = claim["amount"], claim["place"], claim["role"], claim["sentence"]
    organisations = claim["organisations"]
    row = {
        "claim_index": index,
        "amount_min": amount["min"], "amount_max": amount["max"], "currency": amount["currency"],
        "amount_text": amount["text"], "amount_start": amount["start"], "amount_end": amount["end"],
        "period": claim["period"], "kind": claim["kind"], "qualifier": claim["qualifier"],
        "organisations": "; ".join(o["name"] for o in organisations),
        "organisations_json": _json(organisations),
        "place": place["name"] if place else None,
        "place_start": place["start"] if place else None, "place_end": place["end"] if place else None,
        "place_country": place.get("country") if place else None,
        "role": role["text"] if role else None,
        "role_start": role["start"] if role else None, "role_end": role["end"] if role else None,
        "sentence_start": sentence["start"], "sentence_end": sentence["end"],
        "sentence_text": text[sentence["start"]:sentence["end"]],
        "converted_json": _json(claim.get("converted", [])),
        "score": claim.get("score", 0.0),
        "provenance_json": _json(claim.get("provenance", [])),
    }
    return tuple(row[column] for column in CLAIM_COLUMNS)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class Store:
    """A SQLite store opened for one job. Use it as a context manager so the connection is closed."""

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise FileNotFoundError(Errors.E007.format(path=self.path, reason="no such store"))
        try:
            self._open(create)
        except sqlite3.Error as error:  # not a database, a folder that does not exist, a read-only file...
            if hasattr(self, "connection"):
                self.connection.close()
            raise OSError(Errors.E007.format(path=self.path, reason=f"{type(error).__name__}: {error}")) from error

    def _open(self, create: bool) -> None:
        # isolation_level=None: transactions are the explicit BEGIN/COMMIT of `_transaction`.
        self.connection = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
        self.connection.execute("PRAGMA journal_mode = WAL")
        self.connection.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: consistent after a crash
        self.connection.execute("PRAGMA foreign_keys = ON")
        version = self.connection.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            raise sqlite3.DatabaseError(f"store schema {version}, this frclaims writes schema {SCHEMA_VERSION}: "
                                        "write to a new store file (--db)")
        if not create and version == 0:
            raise sqlite3.DatabaseError("not a frclaims store (no tables)")
        if create and version == 0:
            # executescript commits first, so the transaction is inside the script.
            self.connection.executescript(
                f"BEGIN IMMEDIATE; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception, KeyboardInterrupt included."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def is_done(self, article: Article, version: str, backend: str, retry_failed: bool = False) -> bool:
        """True when the article is stored with the same content hash, pipeline version and backend: a re-run
        skips it. An input that could not be read (no hash) is never done; a failed one is retried on demand."""
        if article.content_hash is None:
            return False
        row = self.connection.execute(
            "SELECT content_hash, pipeline_version, backend, status FROM articles WHERE id = ?",
            (article.id,)).fetchone()
        if row is None or tuple(row[:3]) != (article.content_hash, version, backend):
            return False
        return not (retry_failed and row[3] == "failed")

    def source_of(self, ident: str) -> str | None:
        """The source of the article stored under `ident`, if any."""
        row = self.connection.execute("SELECT source FROM articles WHERE id = ?", (ident,)).fetchone()
        return row[0] if row else None

    def write(self, article: Article, extracted: Extracted, version: str, backend: str) -> None:
        """Replace the rows of `article` by `extracted`, all in one transaction."""
        error = article.error or extracted.error
        status = "failed" if error else "ok"
        claims = [] if error else extracted.claims
        mentions = [] if error else extracted.mentions
        values = (article.id, article.source, article.content_hash, article.title or extracted.title,
                  article.date or extracted.date, article.url, version, backend, status, error, len(claims),
                  _now())
        with self._transaction():
            for table, key in (("claims", "article_id"), ("mentions", "article_id"), ("articles", "id")):
                self.connection.execute(f"DELETE FROM {table} WHERE {key} = ?", (article.id,))
            self.connection.execute(_insert("articles", ARTICLE_COLUMNS), values)
            self.connection.executemany(_insert("claims", ("article_id",) + CLAIM_COLUMNS),
                                        [(article.id, *row) for row in claims])
            self.connection.executemany(_insert("mentions", ("article_id",) + MENTION_COLUMNS),
                                        [(article.id, *row) for row in mentions])

    def query(self, sql: str, parameters: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        """Rows (tuples) of a read-only query, streamed: exports read millions of claims this way."""
        return self.connection.execute(sql, parameters)


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
