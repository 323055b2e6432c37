"""``analyze_corpus``: many articles on disk -> Parquet tables, resumable.

The output folder holds three Parquet datasets (one file per shard in each):
``segments``, ``pairs`` (the columns of ``Analysis.to_frame()`` plus ``article``) and
``errors``, the shard markers ``_shards/`` and ``manifest.json`` (settings, inputs and, once
complete, row counts). Running the same command again skips every finished shard; the
final output is the same as that of an uninterrupted run.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from stancekit.corpus.engines import Job, Progress, check_workers, run_local, run_ray
from stancekit.corpus.result import Corpus
from stancekit.corpus.shards import is_done
from stancekit.data.corpus_inputs import find_sources, plan_shards
from stancekit.errors import InvalidInputError, expected_got
from stancekit.records import Target
from stancekit.targets import as_targets

__all__ = ["BACKENDS", "MANIFEST", "analyze_corpus"]

logger = logging.getLogger("stancekit.corpus")

MANIFEST = "manifest.json"
FORMAT = 1
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


def _settings(job: Job) -> dict[str, Any]:
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
        "id_column": job.id_column,
    }


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)


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
    id_column: str = "id",
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
    the same call again. An article that cannot be analysed (null or non-text, invalid
    JSON, a segmenter failure) is written to ``errors`` and the run goes on.

    Args:
        source: A file (``.jsonl``, ``.parquet``, ``.csv``), a folder of them, a folder
            written by ``datasets.Dataset.save_to_disk``, or a list of those.
        targets: As in :func:`stancekit.analyze`.
        output: The output folder (created; may hold an unfinished run of the same
            settings and inputs, which is resumed).
        engine: ``"local"`` (this process) or ``"ray"`` (Ray Data with an actor pool of
            ``workers``; needs ``pip install "stancekit[ray]"``).
        model: ``None`` for the default stance model or a ``save_pretrained`` directory.
        sentiment: Also score target-directed sentiment.
        sentiment_model: Like ``model``, for sentiment.
        text_column: The column (JSON key) holding the article text.
        id_column: The column holding the article id; the row number when absent.
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
        InvalidInputError: Bad options, a missing text column, or an output folder
            holding a run with other settings or inputs.
        DataNotFoundError: An input path does not exist.
        MissingDependencyError: ``engine="ray"`` without Ray installed.

    Examples:
        >>> corpus = stancekit.analyze_corpus("news.jsonl", ["NATO"], "out/")  # doctest: +SKIP
        >>> corpus.by_speaker().head()  # doctest: +SKIP
    """
    _check("engine", engine, ("local", "ray"))
    _check("score", score, ("relevant", "all"))
    _check("backend", backend, (None, *BACKENDS))
    _positive("shard_size", shard_size)
    _positive("batch_size", batch_size)
    _positive("threads_per_worker", threads_per_worker)
    n_workers = 2 if workers is None and engine == "ray" else check_workers(workers or 1)
    if engine == "local" and n_workers != 1:
        raise InvalidInputError(
            expected_got("workers", "1 with engine='local'", workers, "Use engine='ray'.")
        )
    for name, value in (("text_column", text_column), ("id_column", id_column)):
        if not isinstance(value, str) or not value:
            raise InvalidInputError(expected_got(name, "a column name", value))
    inputs = [source] if isinstance(source, str | os.PathLike) else list(source)
    out = Path(output)
    job = Job(
        output=str(out.resolve()),
        targets=tuple(as_targets(targets)),
        model=_model_id(model, "model"),
        sentiment_model=_model_id(sentiment_model, "sentiment_model") if sentiment else None,
        sentiment=bool(sentiment),
        score=score,
        batch_size=batch_size,
        shard_size=shard_size,
        text_column=text_column,
        id_column=id_column,
        backend=backend,
    )
    sources = find_sources(inputs, text_column=text_column, shard_size=shard_size)
    shards = plan_shards(sources, shard_size)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "settings": _settings(job),
        "inputs": [
            {"path": s.path, "kind": s.kind, "rows": s.n_rows, "fingerprint": s.fingerprint}
            for s in sources
        ],
        "shards": len(shards),
        "articles": sum(s.n_rows for s in sources),
    }
    out.mkdir(parents=True, exist_ok=True)
    previous = out / MANIFEST
    if previous.is_file():
        old = json.loads(previous.read_text(encoding="utf-8"))
        if {k: old.get(k) for k in manifest} != manifest:
            raise InvalidInputError(
                expected_got(
                    "output",
                    "a new folder, or one holding a run with the same settings and inputs",
                    str(out),
                    "Its manifest.json records other settings or changed inputs; "
                    "choose another --output (or delete the folder to start over).",
                )
            )
    elif any(out.iterdir()):
        raise InvalidInputError(
            expected_got("output", "an empty or new folder", str(out), "Choose another folder.")
        )
    _write_json(previous, {**manifest, "complete": False})
    for stale in out.glob("*/.part-*.tmp-*"):  # left by a killed run
        stale.unlink()

    finished = {sh.index: is_done(out, sh) for sh in shards}
    pending = [sh for sh in shards if finished[sh.index] is None]
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

    def on_done(marker: dict[str, Any]) -> None:
        progress.update(marker)

    try:
        if pending and engine == "local":
            run_local(job, pending, on_done)
        elif pending:
            run_ray(
                job,
                pending,
                sources,
                on_done,
                workers=n_workers,
                address=address,
                threads=threads_per_worker,
            )
    finally:
        progress.close()
    final = {sh.index: is_done(out, sh) for sh in shards}
    missing = [k for k, m in final.items() if m is None]
    if missing:
        raise RuntimeError(f"shards {missing[:5]} were not written; run the command again")
    totals = {
        name: sum(int(m[name]) for m in final.values() if m is not None)  # type: ignore[index]
        for name in ("articles", "segments", "pairs", "errors")
    }
    _write_json(previous, {**manifest, "complete": True, "counts": totals})
    return Corpus(out)
