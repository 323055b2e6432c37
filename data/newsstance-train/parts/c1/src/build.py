#!/usr/bin/env python3
"""Build the c1 part of newsstance-train from the batch*.py sources in this folder.

Each batch file defines ARTICLES: a list of dicts with id, domain, targets [(name, [aliases])],
text (with inline markers) and spec (one line per segment). Offsets are computed by code from
the markers; nothing is counted by hand. Idempotent: rerun after every batch.

Markers: ⟦TAG|...⟧ (may nest). TAG: cN content of attribution N (several pieces allowed),
sN / kN its source / cue, oN other case span, soN / koN its source / cue, nN narration
segment, d dateline, b byline, x not_speech.
Spec lines: `cN Speaker | f why | a why | n why` (one field per target, in target order; speaker
`-` = null, `A & B` = list; `!direct` etc. overrides the inferred kind; `@aff=Org` sets
affiliation), `oN label Speaker | ...` (label speech_no_content gets stance rows; others none),
`nN | why` (all targets none with one why) or `nN | n why | n why ...`.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
OPEN, CLOSE = "⟦", "⟧"
QUOTES = "\"“”'‘’"
LAB = {"f": "favor", "a": "against", "n": "none"}


def parse_markup(src: str):
    out = []
    spans = defaultdict(list)
    stack = []
    i = 0
    pos = 0
    while i < len(src):
        ch = src[i]
        if ch == OPEN:
            j = src.index("|", i)
            tag = src[i + 1 : j]
            assert re.fullmatch(r"(c|s|k|o|so|ko|n)\d+|d|b|x", tag), f"bad tag {tag!r}"
            stack.append((tag, pos))
            i = j + 1
        elif ch == CLOSE:
            tag, start = stack.pop()
            spans[tag].append((start, pos))
            i += 1
        else:
            out.append(ch)
            pos += 1
            i += 1
    assert not stack, f"unclosed {stack}"
    return "".join(out), spans


def norm_text(raw: str) -> str:
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", raw.strip())]
    return "\n\n".join(p for p in paras if p) + "\n"


def infer_kind(text, spans):
    s, e = spans[0][0], spans[-1][1]
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    if before in QUOTES and after in QUOTES:
        return "direct"
    inner = "".join(text[a:b] for a, b in spans)
    if any(q in inner for q in "\"“”"):
        return "mixed"
    return "indirect"


def parse_speaker(field: str):
    opts = {}
    parts = field.split()
    words = []
    for p in parts:
        if p.startswith("!"):
            opts["kind"] = p[1:]
        elif p.startswith("@aff="):
            opts["aff"] = p[5:].replace("_", " ")
        else:
            words.append(p)
    name = " ".join(words)
    if name in ("-", ""):
        sp = None
    elif " & " in name:
        sp = [x.strip() for x in name.split(" & ")]
    else:
        sp = name
    return sp, opts


def parse_labels(fields, ntar, where):
    fields = [f.strip() for f in fields]
    if len(fields) == 1 and ntar > 1 and not re.match(r"^[fan] ", fields[0]):
        return [("none", fields[0])] * ntar
    assert len(fields) == ntar, f"{where}: {len(fields)} label fields for {ntar} targets: {fields}"
    res = []
    for f in fields:
        m = re.match(r"^([fan]) (.+)$", f)
        assert m, f"{where}: bad label field {f!r}"
        why = m.group(2).strip()
        assert len(why.split()) <= 20, f"{where}: why too long {why!r}"
        res.append((LAB[m.group(1)], why))
    return res


def build_article(art):
    aid = art["id"]
    text, spans = parse_markup(norm_text(art["text"]))
    targets = art["targets"]
    tnames = [t[0] for t in targets]
    ntar = len(targets)
    for t in targets:
        for al in [t[0], *t[1]]:
            pass
    # spec
    specs = {}
    for line in art["spec"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        head, *fields = line.split("|")
        head = head.strip()
        m = re.match(r"^(c\d+|o\d+|n\d+)\s*(.*)$", head)
        assert m, f"{aid}: bad spec head {head!r}"
        sid, rest = m.group(1), m.group(2)
        assert sid not in specs, f"{aid}: duplicate spec {sid}"
        specs[sid] = (rest, fields)
    # attributions
    attrs = []
    cids = sorted({t for t in spans if re.fullmatch(r"c\d+", t)}, key=lambda t: int(t[1:]))
    for cid in cids:
        n = cid[1:]
        assert cid in specs, f"{aid}: no spec for {cid}"
        rest, fields = specs[cid]
        sp, opts = parse_speaker(rest)
        cont = sorted(spans[cid])
        src = spans.get("s" + n)
        cue = spans.get("k" + n)
        assert src is None or len(src) == 1, f"{aid}: several sources for {cid}"
        assert cue is None or len(cue) == 1, f"{aid}: several cues for {cid}"
        for a, b in cont:
            seg = text[a:b]
            assert seg == seg.strip() and seg, f"{aid} {cid}: untrimmed content {seg!r}"
        kind = opts.get("kind") or infer_kind(text, cont)
        first = text[cont[0][0]:cont[0][1]]
        last = text[cont[-1][0]:cont[-1][1]]
        if kind != "direct":
            assert not re.match(r"(that|and|but) (?![“\"])", first) or first.startswith("that claim"), f"{aid} {cid}: leading that/and/but: {first[:30]!r}"
            assert not (last.endswith(".") and last[-2:-1] not in "\"”") or kind == "mixed" and last.endswith(('."', '.”')), f"{aid} {cid}: trailing period {last[-20:]!r}"
            assert not last.endswith((",", ";", ":")), f"{aid} {cid}: trailing punctuation {last[-20:]!r}"
        at = {"kind": kind, "content": [list(x) for x in cont],
              "source": list(src[0]) if src else None, "cue": list(cue[0]) if cue else None,
              "speaker": sp}
        if "aff" in opts:
            at["affiliation"] = opts["aff"]
        labels = parse_labels(fields, ntar, f"{aid} {cid}")
        attrs.append((cid, at, labels))
    attrs.sort(key=lambda x: x[1]["content"][0][0])
    # other cases
    others = []
    for tag in ("d", "b"):
        for s, e in spans.get(tag, []):
            others.append(({"span": [s, e], "label": {"d": "dateline", "b": "byline"}[tag], "cases": []}, None, None))
    oids = sorted({t for t in spans if re.fullmatch(r"o\d+", t)}, key=lambda t: int(t[1:]))
    for oid in oids:
        n = oid[1:]
        assert oid in specs, f"{aid}: no spec for {oid}"
        rest, fields = specs[oid]
        label, _, spk = rest.partition(" ")
        sp, _ = parse_speaker(spk)
        (s, e), = spans[oid]
        oc = {"span": [s, e], "label": label, "cases": []}
        src = spans.get("so" + n)
        cue = spans.get("ko" + n)
        oc["source"] = list(src[0]) if src else None
        oc["cue"] = list(cue[0]) if cue else None
        oc["speaker"] = sp
        labels = parse_labels(fields, ntar, f"{aid} {oid}") if label == "speech_no_content" else None
        others.append((oc, oid, labels))
    others.sort(key=lambda x: x[0]["span"][0])
    not_speech = [list(x) for x in sorted(spans.get("x", []))]
    # overlap check
    allc = sorted(tuple(c) for _, at, _ in attrs for c in at["content"])
    for (s1, e1), (s2, e2) in zip(allc, allc[1:]):
        assert s2 >= e1, f"{aid}: content overlap {text[s1:e1]!r} / {text[s2:e2]!r}"
    for _, at, _ in attrs:
        for key in ("source", "cue"):
            if at[key]:
                s, e = at[key]
                for a, b in allc:
                    assert e <= a or s >= b, f"{aid}: {key} {text[s:e]!r} overlaps content"
    # speakers occur in text
    for _, at, _ in attrs:
        sp = at["speaker"]
        for nm in ([sp] if isinstance(sp, str) else sp or []):
            assert nm in text, f"{aid}: speaker {nm!r} not in text"
    for oc, _, _ in others:
        sp = oc.get("speaker")
        for nm in ([sp] if isinstance(sp, str) else sp or []):
            assert nm in text, f"{aid}: speaker {nm!r} not in text"
    for sid in specs:
        assert sid in spans, f"{aid}: spec {sid} has no marker in text"
    article = {"id": aid, "domain": art["domain"], "text": text,
               "attributions": [at for _, at, _ in attrs], "not_speech": not_speech,
               "other_cases": [oc for oc, _, _ in others]}
    # segments
    segs = []
    for i, (cid, at, labels) in enumerate(attrs):
        segs.append((at["content"][0][0], i, None, False, at["content"], at["speaker"], labels))
    for j, (oc, oid, labels) in enumerate(others):
        if labels:
            segs.append((oc["span"][0], None, j, False, [oc["span"]], oc["speaker"], labels))
    nids = sorted({t for t in spans if re.fullmatch(r"n\d+", t)}, key=lambda t: int(t[1:]))
    for nid in nids:
        assert nid in specs, f"{aid}: no spec for {nid}"
        rest, fields = specs[nid]
        labels = parse_labels(fields, ntar, f"{aid} {nid}")
        assert all(l == "none" for l, _ in labels), f"{aid} {nid}: narration must be none"
        for s, e in spans[nid]:
            for a, b in allc:
                assert e <= a or s >= b, f"{aid} {nid}: narration overlaps content"
        segs.append((spans[nid][0][0], None, None, True, [list(x) for x in sorted(spans[nid])], "(author)", labels))
    segs.sort(key=lambda x: x[0])
    rows = []
    for _, ai, oi, narr, sps, spk, labels in segs:
        stext = " ".join(text[a:b] for a, b in sps)
        for tn, (lab, why) in zip(tnames, labels):
            rows.append({"article": aid, "attribution": ai, "other_case": oi, "narration": narr,
                         "spans": [list(x) for x in sps], "text": stext, "speaker": spk,
                         "target": tn, "label": lab, "why": why})
    # speakers
    cnt = defaultdict(Counter)
    order = []
    for r in rows:
        if r["narration"]:
            continue
        sp = r["speaker"]
        for nm in ([sp] if isinstance(sp, str) else sp or []):
            if nm not in order:
                order.append(nm)
            cnt[(nm, r["target"])][r["label"]] += 1
    spk_rows = []
    ties = 0
    for nm in order:
        for tn in tnames:
            c = cnt[(nm, tn)]
            if c["favor"] > c["against"]:
                lab = "favor"
            elif c["against"] > c["favor"]:
                lab = "against"
            else:
                lab = "none"
                if c["favor"]:
                    ties += 1
            spk_rows.append({"article": aid, "speaker": nm, "target": tn, "label": lab,
                             "n_statements": sum(c.values()), "favor": c["favor"],
                             "against": c["against"], "none": c["none"]})
    tg = {"article": aid, "targets": [{"name": n, "aliases": list(a)} for n, a in targets]}
    return article, tg, rows, spk_rows, ties


def main():
    arts = []
    for f in sorted(HERE.glob("batch*.py"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0)):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    A, T, S, P = [], [], [], []
    ties = 0
    per = []
    for art in arts:
        a, t, rows, sp, ti = build_article(art)
        A.append(a); T.append(t); S.extend(rows); P.extend(sp); ties += ti
        wc = len(a["text"].split())
        lc = Counter(r["label"] for r in rows)
        per.append(f"{a['id']}: {wc} words, {len(a['attributions'])} attrs, {len(rows)} rows, {dict(lc)}")
    for name, data in (("articles", A), ("targets", T), ("segments", S), ("speakers", P)):
        with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for x in data:
                fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    for p in per:
        print(p)
    lc = Counter(r["label"] for r in S)
    tot = len(S)
    print(f"articles {len(A)} rows {tot} " + " ".join(f"{k} {v} ({v/tot:.0%})" for k, v in lc.items()) + f" speaker ties {ties}")


if __name__ == "__main__":
    main()
