"""``analyze_corpus``: many articles on disk -> Parquet tables, resumable.

The output folder holds three Parquet datasets (one file per shard in each):
``segments``, ``pairs`` (the columns of ``Analysis.to_frame()`` plus ``article``) and
``errors``, the shard markers ``_shards/`` (with each shard's checksums) and
``manifest.json`` (settings, content hashes of inputs and models, package versions and,
once complete, row counts), and the lock ``.stancekit.lock``. Running the same command
again skips every finished shard whose files match their checksums; the final output is
the same as that of an uninterrupted run.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from stancekit.corpus.checksums import MARKERS, TABLES, read_manifest, write_atomic
from stancekit.corpus.engines import Job, Progress, check_workers, run_local, run_ray
from stancekit.corpus.fingerprint import differences, versions
from stancekit.corpus.identity import DUPLICATE_IDS, check_ids, read_ids
from stancekit.corpus.lock import HOLDER_NAME, LOCK_NAME, clean_stale_temp_files, locked
from stancekit.corpus.result import Corpus
from stancekit.corpus.shards import is_done
from stancekit.data.corpus_inputs import Shard, Source, check_encoding, find_sources, plan_shards
from stancekit.errors import (
    CorruptOutputError,
    InvalidInputError,
    OutputError,
    RunMismatchError,
    StancekitError,
    expected_got,
    os_error,
)
from stancekit.models.loading import model_digest
from stancekit.records import Target
from stancekit.targets import as_targets

__all__ = ["BACKENDS", "MANIFEST", "analyze_corpus"]

logger = logging.getLogger("stancekit.corpus")

MANIFEST = "manifest.json"
#: 2: content hashes of inputs and models, versions, shard checksums.
#: 3: the segments table has a ``via`` column (who reports a nested attribution).
FORMAT = 3
#: Inference back-ends for transformer models (``None`` keeps each model's own).
BACKENDS = ("torch", "torch-int8", "onnx", "onnx-int8")


def _model_id(model: object, what: str) -> str | None:
    if model is None or model == "default":
        return None
    if isinstance(model, str | os.PathLike):
        return str(Path(model).resolve())
    raise InvalidInputError(
        expected_got(
            what,
            "None, 'default' or a directory written by save_pretrained",
            model,
            "analyze_corpus loads the model in every worker: save it with "
            "save_pretrained(dir) and pass the directory.",
        )
    )


def _check(name: str, value: object, allowed: Sequence[Any]) -> None:
    if value not in allowed:
        raise InvalidInputError(expected_got(name, " or ".join(map(repr, allowed)), value))


def _positive(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidInputError(expected_got(name, "a positive int", value))
    return value


def _settings(job: Job, id_column: str | None, duplicate_ids: str) -> dict[str, Any]:
    return {
        "targets": [{"name": t.name, "aliases": list(t.aliases)} for t in job.targets],
        "model": job.model or "default",
        "sentiment": job.sentiment,
        "sentiment_model": (job.sentiment_model or "default") if job.sentiment else None,
        "backend": job.backend,
        "score": job.score,
        "batch_size": job.batch_size,
        "shard_size": job.shard_size,
        "text_column": job.text_column,
        "id_column": id_column,
        "duplicate_ids": duplicate_ids,
        "encoding": job.encoding,
    }


def _write_json(path: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, indent=1, sort_keys=True) + "\n"
    write_atomic(path, lambda p: p.write_text(text, encoding="utf-8"))


def _check_output(out: Path) -> None:
    """Refuse an output path that is a file or lies under one (before any work)."""
    for path in (out, *out.parents):
        if path.exists() and not path.is_dir():
            where = "is a file" if path == out else f"lies under the file {str(path)!r}"
            raise OutputError(
                expected_got(
                    "output",
                    "a folder (new, or one written by analyze-corpus)",
                    str(out),
                    f"It {where}; choose another --output.",
                )
            )
        if path.exists():
            return


def _own_files(out: Path) -> list[Path]:
    """What a folder holds besides the lock files (to tell an empty folder)."""
    return [p for p in out.iterdir() if p.name not in (LOCK_NAME, HOLDER_NAME)]


def _read_manifest(path: Path) -> dict[str, Any]:
    return read_manifest(
        path,
        "pass --restart (restart=True) to discard this folder's results and start over, or "
        "choose another --output.",
    )


def _clear(out: Path) -> None:
    """Remove an earlier run's results (only the files analyze-corpus writes)."""
    import shutil

    for name in (*TABLES, MARKERS):
        if (out / name).is_dir():
            shutil.rmtree(out / name)
    (out / MANIFEST).unlink(missing_ok=True)
    logger.warning("--restart: removed the earlier results in %s", out)


