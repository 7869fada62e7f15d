"""The examples a user reads run as tests: the README and the docstrings of the public modules."""
from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import frclaims
import frclaims.component

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_examples_run() -> None:
    failures, tried = doctest.testfile(str(README), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert tried > 0 and failures == 0


@pytest.mark.parametrize("module", [frclaims, frclaims.component])
def test_readme_module_docstrings_run(module: object) -> None:
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert tried > 0 and failures == 0
