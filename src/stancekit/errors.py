"""The exception and warning tree of stancekit, and every message it raises.

::

    StancekitError
    ├── InvalidInputError (ValueError)          bad argument or bad data from the caller
    │   ├── UnknownLabelError                    a label outside the task's scheme
    │   ├── ModelOutputError                     a model's probabilities are not probabilities
    │   ├── InputFileError                       a user's file cannot be read or decoded
    │   ├── DuplicateIdError                     articles of a corpus share an id
    │   ├── InputChangedError                    a corpus input changed while it was read
    │   ├── RunMismatchError                     an output folder holds a run of other settings
    │   └── CorruptOutputError                   an output folder's manifest or shard is damaged
    │   └── DataFileError                        a user's data file that cannot be used
    │       ├── MissingColumnError               a required column is not in the file
    │       ├── EmptyDataError                   the file (or a split of it) has no rows
    │       └── FileLabelError (UnknownLabelError)  a label in the file outside the scheme
    ├── NotFittedError (ValueError, AttributeError)  model used before ``fit``
    ├── MissingDependencyError (ImportError)    an optional package is not installed
    ├── DataNotFoundError (FileNotFoundError)   a data set or split is not in ``data_dir``
    ├── OutputError (OSError)                   an output file or folder cannot be written
    │   └── OutputLockedError                    another run holds the output folder's lock
    ├── EngineError (RuntimeError)              the Ray engine cannot start or reach its cluster
    └── ModelLoadError (OSError)                a model directory is missing or corrupt
        └── ModelIntegrityError                 weights whose sha256 does not match

    StancekitWarning (UserWarning)
    ├── UnbalancedQuoteWarning                  quote marks that did not pair up
    ├── UnencodableTextWarning                  lone surrogates replaced by U+FFFD
    ├── ArticleFailedWarning                    analyze_many skipped an article (see .errors)
    ├── IncompleteCorpusWarning                 Corpus over a run that has not finished
    └── UnverifiedModelWarning                  a model folder loaded without its sha256 manifest

Every message says what was wrong, what was expected, what came instead and how to fix it.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ArticleFailedWarning",
    "CorruptOutputError",
    "DataFileError",
    "DataNotFoundError",
    "DuplicateIdError",
    "EmptyDataError",
    "EngineError",
    "FileLabelError",
    "IncompleteCorpusWarning",
    "InputChangedError",
    "InputFileError",
    "InvalidInputError",
    "MissingColumnError",
    "MissingDependencyError",
    "ModelIntegrityError",
    "ModelLoadError",
    "ModelOutputError",
    "NotFittedError",
    "OutputError",
    "OutputLockedError",
    "RunMismatchError",
    "StancekitError",
    "StancekitWarning",
    "UnbalancedQuoteWarning",
    "UnencodableTextWarning",
    "UnknownLabelError",
    "UnverifiedModelWarning",
    "expected_got",
    "os_error",
]


class StancekitError(Exception):
    """Base class of every error stancekit raises on purpose."""


class InvalidInputError(StancekitError, ValueError):
    """An argument or a data value is not what the function accepts."""


class UnknownLabelError(InvalidInputError):
    """A label is not one of the task's labels."""


class ModelOutputError(InvalidInputError):
    """A model returned probabilities that are not finite, outside [0, 1] or not summing to 1."""


class InputFileError(InvalidInputError):
    """A user's input file cannot be read (permissions, not a file) or decoded."""


class DuplicateIdError(InvalidInputError):
    """Articles of a corpus share an id, so their results could not be told apart.

    Attributes:
        duplicates: Each repeated id with the global rows that carry it (first few).
    """

    def __init__(self, message: str, *, duplicates: dict[str, list[int]]) -> None:
        super().__init__(message)
        self.duplicates = duplicates


class InputChangedError(InvalidInputError):
    """A corpus input file changed after it was scanned (during the run)."""


class RunMismatchError(InvalidInputError):
    """An output folder holds a run whose settings, inputs, models or versions differ.

    Attributes:
        differences: One line per difference (``"settings.batch_size: 1024 -> 512"``).
    """

    def __init__(self, message: str, *, differences: list[str]) -> None:
        super().__init__(message)
        self.differences = differences


class CorruptOutputError(InvalidInputError):
    """A file of an output folder (manifest, shard marker, table) is damaged."""