def _resume_check(out: Path, manifest: dict[str, Any], restart: bool) -> None:
    previous = out / MANIFEST
    if previous.is_file():
        try:
            old = _read_manifest(previous)
        except CorruptOutputError:
            if not restart:
                raise
            old = {}
        diffs = differences({k: old.get(k) for k in manifest}, manifest)
        if restart:
            _clear(out)
        elif diffs:
            raise RunMismatchError(
                f"output: the folder {str(out)!r} holds a run with other settings, inputs, "
                f"models or versions, so its results cannot be resumed or mixed with these: "
                f"{'; '.join(diffs[:8])}{' ...' if len(diffs) > 8 else ''}. Run with what "
                "the run started with to resume, pass --restart (restart=True) to discard "
                "its results and start over, or choose another --output.",
                differences=diffs,
            )
    elif _own_files(out):
        raise InvalidInputError(
            expected_got(
                "output",
                "an empty or new folder (or one written by analyze-corpus)",
                str(out),
                "It holds other files and no manifest.json; choose another folder.",
            )
        )


def analyze_corpus(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    targets: str | Target | Sequence[str | Target],
    output: str | os.PathLike[str],
    *,
    engine: Literal["local", "ray"] = "local",
    model: str | os.PathLike[str] | None = None,
    sentiment: bool = True,
    sentiment_model: str | os.PathLike[str] | None = None,
    text_column: str = "text",
    id_column: str | None = None,
    duplicate_ids: Literal["error", "rename"] = "error",
    encoding: str = "utf-8",
    restart: bool = False,
    score: Literal["relevant", "all"] = "relevant",
    backend: str | None = None,
    shard_size: int = 200,
    batch_size: int = 1024,
    workers: int | None = None,
    threads_per_worker: int = 1,
    address: str | None = None,
    show_progress_bar: bool | None = None,
) -> Corpus:
    """Analyse every article of JSONL / Parquet / CSV files or a saved dataset to Parquet.

    The rows are cut into shards of ``shard_size`` articles (a shard never spans two
    files). Each shard is read, segmented, scored (pairs of all its articles together,
    each distinct (text, target) once, length-sorted batches) and written atomically, so
    memory is bounded by the shard size and a killed run resumes where it stopped: run
    the same call again. An article that cannot be analysed (null, empty or non-text,
    invalid JSON, bytes that are not ``encoding``, a segmenter failure) is written to
    ``errors`` and the run goes on.

    Nothing is mixed or lost silently: repeated article ids are refused (or renamed on
    request); the manifest records the content hash of every input and model, the
    package versions and the settings, and a resume with any of them different is
    refused, naming the differences; every shard's files are checked against the
    checksums in its marker and a damaged shard is redone; one run at a time holds the
    output folder's lock.

    Args:
        source: A file (``.jsonl``, ``.parquet``, ``.csv``), a folder of them, a folder
            written by ``datasets.Dataset.save_to_disk``, or a list of those (a file
            reached twice is read once).
        targets: As in :func:`stancekit.analyze`.
        output: The output folder (created; may hold an unfinished run of the same
            settings, inputs and models, which is resumed).
        engine: ``"local"`` (this process) or ``"ray"`` (Ray Data with an actor pool of
            ``workers``; needs ``pip install "stancekit[ray]"``).
        model: ``None`` for the default stance model or a ``save_pretrained`` directory.
        sentiment: Also score target-directed sentiment.
        sentiment_model: Like ``model``, for sentiment.
        text_column: The column (JSON key) holding the article text.
        id_column: The column holding the article id. ``None``: the ``id`` column when
            there is one, else the row number; a named column must exist.
        duplicate_ids: ``"error"`` refuses ids used by more than one article;
            ``"rename"`` keeps the first and calls each repeat ``"<id>#<row>"``.
        encoding: The encoding of JSONL and CSV inputs (ASCII-compatible: ``"utf-8"``,
            ``"cp1252"``, ``"latin-1"`` ...); a row that cannot be decoded goes to
            ``errors``.
        restart: Discard the results already in ``output`` (its tables, markers and
            manifest only) and start over, instead of resuming or refusing.
        score: ``"relevant"`` (default) scores only the pairs that can count in
            ``by_speaker``; ``"all"`` scores every pair.
        backend: Inference back-end of transformer models: ``"torch"``,
            ``"torch-int8"``, ``"onnx"``, ``"onnx-int8"``, or ``None`` for each model's
            saved setting.
        shard_size: Articles per shard (the unit of memory, writing and resuming).
        batch_size: Pairs per ``predict_proba`` call.
        workers: Ray actors (each loads the models once); default 2. With
            ``engine="local"`` it must be 1 or ``None``.
        threads_per_worker: torch threads per Ray actor.
        address: An existing Ray cluster (``"auto"``, ``"ray://head:10001"``); by
            default a local Ray with ``workers`` CPUs is started and stopped.
        show_progress_bar: A tqdm bar (default: when stderr is a terminal); otherwise
            progress is logged at INFO on the ``stancekit.corpus`` logger.

    Returns:
        A :class:`~stancekit.corpus.Corpus` over the output folder.

    Raises:
        InvalidInputError: Bad options or a missing column.
        DuplicateIdError: Articles share an id (``duplicate_ids="error"``).
        RunMismatchError: ``output`` holds a run of other settings, inputs, models or
            package versions (the message lists them).
        CorruptOutputError: ``output``'s manifest is damaged.
        InputChangedError: An input changed during the run.
        OutputError: ``output`` is a file or cannot be written.
        OutputLockedError: Another run is writing to ``output``.
        DataNotFoundError: An input path does not exist.
        MissingDependencyError: ``engine="ray"`` without Ray installed.
        EngineError: The Ray cluster at ``address`` cannot be reached.

    Examples:
        >>> corpus = stancekit.analyze_corpus("news.jsonl", ["NATO"], "out/")  # doctest: +SKIP
        >>> corpus.by_speaker().head()  # doctest: +SKIP
    """
    _check("engine", engine, ("local", "ray"))
    _check("score", score, ("relevant", "all"))
    _check("backend", backend, (None, *BACKENDS))
    _check("duplicate_ids", duplicate_ids, DUPLICATE_IDS)
    _positive("shard_size", shard_size)
    _positive("batch_size", batch_size)
    _positive("threads_per_worker", threads_per_worker)
    n_workers = check_workers(workers if workers is not None else (2 if engine == "ray" else 1))
    if engine == "local" and n_workers != 1:
        raise InvalidInputError(
            expected_got("workers", "1 with engine='local'", workers, "Use engine='ray'.")
        )
    for name, value in (("text_column", text_column), ("id_column", id_column)):
        if (value is not None or name == "text_column") and (
            not isinstance(value, str) or not value
        ):
            raise InvalidInputError(expected_got(name, "a column name", value))
    encoding = check_encoding(encoding)
    stance_id = _model_id(model, "model")
    senti_id = _model_id(sentiment_model, "sentiment_model") if sentiment else None
    inputs = [source] if isinstance(source, str | os.PathLike) else list(source)
    out = Path(output).expanduser().absolute()
    _check_output(out)

    sources = find_sources(
        inputs, text_column=text_column, shard_size=shard_size, id_column=id_column
    )
    id_col = id_column or "id"
    ids = read_ids(sources, id_column=id_col, required=id_column is not None, encoding=encoding)
    renames = check_ids(ids, duplicate_ids=duplicate_ids, id_column=id_col)
    if renames:
        logger.warning("%d repeated article ids renamed to '<id>#<row>'", len(renames))
    models = {"stance": model_digest(stance_id, "stance")}
    if sentiment:
        models["sentiment"] = model_digest(senti_id, "sentiment")
    job = Job(
        output=str(out),
        targets=tuple(as_targets(targets)),
        model=stance_id,
        sentiment_model=senti_id,
        sentiment=bool(sentiment),
        score=score,
        batch_size=batch_size,
        shard_size=shard_size,
        text_column=text_column,
        id_column=id_col,
        backend=backend,
        encoding=encoding,
        renames=renames,
        model_digests={task: d["sha256"] for task, d in models.items()},
    )
    shards = plan_shards(sources, shard_size)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "settings": _settings(job, id_column, duplicate_ids),
        "models": models,
        "versions": versions(backend),
        "inputs": [
            {"path": s.path, "kind": s.kind, "rows": s.n_rows, "sha256": s.sha256} for s in sources
        ],
        "shards": len(shards),
        "articles": sum(s.n_rows for s in sources),
    }
    fix = "Choose a writable --output."
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc, f"the output folder {str(out)!r}", fix) from None
    if not (out / MANIFEST).is_file() and _own_files(out):
        _resume_check(out, manifest, restart)  # refuses before a lock file is left there
    with locked(out):
        try:
            _run(
                out,
                job,
                shards,
                sources,
                manifest,
                restart,
                engine,
                n_workers,
                address,
                threads_per_worker,
                show_progress_bar,
            )
        except OSError as exc:
            if isinstance(exc, StancekitError):
                raise
            raise os_error(exc, f"the output folder {str(out)!r}", fix) from None
    return Corpus(out, verify=False)


