"""Old module names that moved, served for one more release with a DeprecationWarning.

``import stancekit.userdata`` (say) returns the module :mod:`stancekit.data.userfiles`
itself and warns once; nothing is copied, so both names see the same objects.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import warnings
from types import ModuleType

__all__ = ["MOVED", "install"]

#: Old module name -> its new name (moved in issue 16: the readers of files in ``data/``).
MOVED = {
    "stancekit.statement_data": "stancekit.data.statements",
    "stancekit.userdata": "stancekit.data.userfiles",
    "stancekit.textfile": "stancekit.data.textfiles",
    "stancekit.corpus.sources": "stancekit.data.corpus_inputs",
    "stancekit.evaluate.attribution_data": "stancekit.data.attribution",
    # issue 19: the base encoders and file checks serve stage 1's tagger too
    "stancekit.models.encoder": "stancekit.weights.encoder",
    "stancekit.models.integrity": "stancekit.weights.integrity",
    "stancekit.models.download": "stancekit.weights.download",
}


class _Alias(importlib.abc.Loader):
    def __init__(self, new: str) -> None:
        self.new = new

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(self.new)

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run: the module is the moved one, already imported."""


class _MovedFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        new = MOVED.get(fullname)
        if new is None:
            return None
        warnings.warn(
            f"{fullname} moved to {new}; import it from there (the old name goes in the "
            "next release).",
            DeprecationWarning,
            stacklevel=2,
        )
        return importlib.util.spec_from_loader(fullname, _Alias(new))


def install() -> None:
    """Serve the old names (idempotent); called when ``stancekit`` is imported."""
    if not any(isinstance(f, _MovedFinder) for f in sys.meta_path):
        sys.meta_path.append(_MovedFinder())
