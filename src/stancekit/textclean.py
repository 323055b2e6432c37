r"""The stated rule for characters that UTF-8 cannot encode.

A Python ``str`` can hold lone surrogates (U+D800-U+DFFF): text decoded with
``errors="surrogateescape"``, JSON with escaped half emoji (``"\ud83d"``), or sliced
UTF-16. They cannot be written as UTF-8, so tokenizers, Arrow and file output reject
them. Rule: each one is replaced by U+FFFD (the replacement character), one character
for one, so every offset into the text stays valid, and one
:class:`~stancekit.errors.UnencodableTextWarning` names where (``segment``, ``analyze``,
``analyze_many`` and the models' ``X`` all apply it). A surrogate *pair* is two such
characters and becomes two U+FFFD. Every other character, control characters included,
is kept as it is.
"""

from __future__ import annotations

import re
import warnings

from stancekit.errors import UnencodableTextWarning

__all__ = ["REPLACEMENT", "clean_text", "replace_unencodable", "unencodable_offsets"]

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


def unencodable_offsets(text: str) -> list[int]:
    r"""Offsets of the characters of ``text`` that UTF-8 cannot encode.

    Examples:
        >>> unencodable_offsets("ok \ud800 ok")
        [3]
    """
    return [m.start() for m in _SURROGATE.finditer(text)]


def clean_text(text: str, what: str = "text", *, stacklevel: int = 2) -> str:
    r"""Replace each lone surrogate by U+FFFD (same length) and warn naming the offsets.

    Args:
        text: The text.
        what: How to name the text in the warning (``"texts[3]"``).
        stacklevel: Passed to :func:`warnings.warn`.

    Returns:
        ``text`` itself when it is clean, otherwise the cleaned copy.

    Examples:
        >>> import warnings
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("ignore")
        ...     clean_text('"We \ud800 hate war"') == '"We \ufffd hate war"'
        True
    """
    if _SURROGATE.search(text) is None:
        return text
    offsets = unencodable_offsets(text)
    shown = ", ".join(map(str, offsets[:5])) + (", ..." if len(offsets) > 5 else "")
    warnings.warn(
        f"{what}: {len(offsets)} character(s) that UTF-8 cannot encode (lone surrogates) at "
        f"offset(s) {shown} were replaced by U+FFFD; offsets are unchanged. To keep the "
        "original characters, decode the source with its real encoding.",
        UnencodableTextWarning,
        stacklevel=stacklevel + 1,
    )
    return _SURROGATE.sub(REPLACEMENT, text)


def replace_unencodable(text: str) -> str:
    r""":func:`clean_text` without the warning (for text already reported).

    Examples:
        >>> replace_unencodable("a\udc80b") == "a\ufffdb"
        True
    """
    return _SURROGATE.sub(REPLACEMENT, text)
