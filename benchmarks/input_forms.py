"""Accuracy on the golden articles as other sources deliver them: hard-wrapped at a fixed width (a PDF, an e-mail
newsletter, a press database export) and with decomposed accents (NFD, as PDFs and macOS write them).

    python benchmarks/input_forms.py [--split test] [--limit N]

Each form is built from the article's own text: wrapping replaces spaces by line breaks inside each paragraph
(paragraphs stay apart by a blank line), so the gold offsets still hold; NFD changes the text's length, so its row
scores what does not depend on offsets (claims, organisations, place, kind, qualifier) and leaves role out.
Prints a markdown table.
"""
from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import frclaims  # noqa: E402
from frclaims.evaluation import load_golden, score  # noqa: E402


def wrapped(text: str, width: int) -> str:
    """`text` wrapped at `width` columns inside each of its lines: a space where a line would end becomes a line
    break, so the text keeps its length."""
    chars = list(text)
    column, last_space = 0, None
    for i, char in enumerate(text):
        if char == "\n":
            column, last_space = 0, None
            continue
        if char == " ":
            last_space = i
        column += 1
        if column > width and last_space is not None:
            chars[last_space] = "\n"
            column, last_space = i - last_space, None
    return "".join(chars)


FORMS = {
    "as written": lambda text: text,
    "wrapped at 72 columns": lambda text: wrapped(text, 72),
    "wrapped at 60 columns": lambda text: wrapped(text, 60),
    "decomposed accents (NFD)": lambda text: unicodedata.normalize("NFD", text),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test")
    parser.add_argument("--limit", type=int, default=0, help="the first N articles only (0: all)")
    args = parser.parse_args()
    articles = load_golden(ROOT / "golden", split=args.split)
    if args.limit:
        articles = articles[:args.limit]
    pipeline = frclaims.load()
    print(f"{len(articles)} articles of the {args.split} split\n")
    print("| form | claim P | R | F1 | organisations | place | role | kind | qualifier |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, form in FORMS.items():
        predictions = [pipeline(form(a.text)).to_dict() for a in articles]
        s = score(articles, predictions).scores
        role = "—" if "NFD" in name else f"{s['slot_role']:.3f}"
        print(f"| {name} | {s['claims_p']:.3f} | {s['claims_r']:.3f} | {s['claims_f']:.3f} "
              f"| {s['slot_organisations']:.3f} | {s['slot_place']:.3f} | {role} | {s['slot_kind']:.3f} "
              f"| {s['slot_qualifier']:.3f} |")


if __name__ == "__main__":
    main()
