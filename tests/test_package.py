"""The package surface: light import, lazy attributes, public API."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import stancekit
from stancekit._moved import MOVED

HEAVY = ("torch", "transformers", "datasets", "sklearn", "ray")


def test_import_stancekit_does_not_load_heavy_dependencies() -> None:
    code = (
        "import json, sys; import stancekit; "
        "stancekit.segment('\"Hello,\" she said.'); "
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out.strip().splitlines()[-1]) == []


def test_all_is_sorted_and_resolvable() -> None:
    names = [n for n in stancekit.__all__ if not n.startswith("__")]
    assert names == sorted(names, key=lambda n: (not n.isupper(), n))
    for name in stancekit.__all__:
        assert getattr(stancekit, name) is not None


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        stancekit.nope  # noqa: B018


def test_package_ships_py_typed() -> None:
    from importlib.resources import files

    assert files("stancekit").joinpath("py.typed").is_file()


@pytest.mark.parametrize(("old", "new"), sorted(MOVED.items()))
def test_moved_module_old_name_warns_and_is_the_new_module(old: str, new: str) -> None:
    import importlib
    import sys

    sys.modules.pop(old, None)
    with pytest.warns(DeprecationWarning, match=new.replace(".", r"\.")):
        module = importlib.import_module(old)
    assert module is importlib.import_module(new)
