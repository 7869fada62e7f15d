"""`frclaims batch` and `frclaims export`: inputs, the SQLite store, incremental runs, recovery after a killed
run, failures recorded, exports read back, several processes and the Dask engine.

Articles are small generated French texts with pay amounts, written in tmp_path; in-process runs share the
session's loaded pipeline (the `pipeline` fixture of conftest.py).
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import frclaims
import frclaims.cli
from frclaims.batch.export import COLUMNS, export
from frclaims.batch.runner import RunStats, run_batch
from frclaims.batch.sources import Sources

CITIES = ("Bordeaux", "Lyon", "Nantes", "Lille")
PLATFORMS = ("Deliveroo", "Uber Eats", "Stuart", "Just Eat")


def article_text(index: int, paragraphs: int = 1) -> str:
    """A short article whose amounts depend on `index`, so that every article has its own claims."""
    city, platform = CITIES[index % 4], PLATFORMS[index % 4]
    parts = [f"Grève des livreurs à {city} (article {index})\n"]
    for p in range(paragraphs):
        parts.append(
            f"Les livreurs de {platform} à {city} dénoncent leur rémunération. "
            f"Ils sont payés {3 + index % 7},{p % 10}0 euros par course, contre 5 euros il y a deux ans. "
            f"Selon le syndicat, un livreur gagne en moyenne {900 + 10 * index + p} euros par mois. "
            f"La plateforme affirme que le revenu horaire atteint {12 + index % 5} euros de l'heure.\n")
    return "".join(parts)


def write_articles(folder: Path, indices: range, paragraphs: int = 1) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in indices:
        path = folder / f"article_{index:03d}.txt"
        path.write_text(article_text(index, paragraphs), encoding="utf-8")
        paths.append(path)
    return paths


def batch(inputs: list[Any], db: Path, **options: Any) -> RunStats:
    return run_batch([str(i) for i in inputs], db, progress=False, **options)


def rows(db: Path, sql: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


CLAIMS = "SELECT * FROM claims ORDER BY article_id, claim_index"
MENTIONS = "SELECT * FROM mentions ORDER BY article_id, mention_index"
ARTICLES = ("SELECT id, source, content_hash, title, date, url, pipeline_version, backend, status, error, n_claims "
            "FROM articles ORDER BY id")


@pytest.fixture
def loaded(pipeline: Any) -> Any:
    """In-process runs use the session's pipeline (frclaims.load is cached per process)."""
    return pipeline


# --- inputs -------------------------------------------------------------------------------------------------