def _run(
    out: Path,
    job: Job,
    shards: list[Shard],
    sources: list[Source],
    manifest: dict[str, Any],
    restart: bool,
    engine: str,
    n_workers: int,
    address: str | None,
    threads: int,
    show_progress_bar: bool | None,
) -> None:
    """Resume or start the run in ``out`` (its lock held) and write the final manifest."""
    _resume_check(out, manifest, restart)
    _write_json(out / MANIFEST, {**manifest, "complete": False})
    clean_stale_temp_files(out)

    finished = {sh.index: is_done(out, sh) for sh in shards}
    pending = [sh for sh in shards if finished[sh.index] is None]
    for sh in pending:  # a damaged shard's marker goes first: it is redone
        (out / MARKERS / f"{sh.name}.json").unlink(missing_ok=True)
    markers: dict[int, dict[str, Any]] = {k: m for k, m in finished.items() if m is not None}
    logger.info(
        "%d shards: %d finished earlier, %d to run (engine=%s)",
        len(shards),
        len(markers),
        len(pending),
        engine,
    )
    progress = Progress(
        manifest["articles"],
        sum(int(m["articles"]) for m in markers.values()),
        len(pending),
        show_progress_bar,
    )
    try:
        if pending and engine == "local":
            run_local(job, pending, progress.update)
        elif pending:
            run_ray(
                job,
                pending,
                sources,
                progress.update,
                workers=n_workers,
                address=address,
                threads=threads,
            )
    finally:
        progress.close()
    final = {sh.index: is_done(out, sh, full=False) for sh in shards}
    missing = [shards[k].name for k, m in final.items() if m is None]
    if missing:
        raise CorruptOutputError(
            f"output: expected every shard written, found {len(missing)} missing or damaged "
            f"({', '.join(missing[:5])}{' ...' if len(missing) > 5 else ''}); another "
            "process may have changed the folder. Run the same command again to redo them."
        )
    totals = {
        name: sum(int(m[name]) for m in final.values() if m is not None)  # type: ignore[index]
        for name in ("articles", "segments", "pairs", "errors")
    }
    _write_json(out / MANIFEST, {**manifest, "complete": True, "counts": totals})