class DataFileError(InvalidInputError):
    """A user's data file (CSV, JSON lines, Parquet) cannot be used as it is.

    Attributes:
        path: The file.
        column: The column at fault, when one is.
    """

    def __init__(self, message: str, *, path: str, column: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.column = column


class MissingColumnError(DataFileError):
    """A column the command needs is not in the file."""


class EmptyDataError(DataFileError):
    """The file, or the part of it that is needed, has no rows."""


class FileLabelError(DataFileError, UnknownLabelError):
    """A label in a data file is not one of the task's labels."""


class NotFittedError(StancekitError, ValueError, AttributeError):
    """A model was used for prediction before it was fitted or loaded."""


class MissingDependencyError(StancekitError, ImportError):
    """An optional dependency is needed but not installed."""


class DataNotFoundError(StancekitError, FileNotFoundError):
    """A data set, split or file is not where it was looked for."""


class OutputError(StancekitError, OSError):
    """An output file or folder cannot be created or written (a file in the way, read-only)."""


class OutputLockedError(OutputError):
    """Another run holds the lock of the output folder.

    Attributes:
        holder: What the holder recorded (``pid``, ``host``, ``started``), when readable.
    """

    def __init__(self, message: str, *, holder: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.holder = holder or {}


class EngineError(StancekitError, RuntimeError):
    """The execution engine (Ray) could not start or reach its cluster."""


class ModelLoadError(StancekitError, OSError):
    """A saved model could not be loaded."""


class ModelIntegrityError(ModelLoadError):
    """Model weights do not have the expected sha256 hash."""


class StancekitWarning(UserWarning):
    """Base class of stancekit's warnings."""


class UnbalancedQuoteWarning(StancekitWarning):
    """Quote marks in a paragraph did not pair up; a recovery rule was applied."""


class UnencodableTextWarning(StancekitWarning):
    """Text held characters UTF-8 cannot encode (lone surrogates); each became U+FFFD."""


class ArticleFailedWarning(StancekitWarning):
    """An article of a batch could not be analysed; it is listed in ``errors``."""


class IncompleteCorpusWarning(StancekitWarning):
    """A corpus output folder is read before its run finished: only finished shards count."""


class UnverifiedModelWarning(StancekitWarning):
    """A model folder without a sha256 manifest was loaded on request (``allow_unhashed``)."""


def expected_got(what: str, expected: str, got: Any, fix: str | None = None) -> str:
    """Format the standard error message: what, expected, got (repr) and how to fix.

    Args:
        what: The name of the argument or value at fault.
        expected: What would have been accepted.
        got: The offending value; its ``repr`` (shortened) and type are shown.
        fix: Optional advice on how to fix it.

    Returns:
        One message string.

    Examples:
        >>> expected_got("text", "a str", 3)
        'text: expected a str, got 3 (int).'
    """
    shown = repr(got)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    msg = f"{what}: expected {expected}, got {shown} ({type(got).__name__})."
    if fix:
        msg += f" {fix}"
    return msg


def missing_dependency(package: str, extra: str | None = None) -> MissingDependencyError:
    """Build the error for a missing optional package, with the exact install line.

    Args:
        package: The import name that failed.
        extra: The stancekit extra that provides it, if any.

    Returns:
        A :class:`MissingDependencyError` ready to raise.
    """
    line = f'pip install "stancekit[{extra}]"' if extra else f"pip install {package}"
    return MissingDependencyError(
        f"{package} is required for this feature but is not installed. Install it with: {line}"
    )


def os_error(exc: OSError, what: str, fix: str) -> OutputError:
    """Turn an ``OSError`` met while writing ``what`` into an :class:`OutputError`.

    Args:
        exc: The error the operating system raised.
        what: What was being written (``"the output folder 'out'"``).
        fix: How to fix it.

    Returns:
        An :class:`OutputError` naming the path and the reason, ready to raise.

    Examples:
        >>> err = PermissionError(13, "Permission denied", "out/manifest.json")
        >>> print(os_error(err, "the folder 'out'", "Choose another."))
        cannot write the folder 'out': out/manifest.json: Permission denied. Choose another.
    """
    where = f"{exc.filename}: " if exc.filename else ""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return OutputError(f"cannot write {what}: {where}{reason}. {fix}")
