"""The golden set is well-formed: schema, offsets, links between claims and mentions, splits."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "golden"
SPLITS = ("dev", "test")


def _records() -> list[dict]:
    records = []
    for split in SPLITS:
        path = GOLDEN / f"{split}.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


RECORDS = _records()
SCHEMA = json.loads((GOLDEN / "schema.json").read_text(encoding="utf-8"))
LINKS = {"amount": "MONEY", "organisations": "ORG", "place": "LOC", "role": "ROLE"}


def _text(record: dict) -> str:
    return (ROOT / record["path"]).read_text(encoding="utf-8")


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_golden_record_schema(record: dict) -> None:
    jsonschema.validate(record, SCHEMA)


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_golden_offsets_point_at_their_text(record: dict) -> None:
    text = _text(record)
    for entity in record["entities"]:
        assert 0 <= entity["start"] < entity["end"] <= len(text)
        assert text[entity["start"]:entity["end"]] == entity["text"], entity
        assert entity["text"] == entity["text"].strip(), f"span has outer whitespace: {entity}"
    for claim in record["claims"]:
        amount = claim["amount"]
        if "text" in amount:
            assert text[amount["start"]:amount["end"]] == amount["text"], amount
        if claim["role"] is not None:
            role = claim["role"]
            assert text[role["start"]:role["end"]] == role["text"], role


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_golden_claim_spans_are_entity_mentions(record: dict) -> None:
    mentions = {(e["label"], e["start"], e["end"]) for e in record["entities"]}
    for claim in record["claims"]:
        for field, label in LINKS.items():
            value = claim[field]
            spans = value if isinstance(value, list) else [value]
            for span in spans:
                if span is None:
                    continue
                assert (label, span["start"], span["end"]) in mentions, (field, span)
        for converted in claim.get("converted", []):
            assert ("MONEY", converted["start"], converted["end"]) in mentions, converted
        assert claim["amount"]["min"] <= claim["amount"]["max"]


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_golden_counts_each_claim_once(record: dict) -> None:
    keys = [(c["amount"]["min"], c["amount"]["max"], c["amount"]["currency"], c["period"]) for c in record["claims"]]
    assert len(keys) == len(set(keys)), "one claim per distinct (amount, currency, period)"


def test_golden_ids_paths_and_splits_are_consistent() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    for record in RECORDS:
        assert record["path"] == f"corpus/{record['id']}.txt"
        assert (ROOT / record["path"]).exists()
        text = _text(record)
        assert unicodedata.is_normalized("NFC", text), record["id"]
    by_split = {split: [r for r in RECORDS if r["split"] == split] for split in SPLITS}
    for split, records in by_split.items():
        assert all(r in records for r in RECORDS if r["split"] == split)
    # The test split is written apart from the development split: file names say which.
    assert all(r["id"][0] in "2678" for r in by_split["test"])
    assert all(r["id"][0] in "01345" for r in by_split["dev"])


def test_golden_is_large_enough() -> None:
    tests = [r for r in RECORDS if r["split"] == "test"]
    assert len(RECORDS) >= 60
    assert len(tests) >= 20
    assert sum(len(r["claims"]) for r in RECORDS) >= 150
    assert sum(1 for r in RECORDS if not r["claims"]) >= 10
