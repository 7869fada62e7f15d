"""The `frclaims` command: extract, batch, export, evaluate, models.

    frclaims extract FILE...            JSON of SPEC section 3 for each file (one JSON object per line)
    frclaims batch INPUT...             the main job: folders, files, JSONL, stdin -> SQLite store
    frclaims export --format csv        claims with their article metadata
    frclaims evaluate golden --split test [--baseline] [--json] [--predictions FILE]
    frclaims models stanza              fetch stanza's French models (on a machine with internet)
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable, Sequence

from .backends import BACKENDS
from .encoding import decode

Command = Callable[[argparse.Namespace], int]


def _extract(args: argparse.Namespace) -> int:
    import frclaims

    status = 0
    for name in args.files:
        path = Path(name)
        try:
            text = sys.stdin.read() if name == "-" else decode(path.read_bytes())
        except (OSError, UnicodeDecodeError) as error:
            print(json.dumps({"source": name, "error": f"{type(error).__name__}: {error}"}, ensure_ascii=False))
            status = 1
            continue
        result = frclaims.extract(text, backend=args.backend)
        data = result.to_dict()
        if args.full:
            data["text"] = result.text  # what the offsets refer to: an HTML page reduced to text
        else:
            data.pop("meta", None)
            data.pop("body", None)
        print(json.dumps({"source": name, **data}, ensure_ascii=False, indent=args.indent))
    return status


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluation import evaluate, load_golden, load_predictions, score_predictions

    articles = load_golden(args.golden, split=args.split)
    if args.predictions:
        records = load_predictions(args.predictions)
        report = score_predictions(articles, records, split=args.split, system=Path(args.predictions).stem)
        articles = [a for a in articles if a.id in records]
    else:
        report = evaluate(articles, split=args.split, system="frclaims", backend=args.backend)
    base = evaluate(articles, split=args.split, system="baseline") if args.baseline else None
    if args.json:
        print(json.dumps({"frclaims": report.to_dict(), "baseline": base.to_dict() if base else None},
                         ensure_ascii=False, indent=2))
    else:
        print(report.format_table(baseline=base))
        if args.errors:
            for error in report.errors[: args.errors]:
                print(json.dumps(error, ensure_ascii=False))
    return 0


def _models(args: argparse.Namespace) -> int:
    from .backends.stanza_backend import download_models

    download_models(args.dir)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="frclaims", description="Wage claims from French press articles.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print the claims of each file as JSON")
    p.add_argument("files", nargs="+", help="text or HTML files ('-' for standard input)")
    p.add_argument("--backend", choices=BACKENDS, default="spacy")
    p.add_argument("--indent", type=int, default=None, help="pretty-print the JSON")
    p.add_argument("--full", action="store_true",
                   help="also print body paragraphs, what was dropped, and the text the offsets refer to")
    p.set_defaults(run=_extract)

    p = sub.add_parser("evaluate", help="score the pipeline against a golden set")
    p.add_argument("golden", help="a golden folder (dev.jsonl, test.jsonl) or one JSONL file")
    p.add_argument("--split", choices=["dev", "test"], default=None)
    p.add_argument("--backend", choices=BACKENDS, default="spacy")
    p.add_argument("--baseline", action="store_true", help="also score the spaCy-NER baseline, side by side")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--errors", type=int, default=0, metavar="N", help="print the first N errors")
    p.add_argument("--predictions", default=None, metavar="FILE",
                   help="score these records (JSONL with the golden ids: another system, a second annotator) "
                        "instead of running frclaims, on the golden articles they cover")
    p.set_defaults(run=_evaluate)

    p = sub.add_parser("models", help="fetch the stanza French models (needs internet)")
    p.add_argument("name", choices=["stanza"])
    p.add_argument("--dir", default=None, help="stanza resources folder (default: $STANZA_RESOURCES_DIR or ~/stanza_resources)")
    p.set_defaults(run=_models)

    # NOTE: the batch engine registers `batch` and `export` here (frclaims/batch/commands.py).
    try:
        from .batch.commands import register
    except ImportError:  # pragma: no cover - the batch package is part of the distribution
        register = None
    if register is not None:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (ValueError, OSError) as error:
        print(f"frclaims: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
