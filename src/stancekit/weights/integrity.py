"""The sha256 manifest of a saved model folder, and reading its files safely.

Every ``save_pretrained`` (baseline and transformer) records, under ``"files"`` in
``stancekit.json``, the size and sha256 of each file it wrote::

    "files": {"adapter_model.safetensors": {"size": 1369828, "sha256": "9f2c..."}, ...}

``from_pretrained`` reads each listed file exactly once, checks its size and hash, and
works only on those verified bytes (the transformer is loaded from a private temporary
copy), so:

- a file changed after saving (truncated, overwritten, random bytes) is a
  :class:`~stancekit.errors.ModelIntegrityError` naming the file, the expected and the
  found hash;
- a listed file that is missing is a :class:`~stancekit.errors.ModelLoadError`; nothing
  is looked up on the Hugging Face Hub and no ``.bin``/pickle file is ever read;
- files the manifest does not list (a stray ``pytorch_model.bin``, notes) are never read.

A folder written by an older stancekit has no manifest and is refused with the command
that adds one (re-saving through ``save_pretrained``, the one place that writes hashes;
:func:`stancekit.models.loading.resave` does it)::

    stancekit resave-model DIR [DIR ...]

The hashes detect corruption and accidental replacement; they are not a signature (who
can rewrite the weights can rewrite ``stancekit.json``). Standard library only: this
module knows files, never a model class (:mod:`stancekit.models.loading` does).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import tempfile
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from stancekit.errors import (
    ModelIntegrityError,
    ModelLoadError,
    UnverifiedModelWarning,
    expected_got,
)

__all__ = [
    "CONFIG_NAME",
    "MANIFEST_KEY",
    "folder_fingerprint",
    "read_config",
    "read_files",
    "record_files",
    "sha256_file",
    "staged",
    "verify_sha256",
]

logger = logging.getLogger(__name__)

CONFIG_NAME = "stancekit.json"
MANIFEST_KEY = "files"
RESAVE_COMMAND = "stancekit resave-model"
# Without a manifest (allow_unhashed): the files read besides the required ones (configs,
# tokenizer files, safetensors); never a pickle-based format.
_UNHASHED_KINDS = frozenset({".json", ".safetensors", ".txt", ".model"})


def _resave_hint(folder: Path) -> str:
    return (
        f"If you trust this folder, add the hashes once by re-saving it: "
        f"{RESAVE_COMMAND} {folder}  (or Cls.from_pretrained(dir, allow_unhashed=True)"
        ".save_pretrained(dir))."
    )


# sha256 per (resolved path, size, mtime): hashing 90 MB takes ~0.3 s, once per process.
_HASH_CACHE: dict[tuple[str, int, int], str] = {}


def sha256_file(path: str | Path) -> str:
    """Return the hex sha256 of a file, cached per process by path, size and mtime.

    Examples:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "w.bin"
        >>> _ = p.write_bytes(b"abc")
        >>> sha256_file(p)[:12]
        'ba7816bf8f01'
    """
    p = Path(path).resolve()
    st = p.stat()
    key = (str(p), st.st_size, st.st_mtime_ns)
    if key not in _HASH_CACHE:
        h = hashlib.sha256()
        with p.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        _HASH_CACHE[key] = h.hexdigest()
    return _HASH_CACHE[key]


def verify_sha256(path: str | Path, expected: str) -> None:
    """Raise :class:`ModelIntegrityError` unless the file at ``path`` hashes to ``expected``.

    Examples:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "w.bin"
        >>> _ = p.write_bytes(b"abc")
        >>> verify_sha256(p, sha256_file(p))
    """
    got = sha256_file(path)
    if got != expected:
        raise ModelIntegrityError(
            expected_got(
                f"sha256 of {path}",
                expected,
                got,
                "The weights are not the model they claim to be (corrupt or replaced). "
                "Reinstall the package that provides them.",
            )
        )


def record_files(folder: str | Path, names: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Return the manifest entry (size and sha256) of each named file in ``folder``.

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "w.bin").write_bytes(b"abc")
        >>> record_files(d, ["w.bin"])["w.bin"]["sha256"][:12]
        'ba7816bf8f01'
    """
    out: dict[str, dict[str, Any]] = {}
    for name in sorted(set(names)):
        data = (Path(folder) / name).read_bytes()
        out[name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return out


def read_config(folder: str | Path) -> dict[str, Any]:
    """Read ``stancekit.json`` of a model folder as a JSON object.

    Raises:
        ModelLoadError: The file is missing, not UTF-8, not JSON, or not a JSON object.

    Examples:
        >>> read_config("/no/such/dir")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        stancekit.errors.ModelLoadError: path: expected a directory with stancekit.json...
    """
    path = Path(folder) / CONFIG_NAME
    if not path.is_file():
        raise ModelLoadError(
            expected_got(
                "path",
                f"a directory with {CONFIG_NAME} (written by save_pretrained)",
                str(folder),
                "Save a model with save_pretrained(dir) or use stancekit.load_default_model(task).",
            )
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelLoadError(f"{path}: cannot be read ({exc}). Check its permissions.") from None
    return json_object(data, path)


def json_object(data: bytes, path: Path) -> dict[str, Any]:
    """Parse ``data`` (the bytes of ``path``) as a UTF-8 JSON object.

    Raises:
        ModelLoadError: Not UTF-8, not JSON, or JSON that is not an object.

    Examples:
        >>> json_object(b'{"a": 1}', Path("x.json"))
        {'a': 1}
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ModelLoadError(
            f"{path}: expected UTF-8 JSON, found a byte {data[exc.start : exc.start + 1]!r} "
            f"that is not UTF-8 at byte offset {exc.start}. The file is corrupt; re-save "
            "the model with save_pretrained."
        ) from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelLoadError(
            f"{path}: expected valid JSON, found an error at line {exc.lineno} column "
            f"{exc.colno}: {exc.msg}. The file is corrupt or truncated; re-save the model "
            "with save_pretrained."
        ) from None
    if not isinstance(value, dict):
        raise ModelLoadError(
            expected_got(
                f"the content of {path}",
                "a JSON object ({...})",
                value,
                "The file is not one written by save_pretrained; re-save the model.",
            )
        )
    return value


def _manifest(folder: Path, config: Mapping[str, Any]) -> dict[str, dict[str, Any]] | None:
    raw = config.get(MANIFEST_KEY)
    if raw is None:
        return None
    where = f"{MANIFEST_KEY!r} in {folder / CONFIG_NAME}"
    if not isinstance(raw, dict):
        raise ModelLoadError(expected_got(where, "an object {file: {size, sha256}}", raw))
    for name, entry in raw.items():
        if not isinstance(name, str) or Path(name).name != name or name in ("", ".", ".."):
            raise ModelLoadError(expected_got(where, "plain file names inside the folder", name))
        if name == CONFIG_NAME:
            raise ModelLoadError(expected_got(where, f"no entry for {CONFIG_NAME}", name))
        ok = (
            isinstance(entry, dict)
            and isinstance(entry.get("sha256"), str)
            and len(entry["sha256"]) == 64
            and isinstance(entry.get("size"), int)
            and not isinstance(entry.get("size"), bool)
            and entry["size"] >= 0
        )
        if not ok:
            raise ModelLoadError(
                expected_got(f"{where}[{name!r}]", "{'size': int, 'sha256': 64 hex digits}", entry)
            )
    return raw


def read_files(
    folder: str | Path,
    config: Mapping[str, Any],
    required: Sequence[str],
    *,
    allow_unhashed: bool = False,
) -> dict[str, bytes]:
    """Read and verify the files of a model folder against its manifest.

    Args:
        folder: The model folder.
        config: Its ``stancekit.json`` (from :func:`read_config`).
        required: Files the model cannot load without.
        allow_unhashed: Accept a folder without a manifest (an older stancekit's) with an
            :class:`~stancekit.errors.UnverifiedModelWarning`; the ``required`` files and
            the folder's ``.json``, ``.safetensors``, ``.txt`` and ``.model`` files are
            read then (never ``.bin``/pickle). A folder with a manifest is always verified.

    Returns:
        File name -> verified bytes: every file the manifest lists.

    Raises:
        ModelLoadError: No manifest (unless ``allow_unhashed``), a malformed one, a
            required file not listed, or a listed file missing or unreadable.
        ModelIntegrityError: A file whose size or sha256 differs from the manifest.
    """
    src = Path(folder)
    manifest = _manifest(src, config)
    if manifest is None:
        if not allow_unhashed:
            raise ModelLoadError(
                f"{src / CONFIG_NAME}: expected a {MANIFEST_KEY!r} entry with the sha256 of "
                f"every model file, found none (the folder was saved by an older stancekit "
                f"or by hand), so its files cannot be verified. {_resave_hint(src)}"
            )
        warnings.warn(
            f"{src}: loading without a sha256 manifest (allow_unhashed=True); the files are "
            "not verified.",
            UnverifiedModelWarning,
            stacklevel=3,
        )
        manifest = {name: {} for name in required}
        manifest.update(
            {f.name: {} for f in src.iterdir() if f.is_file() and f.suffix in _UNHASHED_KINDS}
        )
        manifest.pop(CONFIG_NAME, None)
    missing = [name for name in required if name not in manifest]
    if missing:
        raise ModelLoadError(
            expected_got(
                f"{MANIFEST_KEY!r} in {src / CONFIG_NAME}",
                f"entries for {list(required)}",
                sorted(manifest),
                f"{missing} are not recorded; re-save the model with save_pretrained.",
            )
        )
    out: dict[str, bytes] = {}
    for name, entry in manifest.items():
        path = src / name
        if not path.is_file():
            raise ModelLoadError(
                f"{path}: expected the model file listed in {CONFIG_NAME}, found "
                f"{'a directory' if path.exists() else 'no such file'}. The folder is "
                "incomplete; copy it again or re-save the model (nothing is downloaded, "
                "and no .bin file is used instead)."
            )
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ModelLoadError(
                f"{path}: cannot be read ({exc}). Check its permissions."
            ) from None
        if entry:
            got = hashlib.sha256(data).hexdigest()
            if len(data) != entry["size"] or got != entry["sha256"]:
                raise ModelIntegrityError(
                    f"{path}: expected {entry['size']} bytes with sha256 {entry['sha256']} "
                    f"(recorded in {CONFIG_NAME} at save time), found {len(data)} bytes with "
                    f"sha256 {got}. The file was changed, truncated or corrupted after "
                    "saving; restore it or re-train and save the model again."
                )
        out[name] = data
    return out


@contextlib.contextmanager
def staged(files: Mapping[str, bytes]) -> Iterator[Path]:
    """Write verified files into a private temporary folder that exists inside the block.

    Loaders that only accept a folder (transformers, peft) read from here, so they see
    exactly the verified bytes and nothing else.

    Examples:
        >>> with staged({"a.json": b"{}"}) as d:
        ...     sorted(p.name for p in d.iterdir())
        ['a.json']
    """
    with tempfile.TemporaryDirectory(prefix="stancekit-load-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        yield folder


def folder_fingerprint(folder: str | Path) -> tuple[tuple[str, int, int, int, int], ...]:
    """Name, size, mtime, ctime and inode of every file in ``folder``: a cache key.

    Any write to, replacement of, addition or removal of a file changes it.

    Examples:
        >>> folder_fingerprint("/no/such/dir")
        ()
    """
    src = Path(folder)
    if not src.is_dir():
        return ()
    out = []
    for path in sorted(src.iterdir()):
        with contextlib.suppress(OSError):
            st = path.stat()
            out.append((path.name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    return tuple(out)
