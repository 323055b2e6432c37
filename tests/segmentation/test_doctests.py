"""The ``Examples:`` sections of the segmenter and the attribution metric run."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import stancekit.segmentation


def _modules() -> list[str]:
    pkg = stancekit.segmentation
    names = [pkg.__name__, "stancekit.evaluate.attribution"]
    names += [f"{pkg.__name__}.{m.name}" for m in pkgutil.iter_modules(pkg.__path__)]
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_doctests_pass(name: str) -> None:
    module: ModuleType = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=False)
    assert result.failed == 0, f"{result.failed} doctest failure(s) in {name}"
