"""The two engines that run the pending shards: in this process, or on Ray Data.

Both read a shard with :func:`~stancekit.corpus.sources.read_shard`, analyse it with
:func:`~stancekit.corpus.shards.analyze_articles` and write it with
:func:`~stancekit.corpus.shards.write_shard`, so their outputs are byte-identical.
"""

from __future__ import annotations

import copy
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stancekit.corpus.identity import apply_ids
from stancekit.corpus.shards import analyze_articles, write_shard
from stancekit.corpus.sources import Article, Shard, Source, read_shard
from stancekit.errors import (
    EngineError,
    InvalidInputError,
    MissingDependencyError,
    RunMismatchError,
    StancekitError,
    expected_got,
    missing_dependency,
)
from stancekit.models.loading import model_digest
from stancekit.pipeline import Classifier, resolve_model
from stancekit.records import Target

__all__ = ["Job", "Progress", "load_models", "run_local", "run_ray"]

logger = logging.getLogger("stancekit.corpus")

#: CPU share requested by each Ray read task; the analysis actors take the rest.
READ_TASK_CPUS = 0.25


@dataclass(frozen=True)
class Job:
    """Everything a worker needs to analyse and write shards (picklable)."""

    output: str
    targets: tuple[Target, ...]
    model: str | None
    sentiment_model: str | None
    sentiment: bool
    score: str
    batch_size: int
    shard_size: int
    text_column: str
    id_column: str
    backend: str | None
    encoding: str = "utf-8"
    #: New ids of repeated ones (global row -> id), from ``identity.check_ids``.
    renames: dict[int, str] = field(default_factory=dict)
    #: The sha256 of each model's ``stancekit.json`` when the run started (by task).
    model_digests: dict[str, str] = field(default_factory=dict)


def _with_backend(clf: Classifier, backend: str | None) -> Classifier:
    """A shallow copy of a transformer classifier set to ``backend`` (e.g. ``onnx-int8``)."""
    if backend is None or not hasattr(clf, "quantize"):
        return clf
    engine, _, int8 = backend.partition("-")
    out = copy.copy(clf)
    out.backend = engine  # type: ignore[attr-defined]
    out.quantize = int8 == "int8"  # type: ignore[attr-defined]
    return out


def _check_digest(job: Job, model: str | None, task: str) -> None:
    want = job.model_digests.get(task)
    if want is None:
        return
    got = model_digest(model, task)["sha256"]
    if got != want:
        raise RunMismatchError(
            f"{task} model {model or 'default'}: expected the model the run started with "
            f"(stancekit.json sha256 {want[:12]}...), found another ({got[:12]}...): it was "
            "retrained or replaced during the run. Keep model folders unchanged while a run "
            "uses them; run the command again to see what differs.",
            differences=[f"models.{task}.sha256: {want[:12]}... -> {got[:12]}..."],
        )


def load_models(job: Job) -> tuple[Classifier, Classifier | None]:
    """Resolve the job's models (once per process or actor), checking they are the run's.

    Raises:
        RunMismatchError: A model folder no longer holds the model the run started with.
    """
    _check_digest(job, job.model, "stance")
    stance = _with_backend(resolve_model(job.model, "stance"), job.backend)
    _check_digest(job, job.model, "stance")
    sentiment = None
    if job.sentiment:
        _check_digest(job, job.sentiment_model, "sentiment")
        sentiment = _with_backend(resolve_model(job.sentiment_model, "sentiment"), job.backend)
        _check_digest(job, job.sentiment_model, "sentiment")
    return stance, sentiment


def read_articles(job: Job, shard: Shard) -> list[Article]:
    """The articles of one shard, with the run's ids."""
    articles = read_shard(
        shard,
        shard_size=job.shard_size,
        text_column=job.text_column,
        id_column=job.id_column,
        encoding=job.encoding,
    )
    return apply_ids(articles, job.renames)


def process_shard(
    job: Job, shard: Shard, stance: Classifier, sentiment: Classifier | None
) -> dict[str, Any]:
    """Read, analyse and write one shard; returns its marker."""
    articles = read_articles(job, shard)
    result = analyze_articles(
        articles, job.targets, stance, sentiment, score=job.score, batch_size=job.batch_size
    )
    return write_shard(Path(job.output), shard, result)