def test_sources_read_folders_recursively_and_count_other_files(tmp_path: Path) -> None:
    write_articles(tmp_path / "a", range(2))
    write_articles(tmp_path / "a" / "deeper", range(2, 3))
    (tmp_path / "a" / "notes.md").write_text("pas un article", encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text("caché", encoding="utf-8")
    (tmp_path / "a" / "page.html").write_text("<html><body><p>Un texte.</p></body></html>", encoding="utf-8")
    sources = Sources([str(tmp_path / "a"), str(tmp_path / "missing.txt")])
    articles = list(sources)
    assert [Path(a.id).name for a in articles] == ["article_000.txt", "article_001.txt", "page.html",
                                                   "article_002.txt", "missing.txt"]
    assert sorted(Path(name).name for name in sources.ignored) == [".hidden.txt", "notes.md"]
    assert articles[-1].error and "E007" in articles[-1].error and articles[-1].content_hash is None
    assert all(a.text and a.content_hash for a in articles[:-1])


def test_sources_record_a_repeated_id_as_failed_instead_of_writing_over_the_first(tmp_path: Path) -> None:
    """Two JSONL files that both number their articles 1, 2...: the second "1" would replace the first in the
    store, silently."""
    first, second = tmp_path / "lemonde.jsonl", tmp_path / "liberation.jsonl"
    first.write_text(_jsonl([{"id": 1, "text": "Un livreur gagne 4 euros."}, {"id": 2, "text": "Deux."}]),
                     encoding="utf-8")
    second.write_text(_jsonl([{"id": "1", "text": "Une caissière gagne 9 euros."}, {"id": 3, "text": "Trois."}]),
                      encoding="utf-8")
    articles = list(Sources([str(first), str(second)]))
    assert [(a.id, a.error is None) for a in articles] == [("1", True), ("2", True), (f"{second.absolute()}:1", False),
                                                           ("3", True)]
    assert "E012" in articles[2].error and f"{first.absolute()}:1" in articles[2].error


def test_batch_records_an_id_stored_from_another_file_as_failed(tmp_path: Path, loaded: Any) -> None:
    """The same across runs: a later run of another file whose ids the store already holds keeps the first
    articles; a record that moved within its own file is the same article."""
    first, second, db = tmp_path / "lemonde.jsonl", tmp_path / "liberation.jsonl", tmp_path / "store.sqlite"
    first.write_text(_jsonl([{"id": 1, "text": "Un livreur gagne 4 euros par course."}]), encoding="utf-8")
    second.write_text(_jsonl([{"id": 1, "text": "Une caissière gagne 9 euros de l'heure."}]), encoding="utf-8")
    batch([first], db)
    stats = batch([second], db)
    assert (stats.processed, stats.failed) == (1, 1)
    stored = dict(rows(db, "SELECT id, source FROM articles"))
    assert stored["1"] == f"{first.absolute()}:1" and "E012" in dict(rows(db, "SELECT id, error FROM articles"))[
        f"{second.absolute()}:1"]
    first.write_text("\n" + _jsonl([{"id": 1, "text": "Un livreur gagne 5 euros par course."}]), encoding="utf-8")
    assert batch([first], db).failed == 0
    assert dict(rows(db, "SELECT id, source FROM articles"))["1"] == f"{first.absolute()}:2"


def test_sources_read_a_jsonl_file_that_opens_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "windows.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + _jsonl([{"id": "a", "text": "Un texte."}]).encode("utf-8"))
    assert [(a.id, a.text) for a in Sources([str(path)])] == [("a", "Un texte.")]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_sources_record_a_named_pipe_as_failed_instead_of_waiting_on_it(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    articles = list(Sources([str(folder)]))
    assert len(articles) == 1 and articles[0].error and "E013" in articles[0].error


def test_batch_command_stops_on_an_input_that_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "store.sqlite"
    assert frclaims.cli.main(["batch", str(tmp_path / "corpsu"), "--db", str(db), "--no-progress"]) == 2
    assert "corpsu" in capsys.readouterr().err and not db.exists()


# --- incremental runs ---------------------------------------------------------------------------------------


def test_pipeline_version_changes_with_any_file_of_the_package(tmp_path: Path) -> None:
    """A re-run after a change of rules, word lists or weights must process the articles again: the version the
    store records is the library's and a fingerprint of its files (caches aside)."""
    from frclaims.batch.runner import fingerprint, pipeline_version
    from frclaims.pipeline import VERSION

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cues.tsv").write_text("salaire\tpay\t2\tany\n", encoding="utf-8")
    (tmp_path / "__pycache__").mkdir()
    before = fingerprint(tmp_path)
    (tmp_path / "__pycache__" / "x.pyc").write_bytes(b"cache")
    assert fingerprint(tmp_path) == before
    (tmp_path / "data" / "cues.tsv").write_text("salaire\tpay\t3\tany\n", encoding="utf-8")
    assert fingerprint(tmp_path) != before
    assert pipeline_version().startswith(VERSION + "+")


def test_batch_incremental_rerun_processes_only_new_articles(tmp_path: Path, loaded: Any) -> None:
    folder, db = tmp_path / "articles", tmp_path / "store.sqlite"
    write_articles(folder, range(5))
    first = batch([folder], db)
    assert (first.seen, first.processed, first.skipped, first.failed) == (5, 5, 0, 0)
    assert first.claims > 0

    write_articles(folder, range(5, 8))
    second = batch([folder], db)
    assert (second.seen, second.processed, second.skipped) == (8, 3, 5)

    third = batch([folder], db)
    assert (third.processed, third.skipped, third.claims) == (0, 8, 0)
    assert rows(db, "SELECT count(*) FROM articles") == [(8,)]
    assert rows(db, "SELECT count(*) FROM claims")[0][0] == first.claims + second.claims


def test_batch_changed_text_replaces_old_rows(tmp_path: Path, loaded: Any) -> None:
    folder, db = tmp_path / "articles", tmp_path / "store.sqlite"
    paths = write_articles(folder, range(3))
    batch([folder], db)
    paths[1].write_text(article_text(1).replace("payés 4,00 euros", "payés 6,70 euros"), encoding="utf-8")
    stats = batch([folder], db)
    assert (stats.processed, stats.skipped) == (1, 2)
    texts = [t for (t,) in rows(db, "SELECT amount_text FROM claims WHERE article_id = ?", (str(paths[1]),))]
    assert "6,70 euros" in texts and "4,00 euros" not in texts
    fresh = tmp_path / "fresh.sqlite"
    batch([folder], fresh)
    assert rows(db, CLAIMS) == rows(fresh, CLAIMS)


def test_batch_limit_takes_only_articles_not_yet_stored(tmp_path: Path, loaded: Any) -> None:
    folder, db = tmp_path / "articles", tmp_path / "store.sqlite"
    write_articles(folder, range(5))
    assert batch([folder], db, limit=2).processed == 2
    again = batch([folder], db, limit=2)
    assert (again.processed, again.skipped) == (2, 2)


# --- recovery after a killed run ----------------------------------------------------------------------------


def _stored(db: Path) -> int:
    try:
        return rows(db, "SELECT count(*) FROM articles")[0][0]
    except sqlite3.Error:  # not created yet
        return 0


def test_batch_recovers_after_kill_with_no_duplicates(tmp_path: Path, loaded: Any) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, range(40), paragraphs=8)
    db = tmp_path / "killed.sqlite"
    command = [sys.executable, "-m", "frclaims.cli", "batch", str(folder), "--db", str(db), "--batch-size", "2",
               "--no-progress"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        while _stored(db) == 0 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    done = _stored(db)
    assert 0 < done < 40, "the run was not killed mid-way"
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    # Every stored article is complete: its claims are all there.
    assert rows(db, "SELECT count(*) FROM articles a WHERE n_claims != "
                    "(SELECT count(*) FROM claims c WHERE c.article_id = a.id)") == [(0,)]

    resumed = batch([folder], db)
    assert (resumed.processed, resumed.skipped, resumed.failed) == (40 - done, done, 0)

    fresh = tmp_path / "fresh.sqlite"
    batch([folder], fresh)
    assert rows(db, ARTICLES) == rows(fresh, ARTICLES)
    assert rows(db, CLAIMS) == rows(fresh, CLAIMS)
    assert rows(db, MENTIONS) == rows(fresh, MENTIONS)
    key = "article_id, amount_min, amount_max, currency, period"
    assert rows(db, f"SELECT count(*) FROM (SELECT DISTINCT {key} FROM claims)") == \
        rows(db, "SELECT count(*) FROM claims")


# --- failures are recorded ----------------------------------------------------------------------------------


TEXT = "Les livreurs lyonnais sont payés 4,20 € par course, à peine plus qu'en 2019."


@pytest.mark.parametrize(
    "name,data",
    [("utf8.txt", TEXT.encode("utf-8")),
     # a byte-order mark says UTF-16 or UTF-32; the text is read without it
     ("utf16.txt", TEXT.encode("utf-16")),
     ("utf16be.txt", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
     ("utf32.txt", TEXT.encode("utf-32")),
     # an HTML page in the charset it declares, whatever the file is called
     ("page.html", f'<html><head><meta charset="windows-1252"></head><body><p>{TEXT}</p></body></html>'
                   .encode("cp1252")),
     ("page.txt", ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">'
                   f"</head><body><p>{TEXT}</p></body></html>").encode("iso-8859-15"))],
)
def test_batch_reads_the_encodings_a_file_says_it_has(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    [article] = list(Sources([str(tmp_path / name)]))
    assert article.error is None and article.text is not None
    assert TEXT in article.text and not article.text.startswith("\ufeff")


def test_batch_does_not_guess_an_undeclared_encoding(tmp_path: Path) -> None:
    """Windows-1252 text that says nothing of its encoding fails with how to convert it: a wrong guess would
    change letters without a trace."""
    path = tmp_path / "latin.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    [article] = list(Sources([str(path)]))
    assert article.text is None and article.error is not None
    assert "UnicodeDecodeError" in article.error and "iconv" in article.error


def test_batch_undecodable_file_is_recorded_as_failed(tmp_path: Path, loaded: Any,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder, db = tmp_path / "articles", tmp_path / "store.sqlite"
    write_articles(folder, range(3))
    corrupt = folder / "corrupt.txt"
    corrupt.write_bytes("Les livreurs sont payés 4 euros par course.".encode("utf-8") + b"\xff\xfe\xc3(")

    status = frclaims.cli.main(["batch", str(folder), "--db", str(db), "--no-progress"])

    assert status == 0
    out = capsys.readouterr().out
    assert "4 processed" in out and "1 failed" in out
    failed = rows(db, "SELECT id, error, n_claims FROM articles WHERE status = 'failed'")
    assert [(Path(i).name, n) for i, _, n in failed] == [("corrupt.txt", 0)]
    assert "UnicodeDecodeError" in failed[0][1]
    assert rows(db, "SELECT count(*) FROM articles WHERE status = 'ok' AND n_claims > 0") == [(3,)]
    # Unchanged, the corrupt file is not read again; --retry-failed does.
    assert batch([folder], db).processed == 0
    assert batch([folder], db, retry_failed=True).processed == 1


class _Exploding:
    """A pipeline that raises on one article, as a bug in a rule would."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def pipe(self, texts: Any, batch_size: int = 32) -> Any:
        for text in texts:
            yield self(text)

    def __call__(self, text: str) -> Any:
        if "BOOM" in text:
            raise ZeroDivisionError("a rule failed")
        return self.real(text)


def test_batch_extraction_error_is_recorded_and_batch_goes_on(tmp_path: Path, loaded: Any,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder, db = tmp_path / "articles", tmp_path / "store.sqlite"
    write_articles(folder, range(4))
    (folder / "article_001.txt").write_text(article_text(1) + "BOOM", encoding="utf-8")
    monkeypatch.setattr(frclaims, "load", lambda backend="spacy": _Exploding(loaded))

    stats = batch([folder], db, batch_size=4)

    assert (stats.processed, stats.failed) == (4, 1)
    assert rows(db, "SELECT status, count(*) FROM articles GROUP BY status") == [("failed", 1), ("ok", 3)]
    (error,) = rows(db, "SELECT error FROM articles WHERE status = 'failed'")[0]
    assert error.startswith("ZeroDivisionError: a rule failed (at test_batch.py")


# --- JSONL and standard input -------------------------------------------------------------------------------


def _jsonl(records: list[Any]) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


JSONL_RECORDS = [
    {"id": "a1", "text": article_text(1), "url": "https://example.org/a1", "title": "Livreurs en grève",
     "date": "2024-03-01"},
    {"id": 2, "text": article_text(2)},
    "",
    "{not json",
    {"id": "no-text"},
]


def test_batch_jsonl_file(tmp_path: Path, loaded: Any) -> None:
    path, db = tmp_path / "articles.jsonl", tmp_path / "store.sqlite"
    path.write_text(_jsonl(JSONL_RECORDS), encoding="utf-8")
    stats = batch([path], db)
    assert (stats.seen, stats.processed, stats.failed) == (4, 4, 2)
    articles = {r[0]: r for r in rows(db, "SELECT id, source, title, date, url, status FROM articles")}
    assert articles["a1"][1:] == (f"{path}:1", "Livreurs en grève", "2024-03-01", "https://example.org/a1", "ok")
    assert articles["2"][-1] == "ok"
    assert articles[f"{path}:4"][-1] == "failed"  # the line that is not JSON, named by file and line
    assert articles["no-text"][-1] == "failed"


@pytest.mark.parametrize("kind", ["jsonl", "text"])
def test_batch_standard_input(tmp_path: Path, loaded: Any, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    db = tmp_path / "store.sqlite"
    data = _jsonl(JSONL_RECORDS[:2]) if kind == "jsonl" else article_text(3)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8"))
    stats = batch(["-"], db)
    ids = [i for (i,) in rows(db, "SELECT id FROM articles ORDER BY id")]
    if kind == "jsonl":
        assert (stats.processed, ids) == (2, ["2", "a1"])
    else:
        assert stats.processed == 1 and len(ids) == 1 and ids[0].startswith("stdin:")
    assert stats.failed == 0 and stats.claims > 0


# --- export -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def filled_store(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> Path:
    folder = tmp_path_factory.mktemp("export")
    write_articles(folder / "articles", range(6))
    (folder / "articles" / "broken.txt").write_bytes(b"\xff\xfe")
    path = folder / "articles.jsonl"
    path.write_text(_jsonl(JSONL_RECORDS[:1]), encoding="utf-8")
    db = folder / "store.sqlite"
    batch([folder / "articles", path], db)
    return db


def _expected(db: Path) -> list[tuple[Any, ...]]:
    return rows(db, """
        SELECT a.id, a.source, a.title, a.date, a.url, c.claim_index, c.amount_min, c.amount_max, c.currency,
               c.amount_text, c.period, c.kind, c.qualifier, c.organisations, c.place, c.place_country, c.role,
               c.sentence_text,
               c.amount_start, c.amount_end, c.sentence_start, c.sentence_end, a.pipeline_version
        FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY a.id, c.claim_index""")


def _read_back(path: Path, fmt: str) -> list[tuple[Any, ...]]:
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            assert tuple(next(reader)) == COLUMNS
            return [tuple(row) for row in reader]
    if fmt == "jsonl":
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert all(tuple(r) == COLUMNS for r in records)
        return [tuple(r.values()) for r in records]
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    assert tuple(table.column_names) == COLUMNS
    return [tuple(r.values()) for r in table.to_pylist()]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_reads_back_the_rows_of_the_store(filled_store: Path, tmp_path: Path, fmt: str) -> None:
    output = tmp_path / f"claims.{fmt}"
    count = export(filled_store, fmt, output)
    expected = _expected(filled_store)
    assert count == len(expected) > 6
    found = _read_back(output, fmt)
    if fmt == "csv":  # CSV has only text: None is an empty cell
        expected = [tuple("" if v is None else str(v) for v in row) for row in expected]
    assert found == expected


def test_export_csv_reads_with_pandas(filled_store: Path, tmp_path: Path) -> None:
    import pandas as pd

    output = tmp_path / "claims.csv"
    assert frclaims.cli.main(["export", "--db", str(filled_store), "--format", "csv", "--output", str(output)]) == 0
    frame = pd.read_csv(output)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == len(_expected(filled_store))
    assert frame["amount_min"].dtype == float and set(frame["currency"]) == {"EUR"}


def test_export_of_a_missing_store_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="E007"):
        export(tmp_path / "nothing.sqlite", "csv", tmp_path / "out.csv")
    assert not (tmp_path / "nothing.sqlite").exists()


# --- several processes and the Dask engine ------------------------------------------------------------------


@pytest.mark.slow
def test_batch_two_worker_processes_match_one_process(tmp_path: Path, loaded: Any) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, range(10))
    one, two = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    batch([folder], one, batch_size=2)
    stats = batch([folder], two, batch_size=2, workers=2)
    assert (stats.processed, stats.failed) == (10, 0)
    assert rows(two, ARTICLES) == rows(one, ARTICLES)
    assert rows(two, CLAIMS) == rows(one, CLAIMS)


@pytest.mark.slow
def test_batch_dask_engine_on_a_local_cluster(tmp_path: Path, loaded: Any) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, range(4))
    (folder / "corrupt.txt").write_bytes(b"\xff")
    local, dask = tmp_path / "local.sqlite", tmp_path / "dask.sqlite"
    batch([folder], local, batch_size=2)
    stats = batch([folder], dask, batch_size=2, workers=2, engine="dask")
    assert (stats.processed, stats.failed) == (5, 1)
    assert rows(dask, ARTICLES) == rows(local, ARTICLES)
    assert rows(dask, CLAIMS) == rows(local, CLAIMS)
