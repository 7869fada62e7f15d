"""What the learnt decisions share: a logistic regression over named features, kept as data (one JSON file in
`data/` per model, written by `scripts/train_models.py`). The features and what is decided from the score are
each model's own (`paymodel.py`, `placemodel.py`, `orgmodel.py`; `kindmodel.py` has one weight per class)."""
from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

Model = TypeVar("Model", bound="LogisticModel")


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def read_shipped(name: str) -> dict[str, Any]:
    """A model file shipped in `frclaims/data/`."""
    data: dict[str, Any] = json.loads(resources.files("frclaims.data").joinpath(name).read_text(encoding="utf-8"))
    return data


def write_json(data: Mapping[str, Any], path: str | Path, compact: bool = False) -> None:
    """A model file: one weight per line, or all on one line (`compact`, for a weight per class)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) if compact else \
        json.dumps(data, ensure_ascii=False, indent=0)
    Path(path).write_text(text + "\n", encoding="utf-8")


@dataclass(frozen=True)
class LogisticModel:
    """Weights of named features and a bias; `score` is the probability of the positive class. Subclasses add
    their settings as fields with defaults (a threshold, how many words to read), saved beside the weights."""
    weights: Mapping[str, float]
    bias: float

    def score(self, found: Mapping[str, float]) -> float:
        return sigmoid(self.bias + sum(self.weights.get(name, 0.0) * value for name, value in found.items()))

    def to_dict(self) -> dict[str, Any]:
        settings = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("weights", "bias")}
        return {"bias": self.bias, **settings, "weights": dict(sorted(self.weights.items()))}

    def save(self, path: str | Path) -> None:
        write_json(self.to_dict(), path)

    @classmethod
    def from_dict(cls: type[Model], data: Mapping[str, Any]) -> Model:
        weights = data.get("weights")
        if not isinstance(weights, dict) or "bias" not in data:
            raise ValueError(f"{cls.__name__}: a model needs 'bias' and 'weights' (an object of feature -> weight)")
        values: dict[str, Any] = {"weights": {str(k): float(v) for k, v in weights.items()},
                                  "bias": float(data["bias"])}
        for f in fields(cls):
            if f.name in data and f.name not in values and f.default is not MISSING:
                values[f.name] = type(f.default)(data[f.name])
        return cls(**values)

    @classmethod
    def load(cls: type[Model], path: str | Path) -> Model:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