class Progress:
    """A tqdm bar over articles on a terminal, INFO log lines otherwise."""

    def __init__(self, total: int, done: int, n_shards: int, show: bool | None) -> None:
        self.total, self.done, self.n_shards = total, done, n_shards
        self.shards = 0
        self.errors = 0
        self.start = time.perf_counter()
        tty = sys.stderr.isatty()
        self.bar: Any = None
        if show if show is not None else tty:
            from tqdm.auto import tqdm

            self.bar = tqdm(total=total, initial=done, unit="article", desc="analyze-corpus")

    def update(self, marker: dict[str, Any]) -> None:
        """Count one finished shard."""
        self.shards += 1
        self.done += int(marker["articles"])
        self.errors += int(marker["errors"])
        if self.bar is not None:
            self.bar.update(int(marker["articles"]))
            self.bar.set_postfix(errors=self.errors)
            return
        rate = self.done / max(time.perf_counter() - self.start, 1e-9)
        logger.info(
            "shard %d/%d written: %d/%d articles, %d errors, %.1f articles/s",
            self.shards,
            self.n_shards,
            self.done,
            self.total,
            self.errors,
            rate,
        )

    def close(self) -> None:
        """Close the bar."""
        if self.bar is not None:
            self.bar.close()


def run_local(job: Job, shards: Sequence[Shard], on_done: Callable[[dict[str, Any]], None]) -> None:
    """Run the shards one after another in this process."""
    stance, sentiment = load_models(job)
    for shard in shards:
        on_done(process_shard(job, shard, stance, sentiment))


# ---------------------------------------------------------------------------- Ray
def _read_shards(batch: dict[str, Any], job: Job, sources: Sequence[Source]) -> dict[str, Any]:
    """Ray Data read stage: shard descriptors -> one row per shard with its articles."""
    payloads = []
    for index, source, start, stop, first in zip(
        batch["index"], batch["source"], batch["start"], batch["stop"], batch["first"], strict=True
    ):
        shard = Shard(int(index), sources[int(source)], int(start), int(stop), int(first))
        articles = read_articles(job, shard)
        payloads.append(json.dumps([_encode(a) for a in articles]))
    return {**batch, "articles": payloads}


def _encode(article: Article) -> list[Any]:
    return [article.id, article.row, article.text, article.problem]


def _decode(item: list[Any]) -> Article:
    art_id, row, text, problem = item
    return Article(str(art_id), int(row), text, problem)


class _AnalyzeShards:
    """Ray Data actor: holds the loaded models; analyses and writes one shard per row."""

    def __init__(self, job: Job, sources: Sequence[Source], threads: int) -> None:
        import torch

        torch.set_num_threads(threads)
        self.job = job
        self.sources = list(sources)
        self.stance, self.sentiment = load_models(job)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        markers = []
        for index, source, start, stop, first, payload in zip(
            batch["index"],
            batch["source"],
            batch["start"],
            batch["stop"],
            batch["first"],
            batch["articles"],
            strict=True,
        ):
            shard = Shard(int(index), self.sources[int(source)], int(start), int(stop), int(first))
            articles = [_decode(item) for item in json.loads(str(payload))]
            result = analyze_articles(
                articles,
                self.job.targets,
                self.stance,
                self.sentiment,
                score=self.job.score,
                batch_size=self.job.batch_size,
            )
            markers.append(write_shard(Path(self.job.output), shard, result))
        return {
            "shard": [m["shard"] for m in markers],
            "articles": [m["articles"] for m in markers],
            "errors": [m["errors"] for m in markers],
        }


