#!/usr/bin/env python3
"""Build the c3 part of newsstance-train from the marked-up batch files (batch*.py).

Markup inside an article text (stripped by this script; offsets computed from the markers):
  [ID:...]  content span of attribution ID (digits; repeat the ID for split quotes),
            or an other_case / narration span: sN speech_no_content, dcN declined, hdN hedged,
            dl dateline, by byline, nN narration segment
  {ID:...}  source span of attribution / other case ID
  <ID:...>  cue span of attribution / other case ID
Labels, one line per statement:  ID SPK | f why | a why | n why   (one entry per target, in order)
  SPK: key of the article's `sp` dict, '-' for null, 'k1+k2' for a list, '-@Org' null + affiliation.
  Narration lines: 'nN | n why' (one why for every target) or one entry per target.
Kind is inferred (direct: the content sits between quote marks; mixed: contains quote marks;
otherwise indirect) unless given in the article's `kinds` dict.
Idempotent: run `python3 src/build.py` from anywhere.
"""
from __future__ import annotations
import collections, importlib.util, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
OPEN = {"[": "]", "{": "}", "<": ">"}
QOPEN = '"“'
QCLOSE = '"”'
QALL = '"“”'
OC_LABEL = {"s": "speech_no_content", "dc": "declined", "hd": "hedged", "dl": "dateline", "by": "byline"}
LAB = {"f": "favor", "a": "against", "n": "none"}


def parse(marked: str):
    out = []
    stack = []  # (kind, id, start)
    spans = collections.defaultdict(list)  # (kind, id) -> [(s, e)]
    i = 0
    pos = 0
    while i < len(marked):
        ch = marked[i]
        if ch in OPEN:
            m = re.match(r"([a-z]*\d*):", marked[i + 1:])
            assert m, f"bad marker at {marked[i:i+30]!r}"
            stack.append((ch, m.group(1), pos))
            i += 1 + len(m.group(0))
            continue
        if ch in "]}>":
            assert stack, f"unbalanced {ch} near {marked[max(0,i-40):i]!r}"
            op, mid, s = stack.pop()
            assert OPEN[op] == ch, f"mismatched {op}..{ch} for {mid} near {marked[max(0,i-40):i]!r}"
            spans[(op, mid)].append((s, pos))
            i += 1
            continue
        out.append(ch)
        pos += 1
        i += 1
    assert not stack, f"unclosed markers {stack}"
    return "".join(out), spans


def speaker_of(code: str, sp: dict):
    aff = None
    if "@" in code:
        code, aff = code.split("@", 1)
    if code == "-":
        return None, aff
    assert all(c in sp for c in code.split("+")), f"unknown speaker code {code}"
    if "+" in code:
        return [sp[c] for c in code.split("+")], aff
    return sp[code], aff


