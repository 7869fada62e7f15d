"""The articles of the inputs of `frclaims batch`, read lazily, one at a time.

An input is a file, a folder (read recursively), a JSONL file, or `-` for standard input:

- a `.txt`, `.html` or `.htm` file is one article; its id is its absolute path, so the same file keeps its id
  from any working directory. A file named on the command line with another extension is read as text too;
  in folders, files with other extensions and hidden files are not articles (`Sources.ignored` names them).
- a `.jsonl` file holds one article per line: `{"id": ..., "text": ...}` and optionally `url`, `title`,
  `date` (stored as given); the id is the given one.
- `-` (standard input) is JSONL when its first non-blank character is `{`, otherwise one text article whose
  id is `stdin:` and the start of its content hash.

An id is one article's: a second article with an id already seen in the run (the same JSONL id in two files, or
twice in one) is recorded as failed under its own place (`file:line`), not written over the first; so is one whose
id the store holds from another file (`runner.Job.own_id`).

A file is UTF-8, UTF-16 or UTF-32 with a byte-order mark, or an HTML page in the charset it declares
(`frclaims.encoding`). A file that cannot be read or decoded, or a JSONL line that is not a valid article,
becomes an `Article` with its `error` set: the store records it as failed, so nothing is skipped silently.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..encoding import decode
from ..errors import Errors

TEXT_SUFFIXES = (".txt", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
STDIN = "-"


@dataclass(frozen=True)
class Article:
    """One article to process, or the reason it could not be read (`error`; `text` is then None).

    `content_hash` is the SHA-256 of the bytes read (a file's, standard input's; of the UTF-8 bytes of the text
    for a JSONL record), None when nothing could be read: the store skips an article whose hash and pipeline
    version it has."""

    id: str
    source: str
    text: str | None = None
    error: str | None = None
    content_hash: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None


def content_hash(data: bytes) -> str:
    """What tells a changed article from an unchanged one."""
    return hashlib.sha256(data).hexdigest()


class Sources:
    """The articles of `inputs`, in order, read only as they are iterated (memory stays flat but for the ids
    seen, which tell a repeated id)."""

    def __init__(self, inputs: Iterable[str]) -> None:
        self.inputs = list(inputs)
        self.ignored: list[str] = []  # files in folders that are not articles (other extensions, hidden files)

    def __iter__(self) -> Iterator[Article]:
        first_source: dict[str, str] = {}
        for article in self._articles():
            first = first_source.setdefault(article.id, article.source)
            if first != article.source:
                error = Errors.E012.format(where=article.source, ident=article.id, first=first)
                article = Article(article.source, article.source, error=error, content_hash=article.content_hash)
            yield article

    def _articles(self) -> Iterator[Article]:
        for name in self.inputs:
            if name == STDIN:
                yield from read_stdin(sys.stdin)
                continue
            path = Path(name)
            if path.is_dir():
                yield from self._folder(path)
            elif path.suffix.lower() in JSONL_SUFFIXES:
                yield from read_jsonl(path)
            else:
                yield read_file(path)

    def _folder(self, folder: Path) -> Iterator[Article]:
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                path = Path(root) / name
                suffix = path.suffix.lower()
                if name.startswith(".") or suffix not in TEXT_SUFFIXES + JSONL_SUFFIXES:
                    self.ignored.append(str(path))
                elif suffix in JSONL_SUFFIXES:
                    yield from read_jsonl(path)
                else:
                    yield read_file(path)


def read_file(path: Path) -> Article:
    """One text or HTML file as an article, or as the error that prevents reading it."""
    ident = str(path.absolute())
    if (irregular := _irregular(path)) is not None:
        return irregular
    try:
        data = path.read_bytes()
    except OSError as error:
        return Article(ident, ident, error=Errors.E007.format(path=path, reason=_reason(error)))
    digest = content_hash(data)
    try:
        text = decode(data)
    except UnicodeDecodeError as error:
        return Article(ident, ident, error=Errors.E007.format(path=path, reason=_reason(error)),
                       content_hash=digest)
    return Article(ident, ident, text=text, content_hash=digest)


def _irregular(path: Path) -> Article | None:
    """The failed article of a path that exists but is no regular file: reading a named pipe would block the
    run forever."""
    if path.exists() and not path.is_file():
        ident = str(path.absolute())
        return Article(ident, ident, error=Errors.E013.format(path=path))
    return None


def read_jsonl(path: Path) -> Iterator[Article]:
    """The articles of a JSONL file, one per non-blank line."""
    if (irregular := _irregular(path)) is not None:
        yield irregular
        return
    try:
        handle = path.open("rb")
    except OSError as error:
        ident = str(path.absolute())
        yield Article(ident, ident, error=Errors.E007.format(path=path, reason=_reason(error)))
        return
    with handle:
        yield from _jsonl_lines(handle, str(path.absolute()))


def read_stdin(stream: IO[str]) -> Iterator[Article]:
    """Standard input: JSONL when it starts with `{`, otherwise one text article."""
    binary = getattr(stream, "buffer", None)
    lines: Iterator[bytes] = iter(binary) if binary is not None else (s.encode("utf-8") for s in stream)
    head: list[bytes] = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    first = b"".join(head).lstrip()
    if first.startswith(b"{"):
        yield from _jsonl_lines(chain(head, lines), "<stdin>")
        return
    data = b"".join(head) + b"".join(lines)
    if not data.strip():  # nothing was piped in: no article
        return
    digest = content_hash(data)
    ident = f"stdin:{digest[:16]}"
    try:
        text = decode(data)
    except UnicodeDecodeError as error:
        yield Article(ident, "<stdin>", error=Errors.E007.format(path="<stdin>", reason=_reason(error)),
                      content_hash=digest)
        return
    yield Article(ident, "<stdin>", text=text, content_hash=digest)


def _jsonl_lines(lines: Iterable[bytes], source: str) -> Iterator[Article]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))  # a BOM opens Windows files
        except (UnicodeDecodeError, ValueError) as error:
            yield Article(where, where, error=Errors.E007.format(path=where, reason=_reason(error)),
                          content_hash=content_hash(raw))
            continue
        yield _jsonl_article(record, where)


def _jsonl_article(record: object, where: str) -> Article:
    """An article from one JSONL record; a record without a usable id or text is an error record."""
    if not isinstance(record, dict) or record.get("id") in (None, "") or not _encodable(str(record["id"])):
        reason = "a JSONL article needs an 'id' (a non-empty string or number)"
        return Article(where, where, error=Errors.E007.format(path=where, reason=reason))
    ident = str(record["id"])
    text = record.get("text")
    metadata = {key: value if isinstance(value := record.get(key), str) and _encodable(value) else None
                for key in ("title", "date", "url")}
    if not isinstance(text, str) or not _encodable(text):
        reason = (f"'text' must be a string, got {type(text).__name__}" if not isinstance(text, str)
                  else "'text' is not valid Unicode (a lone surrogate escape)")
        return Article(ident, where, error=Errors.E007.format(path=where, reason=reason), **metadata)
    return Article(ident, where, text=text, content_hash=content_hash(text.encode("utf-8")), **metadata)


def _encodable(value: str) -> bool:
    """False for strings with lone surrogates ("\\ud800" in JSON): SQLite and spaCy cannot take them."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _reason(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"
