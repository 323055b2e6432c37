"""What the safety checks cost: model-folder verification, text clean-up, output checks.

Usage:
    .venv/bin/python benchmarks/bench_safety.py [--repeat 5]

Rows (median of ``--repeat`` runs, seconds):

- ``verify default stance folder``: read + sha256 + JSON/safetensors checks of the shipped
  LoRA folder (``read_files`` + ``check_files``), and its full ``from_pretrained``;
- ``verify 90 MB safetensors``: sha256 + header + finiteness check of all-MiniLM-L6-v2's
  ``model.safetensors`` (the size of a fully fine-tuned folder's weights);
- ``clean_text 10 MB``: the surrogate scan on 10 MB of clean text, ASCII and not (what
  every ``analyze`` now pays);
- ``check_probabilities 1M rows``: the output check on one million (n, 3) rows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from stancekit.models.defaults import default_model_dir
from stancekit.models.load_checks import check_files
from stancekit.models.outputs import check_probabilities
from stancekit.models.weight_files import check_safetensors
from stancekit.textclean import clean_text
from stancekit.weights.encoder import resolve_base_model
from stancekit.weights.integrity import read_config, read_files


def _time(fn: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    """Print one JSON line per measurement."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = default_model_dir("stance")
    config = read_config(folder)

    def verify() -> None:
        files = read_files(folder, config, ["adapter_config.json", "adapter_model.safetensors"])
        check_files(folder, files, config["hyperparameters"])

    from stancekit.models.transformer import TransformerStanceClassifier

    base = Path(resolve_base_model("sentence-transformers/all-MiniLM-L6-v2"))
    weights = base / "model.safetensors"

    def verify_big() -> None:
        data = weights.read_bytes()
        hashlib.sha256(data).hexdigest()
        check_safetensors(data, weights)

    text = ("The council said the bridge would open in March. " * 200_000)[:10_000_000]
    curly = ("“The bridge opens in March,” the café owner said. " * 200_000)[:10_000_000]
    proba = np.full((1_000_000, 3), 1 / 3)
    rows = {
        "verify default stance folder": _time(verify, args.repeat),
        "from_pretrained default stance (cpu)": _time(
            lambda: TransformerStanceClassifier.from_pretrained(folder, device="cpu"),
            max(1, args.repeat // 2),
        ),
        f"verify {weights.stat().st_size / 1e6:.0f} MB safetensors": _time(verify_big, args.repeat),
        "clean_text 10 MB ASCII": _time(lambda: clean_text(text), args.repeat),
        "clean_text 10 MB non-ASCII": _time(lambda: clean_text(curly), args.repeat),
        "check_probabilities 1M rows": _time(
            lambda: check_probabilities(proba, len(proba), object(), "stance"), args.repeat
        ),
    }
    for name, seconds in rows.items():
        print(json.dumps({"measure": name, "seconds": round(seconds, 4)}))


if __name__ == "__main__":
    main()