def build_article(A: dict):
    text, spans = parse(A["text"])
    aid = A["id"]
    tnames = [t[0] for t in A["targets"]]
    nt = len(tnames)
    wc = len(text.split())
    if not 280 <= wc <= 420:
        WORDFAIL.append(f"{aid}: {wc} words")
    labels = {}
    for line in A["labels"].strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        head = parts[0].split()
        sid = head[0]
        spk = head[1] if len(head) > 1 else None
        ents = []
        for p in parts[1:]:
            l, _, why = p.partition(" ")
            assert l in LAB, f"{aid} {sid}: bad label {p!r}"
            assert why.strip(), f"{aid} {sid}: no why"
            assert len(why.split()) <= 20, f"{aid} {sid}: why too long"
            ents.append((LAB[l], why.strip()))
        assert sid not in labels, f"{aid}: duplicate label line {sid}"
        labels[sid] = (spk, ents)
    # attributions
    ids = sorted({mid for (op, mid) in spans if op == "[" and mid.isdigit()}, key=int)
    atts = []
    for mid in ids:
        cont = sorted(spans[("[", mid)])
        src = spans.get(("{", mid))
        cue = spans.get(("<", mid))
        assert mid in labels, f"{aid}: no labels for attribution {mid}"
        spk, ents = labels[mid]
        assert spk is not None, f"{aid}: no speaker for {mid}"
        speaker, aff = speaker_of(spk, A["sp"])
        kind = A.get("kinds", {}).get(int(mid))
        joined = " ".join(text[s:e] for s, e in cont)
        if kind is None:
            s0, e1 = cont[0][0], cont[-1][1]
            if s0 > 0 and text[s0 - 1] in QOPEN and e1 < len(text) and text[e1] in QCLOSE:
                kind = "direct"
            elif any(q in joined for q in QALL):
                kind = "mixed"
            else:
                kind = "indirect"
        for s, e in cont:
            seg = text[s:e]
            assert seg == seg.strip(), f"{aid} {mid}: untrimmed {seg!r}"
            if kind == "direct":
                assert seg[0] not in QALL and seg[-1] not in QALL, f"{aid} {mid}: quote at edge"
        if kind != "direct":
            low = joined.lower()
            assert not re.match(r"(that|and|but) ", low), f"{aid} {mid}: leading that/and/but: {joined[:40]!r}"
            assert not re.search(r"[,;:.]$", joined), f"{aid} {mid}: trailing punctuation {joined[-20:]!r}"
        at = {"kind": kind, "content": [list(x) for x in cont],
              "source": list(src[0]) if src else None, "cue": list(cue[0]) if cue else None,
              "speaker": speaker}
        if aff:
            at["affiliation"] = aff
        for n in (speaker if isinstance(speaker, list) else [speaker] if speaker else []):
            last = n.split()[-1]
            assert last in text, f"{aid}: speaker {n} not in text"
        atts.append((mid, at, ents))
    atts.sort(key=lambda x: x[1]["content"][0][0])
    # other cases
    ocs = []
    for (op, mid), sl in spans.items():
        if op != "[" or mid.isdigit() or re.match(r"n\d+$", mid):
            continue
        pre = re.match(r"[a-z]+", mid).group(0)
        assert pre in OC_LABEL, f"{aid}: unknown other-case id {mid}"
        assert len(sl) == 1
        oc = {"span": list(sl[0]), "label": OC_LABEL[pre], "cases": []}
        if ("{", mid) in spans:
            oc["source"] = list(spans[("{", mid)][0])
        if ("<", mid) in spans:
            oc["cue"] = list(spans[("<", mid)][0])
        ents = None
        if mid in labels:
            spk, ents = labels[mid]
            if spk:
                oc["speaker"], aff = speaker_of(spk, A["sp"])
                if aff:
                    oc["affiliation"] = aff
        if pre == "s":
            assert ents, f"{aid}: no labels for speech act {mid}"
        ocs.append((mid, oc, ents if pre == "s" else None))
    ocs.sort(key=lambda x: x[1]["span"][0])
    # narration
    nars = []
    for (op, mid), sl in spans.items():
        if op == "[" and re.match(r"n\d+$", mid):
            assert mid in labels, f"{aid}: no labels for narration {mid}"
            ents = labels[mid][1]
            if len(ents) == 1:
                ents = ents * nt
            assert all(l == "none" for l, _ in ents), f"{aid} {mid}: narration must be none"
            nars.append((mid, sl[0], ents))
    nars.sort(key=lambda x: x[1][0])
    used = {m for m, _, _ in atts} | {m for m, _, _ in ocs} | {m for m, _, _ in nars}
    extra = set(labels) - used
    assert not extra, f"{aid}: label lines without spans: {extra}"
    # check source/cue ids exist
    for (op, mid) in spans:
        if op in "{<":
            assert ("[", mid) in spans, f"{aid}: source/cue for unknown id {mid}"
    article = {"id": aid, "domain": A["domain"], "text": text,
               "attributions": [a for _, a, _ in atts], "not_speech": [],
               "other_cases": [o for _, o, _ in ocs]}
    rows = []
    def add(ai, oi, nar, sl, speaker, ents, mid):
        assert len(ents) == nt, f"{aid} {mid}: {len(ents)} labels for {nt} targets"
        t = " ".join(text[s:e] for s, e in sl)
        for tn, (l, why) in zip(tnames, ents):
            rows.append({"article": aid, "attribution": ai, "other_case": oi, "narration": nar,
                         "spans": [list(x) for x in sl], "text": t, "speaker": speaker,
                         "target": tn, "label": l, "why": why})
    for i, (mid, at, ents) in enumerate(atts):
        add(i, None, False, at["content"], at["speaker"], ents, mid)
    for i, (mid, oc, ents) in enumerate(ocs):
        if ents is not None:
            add(None, i, False, [oc["span"]], oc.get("speaker"), ents, mid)
    for mid, sl, ents in nars:
        add(None, None, True, [sl], "(author)", ents, mid)
    # speakers
    agg = {}
    order = []
    for r in rows:
        if r["narration"] or r["speaker"] is None:
            continue
        for n in (r["speaker"] if isinstance(r["speaker"], list) else [r["speaker"]]):
            k = (n, r["target"])
            if k not in agg:
                agg[k] = collections.Counter()
                order.append(k)
            agg[k][r["label"]] += 1
    spk_rows = []
    ties = 0
    for n, t in order:
        c = agg[(n, t)]
        if c["favor"] > c["against"]:
            l = "favor"
        elif c["against"] > c["favor"]:
            l = "against"
        else:
            l = "none"
            ties += c["favor"] > 0
        spk_rows.append({"article": aid, "speaker": n, "target": t, "label": l,
                         "n_statements": sum(c.values()), "favor": c["favor"],
                         "against": c["against"], "none": c["none"]})
    targets = {"article": aid, "targets": [{"name": n, "aliases": al} for n, al in A["targets"]]}
    return article, targets, rows, spk_rows, ties


WORDFAIL = []


def main():
    arts, tgs, segs, spks = [], [], [], []
    ties = 0
    for f in sorted(HERE.glob("batch*.py"), key=lambda p: int(re.search(r"\d+", p.stem).group())):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for A in mod.ARTICLES:
            a, t, r, s, tie = build_article(A)
            arts.append(a); tgs.append(t); segs.extend(r); spks.extend(s); ties += tie
    assert not WORDFAIL, WORDFAIL
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids))
    def dump(name, rows):
        with open(OUT / name, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("articles.jsonl", arts); dump("targets.jsonl", tgs)
    dump("segments.jsonl", segs); dump("speakers.jsonl", spks)
    c = collections.Counter(r["label"] for r in segs)
    per = collections.Counter(r["article"] for r in segs)
    print(f"{len(arts)} articles, {len(segs)} rows {dict(c)}, speaker rows {len(spks)}, tied speaker rows {ties}")
    print("rows per article:", dict(per))
    print("words:", {a['id']: len(a['text'].split()) for a in arts})


if __name__ == "__main__":
    main()
