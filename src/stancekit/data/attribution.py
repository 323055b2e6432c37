"""Loading attribution data sets: newsattr-dev, LitBank quotations, and the real-news set.

All loaders return articles in the newsattr format (``id``, ``text``, ``attributions``,
``not_speech``, ``other_cases``) so :func:`stancekit.evaluate.attribution.score_attributions`
scores them alike.

The real-news set (:func:`load_realnews_attr`) keeps only document ids and character
offsets in the repository (``benchmarks/realnews_attr/*.jsonl``); the news text keeps its
copyright and is read from the shared data folder at run time, each sentence checked
against the stored length and SHA-1 prefix before its offsets are used.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from stancekit.errors import DataNotFoundError, InvalidInputError, expected_got

__all__ = ["QUOTES", "load_litbank", "load_newsattr", "load_realnews_attr"]

QUOTES = "\"“”'‘’«»„"
_SPLITS = ("train", "dev", "test", "all")


def _find_dir(data_dir: str | Path, name: str, marker: str) -> Path:
    root = Path(data_dir)
    for cand in (root / name, root):
        if (cand / marker).exists():
            return cand
    raise DataNotFoundError(
        expected_got(
            "data_dir",
            f"a folder holding {name}/{marker} (or {marker} itself)",
            str(root),
            "Pass the shared data folder, e.g. --data-dir ../shared/data.",
        )
    )


def load_newsattr(data_dir: str | Path) -> list[dict[str, Any]]:
    """Load the newsattr-dev articles (``articles.jsonl``).

    Args:
        data_dir: The shared data folder, or the ``newsattr-dev`` folder itself.

    Returns:
        One dict per article (``id``, ``text``, ``attributions``, ``not_speech``,
        ``other_cases`` ...), in file order.

    Raises:
        DataNotFoundError: The file is not there.

    Examples:
        >>> arts = load_newsattr("../shared/data")  # doctest: +SKIP
        >>> len(arts)  # doctest: +SKIP
        24
    """
    folder = _find_dir(data_dir, "newsattr-dev", "articles.jsonl")
    with open(folder / "articles.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _litbank_doc(qa_path: Path, coref_path: Path) -> dict[str, Any]:
    lines = qa_path.with_suffix(".txt").read_text(encoding="utf-8").split("\n")
    offsets: list[list[tuple[int, int]]] = []
    pos = 0
    for line in lines:
        toks: list[tuple[int, int]] = []
        p = pos
        for tok in line.split(" "):
            toks.append((p, p + len(tok)))
            p += len(tok) + 1
        offsets.append(toks)
        pos += len(line) + 1
    text = " ".join(lines)
    quotes: dict[str, tuple[int, int]] = {}
    speakers: dict[str, str] = {}
    for row in qa_path.read_text(encoding="utf-8").splitlines():
        f = row.split("\t")
        if f[0] == "QUOTE" and len(f) >= 6:
            s_sent, s_tok, e_sent, e_tok = map(int, f[2:6])
            s, e = offsets[s_sent][s_tok][0], offsets[e_sent][e_tok][1]
            while s < e and (text[s] in QUOTES or text[s].isspace()):
                s += 1
            while e > s and (text[e - 1] in QUOTES or text[e - 1].isspace()):
                e -= 1
            quotes[f[1]] = (s, e)
        elif f[0] == "ATTRIB" and len(f) >= 3:
            speakers[f[1]] = f[2]
    mention_text: dict[str, tuple[str, str]] = {}
    entity_of: dict[str, str] = {}
    if coref_path.exists():
        for row in coref_path.read_text(encoding="utf-8").splitlines():
            f = row.split("\t")
            if f[0] == "MENTION" and len(f) >= 9:
                mention_text[f[1]] = (f[6], f[8])
            elif f[0] == "COREF" and len(f) >= 3:
                entity_of[f[1]] = f[2]
    names: dict[str, Counter[str]] = {}
    noms: dict[str, Counter[str]] = {}
    for tid, ent in entity_of.items():
        if tid in mention_text:
            words, kind = mention_text[tid]
            if kind == "PROP":
                names.setdefault(ent, Counter())[words] += 1
            elif kind == "NOM":
                noms.setdefault(ent, Counter())[words] += 1
    attributions = []
    for qid, (s, e) in sorted(quotes.items(), key=lambda kv: kv[1]):
        ent = speakers.get(qid) or ""
        props = names.get(ent, Counter())
        attributions.append(
            {
                "kind": "direct",
                "content": [[s, e]],
                "source": None,
                "cue": None,
                "speaker": props.most_common(1)[0][0] if props else None,
                "speaker_aliases": sorted(set(props) | set(noms.get(ent, Counter()))),
                "cases": [],
            }
        )
    return {
        "id": qa_path.stem.removesuffix("_brat"),
        "text": text,
        "attributions": attributions,
        "not_speech": [],
        "other_cases": [],
    }


def load_litbank(data_dir: str | Path, split: str = "dev", seed: int = 0) -> list[dict[str, Any]]:
    r"""Load LitBank's quotation layer as attribution dicts (direct quotes only).

    Token offsets are turned into character offsets over the space-joined tokens. The
    files keep one *sentence* per line and no paragraph breaks, so the sentence lines are
    joined by a space (same length as a newline, so offsets do not move): a newline would
    read as a paragraph break and cut every multi-sentence quotation at its first line
    (the unbalanced-quote paragraph rule). Quote marks at the edges of a quote are left out of its
    content, as in newsattr. The speaker is the coreference entity's most frequent
    proper-name mention (``None`` for entities never named); all its proper and
    nominal mention strings are kept in ``speaker_aliases``. Documents are sorted by
    Gutenberg ID, shuffled with ``random.Random(seed)`` and split 80/10/10.

    Args:
        data_dir: The shared data folder, or ``litbank-quotations`` itself.
        split: ``"train"``, ``"dev"``, ``"test"`` or ``"all"``.
        seed: Seed of the document shuffle.

    Returns:
        Articles in the newsattr format.

    Raises:
        InvalidInputError: Unknown ``split``.
        DataNotFoundError: The data is not there.

    Examples:
        >>> docs = load_litbank("../shared/data", split="dev")  # doctest: +SKIP
        >>> len(docs)  # doctest: +SKIP
        10
    """
    if split not in _SPLITS:
        raise InvalidInputError(expected_got("split", f"one of {_SPLITS}", split))
    folder = _find_dir(data_dir, "litbank-quotations", "quotations")
    files = sorted(
        (folder / "quotations" / "tsv").glob("*_brat.ann"),
        key=lambda p: (int(p.name.split("_", 1)[0]) if p.name[0].isdigit() else 0, p.name),
    )
    if not files:
        raise DataNotFoundError(expected_got("LitBank files", "*_brat.ann files", str(folder)))
    random.Random(seed).shuffle(files)
    n = len(files)
    cut1, cut2 = int(n * 0.8), int(n * 0.9)
    chosen = {"train": files[:cut1], "dev": files[cut1:cut2], "test": files[cut2:], "all": files}
    return [_litbank_doc(p, folder / "coref" / "tsv" / p.name) for p in chosen[split]]


def load_realnews_attr(annotations: str | Path, data_dir: str | Path) -> list[dict[str, Any]]:
    """Load a real-news attribution annotation file and attach the news text.

    Each line of ``annotations`` names a document (``file`` under ``data_dir``, the
    ``id_field`` and ``text_field`` to read, the ``id``), its ``length`` and ``sha1``
    (first 12 hex digits of the UTF-8 text), and the newsattr-format ``attributions`` and
    ``other_cases`` as character offsets.

    Args:
        annotations: The ``.jsonl`` annotation file (e.g.
            ``benchmarks/realnews_attr/newsmtsc_train_330.jsonl``).
        data_dir: The shared data folder holding the named source files.

    Returns:
        Articles in the newsattr format, in annotation-file order.

    Raises:
        DataNotFoundError: The annotation file or a source file is missing, or a
            document id is not in its source file.
        InvalidInputError: A text differs from the annotated one (length or hash), or
            an offset lies outside its text.

    Examples:
        >>> docs = load_realnews_attr(
        ...     "benchmarks/realnews_attr/newsmtsc_train_330.jsonl", "../shared/data"
        ... )  # doctest: +SKIP
        >>> len(docs)  # doctest: +SKIP
        330
    """
    path = Path(annotations)
    if not path.is_file():
        raise DataNotFoundError(expected_got("annotations", "an annotation .jsonl file", str(path)))
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts: dict[tuple[str, str, str], dict[str, str]] = {}
    docs: list[dict[str, Any]] = []
    for row in rows:
        key = (row["file"], row["id_field"], row["text_field"])
        if key not in texts:
            src = Path(data_dir) / row["file"]
            if not src.is_file():
                raise DataNotFoundError(
                    expected_got(
                        "source file",
                        f"{row['file']} under data_dir",
                        str(src),
                        "Pass the shared data folder, e.g. --data-dir ../shared/data.",
                    )
                )
            table: dict[str, str] = {}
            with open(src, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        rec = json.loads(line)
                        table.setdefault(str(rec[key[1]]), rec[key[2]])
            texts[key] = table
        text = texts[key].get(row["id"])
        if text is None:
            raise DataNotFoundError(expected_got(f"document {row['id']!r}", row["file"], None))
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[: len(row["sha1"])]
        if len(text) != row["length"] or digest != row["sha1"]:
            raise InvalidInputError(
                expected_got(
                    f"text of {row['id']!r}",
                    f"{row['length']} characters with sha1 {row['sha1']}",
                    f"{len(text)} characters with sha1 {digest}",
                    "The source file changed; re-annotate or use the original data.",
                )
            )
        spans = [sp for a in row["attributions"] for sp in a["content"]]
        spans += [a[k] for a in row["attributions"] for k in ("source", "cue") if a.get(k)]
        spans += [o["span"] for o in row["other_cases"]]
        for s, e in spans:
            if not 0 <= s < e <= len(text):
                raise InvalidInputError(
                    expected_got(f"span in {row['id']!r}", f"inside 0..{len(text)}", [s, e])
                )
        docs.append(
            {
                "id": row["id"],
                "text": text,
                "attributions": row["attributions"],
                "not_speech": row.get("not_speech", []),
                "other_cases": row["other_cases"],
            }
        )
    return docs
