"""The baseline's feature blocks: views of a batch of pairs, TF-IDF specs, the matrix.

:class:`Views` turns pairs into one string per block and pair (text, window, target,
cross) plus :data:`N_DENSE` dense cues; :func:`block_specs` gives each block's
``TfidfVectorizer`` settings; :func:`transform` stacks the fitted blocks, the scaled
dense cues and the per-target copies of the text blocks into one sparse matrix. The
blocks are described in :mod:`stancekit.models.baseline`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from stancekit.models.baseline_text import (
    NEGATIONS,
    PLACEHOLDER,
    content_words,
    lex_tokens,
    mentions_of,
    tokens,
    tweet_words,
)
from stancekit.models.inputs import PairInput

__all__ = ["N_DENSE", "Views", "block_specs", "transform", "view"]

#: Dense cues per pair: mention found, log mentions, window and text lexicon mass
#: (positive, negative), first mention position, negation in the window, target overlap.
N_DENSE = 9


class Views:
    """The string views and dense cues of a batch of pairs (one entry per pair)."""

    def __init__(
        self,
        pairs: list[PairInput],
        window: int,
        mark_target: bool,
        cross_scope: str,
        tweet_normalize: bool = False,
    ) -> None:
        self.text: list[str] = []
        self.window: list[str] = []
        self.target: list[str] = []
        self.cross: list[str] = []
        self.tkey: list[str] = []
        dense: list[list[float]] = []
        for pair in pairs:
            spans = mentions_of(pair)
            toks = tokens(pair.text)
            inside = [any(s < e2 and s2 < e for s2, e2 in spans) for _, s, e in toks]
            words = [
                PLACEHOLDER if (mark_target and hit) else w
                for (w, _, _), hit in zip(toks, inside, strict=True)
            ]
            plain = [w for w, _, _ in toks]
            if tweet_normalize:
                stems = {w[:5] for w in content_words(pair.target)} if mark_target else set()
                words, plain = tweet_words(pair.text, toks, words, stems)
            self.text.append(" ".join(words))
            win: list[str] = []
            idx: list[list[int]] = []  # runs of consecutive mention tokens: [first, last]
            for i, hit in enumerate(inside):
                if hit and idx and idx[-1][1] == i - 1:
                    idx[-1][1] = i
                elif hit:
                    idx.append([i, i])
            for a, b in idx:
                left = [f"l:{w}" for w, _, _ in toks[max(0, a - window) : a]]
                right = [f"r:{w}" for w, _, _ in toks[b + 1 : b + 1 + window]]
                win += [*left, "<T>", *right, "|"]
            ctx = [w.split(":", 1)[1] for w in win if w[:2] in ("l:", "r:")]
            if not idx:
                win = ["<none>"]
            cues, wpos, wneg = lex_tokens(ctx)
            _, tpos, tneg = lex_tokens(plain)
            self.window.append(" ".join(win + cues))
            tname = "_".join(w for w, _, _ in tokens(pair.target)) or "_"
            self.tkey.append(tname)
            twords = [f"t:{w}" for w, _, _ in tokens(pair.target)]
            self.target.append(" ".join([f"t:{tname}", *twords]))
            context = ctx if (idx and cross_scope == "window") else plain
            self.cross.append(" ".join(f"{tname}|{w}" for w in dict.fromkeys(context + cues)))
            n = max(len(toks), 1)
            first = idx[0][0] / n if idx else 1.0
            stems = {w[:5] for w, _, _ in toks}
            content = content_words(pair.target)
            overlap = sum(w[:5] in stems for w in content) / len(content) if content else 0.0
            dense.append(
                [
                    float(bool(idx)),
                    math.log1p(len(idx)),
                    math.log1p(wpos),
                    math.log1p(wneg),
                    math.log1p(tpos),
                    math.log1p(tneg),
                    first,
                    float(any(w in NEGATIONS for w in ctx)),
                    overlap,
                ]
            )
        self.dense = np.asarray(dense, dtype=np.float64).reshape(len(pairs), N_DENSE)


def block_specs(
    min_df: int, window_ngrams: int, use_char: bool, char_ngrams: int, use_cross: bool
) -> dict[str, dict[str, Any]]:
    """``TfidfVectorizer`` settings of each feature block, in column order.

    Examples:
        >>> list(block_specs(2, 2, True, 5, True))
        ['text_word', 'window', 'target', 'text_char', 'cross']
    """
    common: dict[str, Any] = {"sublinear_tf": True, "dtype": np.float64}
    specs: dict[str, dict[str, Any]] = {
        "text_word": {
            **common,
            "token_pattern": r"\S+",
            "lowercase": False,
            "ngram_range": (1, 2),
            "min_df": min_df,
        },
        "window": {
            **common,
            "token_pattern": r"\S+",
            "lowercase": False,
            "ngram_range": (1, window_ngrams),
            "min_df": min_df,
        },
        "target": {**common, "token_pattern": r"\S+", "lowercase": False, "min_df": 1},
    }
    if use_char:
        specs["text_char"] = {
            **common,
            "analyzer": "char_wb",
            "ngram_range": (2, char_ngrams),
            "min_df": min_df,
            "max_features": 300_000,
        }
    if use_cross:
        specs["cross"] = {
            **common,
            "token_pattern": r"\S+",
            "lowercase": False,
            "min_df": min_df,
        }
    return specs


def view(views: Views, block: str) -> list[str]:
    """The strings of ``block`` (both text blocks read the text view)."""
    return views.text if block in ("text_word", "text_char") else getattr(views, block)


def transform(
    vectorizers: Mapping[str, Any],
    views: Views,
    dense_mean: NDArray[np.float64],
    dense_scale: NDArray[np.float64],
    target_copies: Sequence[str],
) -> Any:
    """The feature matrix (CSR) of ``views`` with fitted ``vectorizers``, one row a pair."""
    from scipy import sparse

    mats = [vectorizers[b].transform(view(views, b)) for b in vectorizers]
    dense = (views.dense - dense_mean) / dense_scale
    mats.append(sparse.csr_matrix(dense))
    if target_copies:
        # One copy of the text blocks per frequent target, zero on other targets' rows:
        # a per-target model sharing the common features (Daume III, 2007).
        text = [m for b, m in zip(vectorizers, mats, strict=False) if b.startswith("text")]
        shared = sparse.hstack(text, format="coo")
        slot = {k: i for i, k in enumerate(target_copies)}
        row_slot = np.asarray([slot.get(k, -1) for k in views.tkey], dtype=np.int64)
        keep = row_slot[shared.row] >= 0
        width = shared.shape[1]
        copies = sparse.csr_matrix(
            (
                shared.data[keep],
                (shared.row[keep], shared.col[keep] + width * row_slot[shared.row[keep]]),
            ),
            shape=(shared.shape[0], width * len(slot)),
        )
        mats.append(copies)
    return sparse.hstack(mats, format="csr")
