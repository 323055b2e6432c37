"""Read a user's text file (or stdin) with a stated encoding rule and clear errors.

Rule for the default (``encoding=None``): a byte-order mark decides (UTF-8, UTF-16 or
UTF-32, little or big endian; the mark is dropped); without one the bytes must be UTF-8.
A file with NUL bytes is refused under the default, since it is UTF-16/32 without a mark
or not text at all. Any explicit ``encoding`` is used as given (a Python codec name:
``latin-1``, ``cp1252``, ``utf-16`` ...).

Every failure is an :class:`~stancekit.errors.InputFileError` naming the file, and for
a decoding error the byte offset, the byte found and the fix (``--encoding``).
"""

from __future__ import annotations

import codecs
import sys
from pathlib import Path
from typing import BinaryIO

from stancekit.errors import InputFileError

__all__ = ["decode_bytes", "read_stdin", "read_text_file"]

_BOMS = (  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_FIX = (
    "Pass the file's encoding, e.g. --encoding cp1252 (Windows), --encoding latin-1 or "
    "--encoding utf-16, or convert it to UTF-8 (iconv -f OLD -t UTF-8 FILE)."
)


def _check_codec(encoding: str) -> None:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputFileError(
            f"--encoding: expected a Python codec name (utf-8, utf-16, cp1252, latin-1 ...), "
            f"got {encoding!r}."
        ) from None


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> str:
    r"""Decode the bytes of file ``name`` by the module's rule.

    Args:
        data: The file's bytes.
        name: The file's name for messages (``"<stdin>"`` for standard input).
        encoding: ``None`` for the default rule (byte-order mark, else UTF-8), or a codec.

    Returns:
        The text, without a byte-order mark.

    Raises:
        InputFileError: Undecodable bytes, NUL bytes under the default rule, or an
            unknown codec.

    Examples:
        >>> decode_bytes(b"\xef\xbb\xbfhi", "a.txt")
        'hi'
        >>> decode_bytes("hi".encode("utf-16"), "a.txt")
        'hi'
    """
    offset = 0
    if encoding is None:
        chosen = "utf-8"
        for bom, codec in _BOMS:
            if data.startswith(bom):
                chosen, offset = codec, len(bom)
                break
        if offset == 0 and b"\x00" in data:
            at = data.index(b"\x00")
            raise InputFileError(
                f"{name}: expected UTF-8 text, found a NUL byte at byte offset {at}: the "
                "file is UTF-16/UTF-32 without a byte-order mark, or not text. Pass "
                "--encoding utf-16-le (or utf-16-be), or convert it to UTF-8."
            )
    else:
        _check_codec(encoding)
        chosen = encoding
    try:
        text = data[offset:].decode(chosen)
    except UnicodeDecodeError as exc:
        at = offset + exc.start
        raise InputFileError(
            f"{name}: cannot decode byte {data[at : at + 1]!r} at byte offset {at} as "
            f"{chosen} ({exc.reason}). {_FIX}"
        ) from None
    if encoding is not None and text.startswith("\ufeff"):
        text = text[1:]
    return text


def read_text_file(path: str | Path, encoding: str | None = None) -> str:
    """Read a text file by the module's rule.

    Raises:
        InputFileError: A missing file, a folder, no permission, or undecodable bytes.

    Examples:
        >>> read_text_file("/no/such/file.txt")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        stancekit.errors.InputFileError: /no/such/file.txt: expected an existing text file...
    """
    file = Path(path)
    if not file.exists():
        raise InputFileError(
            f"{path}: expected an existing text file (or - for stdin), found no such file. "
            "Check the path."
        )
    if file.is_dir():
        raise InputFileError(f"{path}: expected a text file, found a directory.")
    try:
        data = file.read_bytes()
    except PermissionError:
        raise InputFileError(
            f"{path}: expected a readable file, found no read permission. Fix it with "
            f"chmod u+r {path}, or run as a user who may read it."
        ) from None
    except OSError as exc:
        raise InputFileError(f"{path}: cannot be read ({exc.strerror or exc}).") from None
    return decode_bytes(data, str(path), encoding)


def read_stdin(encoding: str | None = None, stream: BinaryIO | None = None) -> str:
    """Read standard input as bytes and decode it by the module's rule.

    Raises:
        InputFileError: Undecodable bytes (named ``<stdin>``).
    """
    source = stream if stream is not None else getattr(sys.stdin, "buffer", None)
    if source is None:  # stdin replaced by a text stream (tests, notebooks): already text
        return str(sys.stdin.read())
    return decode_bytes(source.read(), "<stdin>", encoding)