def run_ray(
    job: Job,
    shards: Sequence[Shard],
    sources: Sequence[Source],
    on_done: Callable[[dict[str, Any]], None],
    *,
    workers: int,
    address: str | None,
    threads: int = 1,
) -> None:
    """Run the shards on Ray Data: read tasks -> an actor pool holding the models.

    A local Ray with ``workers`` CPUs is started unless Ray is already initialised or
    ``address`` names a cluster (``"auto"`` or ``"ray://host:10001"``). Each actor asks
    for ``1 - READ_TASK_CPUS`` CPUs and the read stage runs one task at a time with
    ``READ_TASK_CPUS``, so ``workers`` actors and a read task always fit on ``workers``
    CPUs (a pool of whole-CPU actors plus whole-CPU read tasks can deadlock). Each actor
    runs torch with ``threads`` threads.
    """
    try:
        import ray
        import ray.data
    except ImportError:
        raise missing_dependency("ray", "ray") from None
    started = False
    watchdog = None
    if not ray.is_initialized():
        if not address:  # first, so that it sees every process Ray starts
            watchdog = _start_watchdog()
        try:
            _init_ray(ray, address, workers)
        except BaseException:
            _stop(watchdog)
            raise
        started = True
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.execution_options.preserve_order = False
        index = {s.path: k for k, s in enumerate(sources)}
        items = [
            {
                "index": sh.index,
                "source": index[sh.source.path],
                "start": sh.start,
                "stop": sh.stop,
                "first": sh.first_row,
            }
            for sh in shards
        ]
        ds: Any = ray.data.from_items(items, override_num_blocks=max(1, len(items)))
        ds = ds.map_batches(
            _read_shards,
            fn_kwargs={"job": job, "sources": list(sources)},
            batch_size=1,
            compute=ray.data.TaskPoolStrategy(size=1),
            num_cpus=READ_TASK_CPUS,
        )
        ds = ds.map_batches(
            _AnalyzeShards,
            fn_constructor_args=(job, list(sources), threads),
            batch_size=1,
            compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=1 - READ_TASK_CPUS,
        )
        for batch in ds.iter_batches(batch_size=1, batch_format="numpy"):
            for shard, articles, errors in zip(
                batch["shard"], batch["articles"], batch["errors"], strict=True
            ):
                on_done({"shard": int(shard), "articles": int(articles), "errors": int(errors)})
    except StancekitError:
        raise
    except Exception as exc:  # a Ray task error wraps ours: raise the typed cause
        cause = getattr(exc, "cause", None) or exc.__cause__
        if isinstance(cause, StancekitError):
            raise cause from None
        raise
    finally:
        if started:
            ray.shutdown()
        _stop(watchdog)


def _stop(watchdog: Any) -> None:
    if watchdog is not None:
        watchdog.kill()
        watchdog.wait()


def _init_ray(ray: Any, address: str | None, workers: int) -> None:
    """``ray.init`` with typed errors for a cluster that cannot be reached."""
    try:
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
    except ValueError as exc:
        if "ray[client]" in str(exc):
            raise MissingDependencyError(
                f"address={address!r} is a Ray Client address, which needs the Ray Client "
                'package: pip install "ray[client]". Or run the command on the head node '
                "with --address auto."
            ) from None
        raise EngineError(f"ray.init(address={address!r}) failed: {exc}") from None
    except (ConnectionError, RuntimeError, TimeoutError) as exc:
        raise EngineError(
            f"address: expected a running Ray cluster, got {address!r}, where none could be "
            f"reached ({type(exc).__name__}: {exc}). Start one (`ray start --head` on this "
            "machine, `ray start --address HEAD:6379` on the others), check the address, or "
            "leave --address out to start a local Ray for this run."
        ) from None


def _start_watchdog() -> Any:
    """A process that stops the local Ray this driver started if the driver is killed.

    ``ray.shutdown()`` stops Ray's processes when the run ends or fails; a driver killed
    with SIGKILL cannot, and its raylet, GCS and agents would keep running. The watchdog
    (``python -m stancekit.corpus.raywatch``) notes the driver's child processes and ends
    them when the driver is gone. Returns ``None`` when ``psutil`` is missing.
    """
    import os
    import subprocess

    try:
        import psutil  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
    except ImportError:  # pragma: no cover
        return None
    return subprocess.Popen(
        [sys.executable, "-m", "stancekit.corpus.raywatch", str(os.getpid())],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def check_workers(workers: object) -> int:
    """Validate ``workers``."""
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise InvalidInputError(expected_got("workers", "a positive int", workers))
    return workers
