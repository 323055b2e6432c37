#!/usr/bin/env python3
"""Build the c4 part of newsstance-train from the authoring files src/batch*.py.

Each batch file defines ARTICLES, a list of dicts with keys id, domain, targets
[(name, [aliases])], text (with [[TAG:...]] markers) and ann (one line per statement).
Markers: C<n> content of attribution n (may repeat for split quotes), S<n> source,
Q<n> cue, O<n> other-case span, OS<n>/OQ<n> its source/cue, N<n> narration segment.
ann lines:  C<n> kind[+att][+impl] | speaker | f why | a why | n why ...
            O<n> label [| speaker | labels...]     (labels only for speech_no_content)
            N<n> | why | why ...                   (narration, label none)
speaker: '-' = null (optionally '- aff=Org'), 'A; B' = list, '(byline)' handled literally.
Offsets are computed from the markers; nothing is counted by hand. Idempotent.
"""
import glob, importlib.util, json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
QUOTES = "\"“”'‘’"
TAG = re.compile(r"\[\[(C|S|Q|OS|OQ|O|N)(\d+):")
LAB = {"f": "favor", "a": "against", "n": "none"}


def parse(marked):
    out, stack, spans, i = [], [], [], 0
    while i < len(marked):
        m = TAG.match(marked, i)
        if m:
            stack.append((m.group(1), int(m.group(2)), sum(map(len, out))))
            i = m.end(); continue
        if marked.startswith("]]", i):
            kind, n, s = stack.pop()
            spans.append((kind, n, s, sum(map(len, out))))
            i += 2; continue
        out.append(marked[i]); i += 1
    assert not stack, stack
    return "".join(out), spans


def speaker_of(field):
    field = field.strip()
    aff = None
    if field.startswith("-"):
        rest = field[1:].strip()
        if rest.startswith("aff="):
            aff = rest[4:].strip()
        return None, aff
    if ";" in field:
        return [x.strip() for x in field.split(";")], None
    return field, None


def labels_of(parts, ntargets, where):
    assert len(parts) == ntargets, f"{where}: {len(parts)} labels for {ntargets} targets: {parts}"
    res = []
    for p in parts:
        p = p.strip()
        code, why = p[0], p[2:].strip()
        assert code in LAB and p[1] == " ", f"{where}: bad label {p!r}"
        assert why and len(why.split()) <= 20, f"{where}: why {why!r}"
        res.append((LAB[code], why))
    return res


def build_article(A):
    aid = A["id"]
    text, spans = parse(A["text"].strip("\n") + "\n")
    tnames = [t[0] for t in A["targets"]]
    nt = len(tnames)
    by = collections.defaultdict(list)
    for kind, n, s, e in spans:
        assert e > s, f"{aid}: empty span {kind}{n}"
        seg = text[s:e]
        assert seg == seg.strip(), f"{aid}: untrimmed {kind}{n} {seg!r}"
        by[(kind, n)].append([s, e])
    atts, others, narr = {}, {}, {}
    for line in A["ann"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("|")]
        head = parts[0].split()
        tag = head[0]
        m = re.fullmatch(r"(C|O|N)(\d+)", tag)
        assert m, f"{aid}: bad ann {line!r}"
        k, n = m.group(1), int(m.group(2))
        where = f"{aid} {tag}"
        if k == "C":
            flags = head[1].split("+")
            kind = flags[0]
            assert kind in ("direct", "indirect", "mixed"), where
            sp, aff = speaker_of(parts[1])
            cont = sorted(by.pop(("C", n)))
            src = by.pop(("S", n), [None]); cue = by.pop(("Q", n), [None])
            assert len(src) == 1 and len(cue) == 1, where
            at = {"kind": kind, "content": cont, "source": src[0], "cue": cue[0], "speaker": sp}
            cases = []
            chars = "".join(text[max(0, s - 1):e + 1] for s, e in cont)
            if any(c in chars for c in "\"'"):
                cases.append("A1")
            if any(c in chars for c in "“”‘’"):
                cases.append("A2")
            if len(cont) > 1:
                cases.append("A3")
            if src[0] is None and cue[0] is None:
                cases.append("C9")
            at["cases"] = cases
            if "att" in flags:
                at["attitude"] = True
            if "impl" in flags:
                at["implicit"] = True
            if aff:
                at["affiliation"] = aff
            for s, e in cont:
                seg = text[s:e]
                if kind == "direct":
                    assert seg[0] not in QUOTES and seg[-1] not in QUOTES, f"{where}: marks in direct {seg!r}"
                else:
                    assert not re.match(r"(that|and|but)\b", seg), f"{where}: leading that/and/but {seg!r}"
                    if seg.endswith(".") and not (kind == "mixed" and seg[-2] in QUOTES or seg[-1:] in QUOTES):
                        raise AssertionError(f"{where}: trailing period {seg!r}")
                    assert seg[-1] not in ",;:", f"{where}: trailing punct {seg!r}"
            if kind == "direct" and len(cont) == 1:
                s, e = cont[0]
                if not (text[s - 1] in QUOTES and text[e] in QUOTES):
                    print(f"warn {where}: direct content not between marks: {text[s-1:e+1][:40]!r}")
            if sp:
                for name in (sp if isinstance(sp, list) else [sp]):
                    assert name in text, f"{where}: speaker {name!r} not in text"
            labs = labels_of(parts[2:], nt, where)
            atts[n] = (at, labs)
        elif k == "O":
            label = head[1]
            sp = None
            if len(parts) > 1:
                sp, _ = speaker_of(parts[1])
            sp_ = by.pop(("O", n)); assert len(sp_) == 1, where
            oc = {"span": sp_[0], "label": label, "cases": []}
            src = by.pop(("OS", n), [None]); cue = by.pop(("OQ", n), [None])
            if src[0] is not None or label in ("speech_no_content", "declined"):
                oc["source"] = src[0]
            if cue[0] is not None or label in ("speech_no_content", "declined"):
                oc["cue"] = cue[0]
            if len(parts) > 1:
                oc["speaker"] = sp
            if label == "speech_no_content":
                labs = labels_of(parts[2:], nt, where)
            else:
                assert len(parts) <= 2, where
                labs = None
            others[n] = (oc, labs)
        else:
            sp_ = by.pop(("N", n)); assert len(sp_) == 1, where
            whys = parts[1:]
            assert len(whys) == nt, f"{where}: {len(whys)} whys"
            labs = []
            for w in whys:
                w = w[2:] if re.match(r"n ", w) else w
                assert w and len(w.split()) <= 20, where
                labs.append(("none", w))
            narr[n] = (sp_[0], labs)
    assert not by, f"{aid}: markers without ann: {list(by)}"
    # sort
    att_order = sorted(atts, key=lambda n: atts[n][0]["content"][0][0])
    oc_order = sorted(others, key=lambda n: others[n][0]["span"][0])
    attributions = [atts[n][0] for n in att_order]
    other_cases = [others[n][0] for n in oc_order]
    # overlap checks
    allc = sorted([tuple(s) for a in attributions for s in a["content"]] +
                  [tuple(narr[n][0]) for n in narr] +
                  [tuple(o["span"]) for o in other_cases if o["label"] == "speech_no_content"])
    for (s1, e1), (s2, e2) in zip(allc, allc[1:]):
        assert s2 >= e1, f"{aid}: overlapping spans {text[s1:e1]!r} / {text[s2:e2]!r}"
    for a in attributions:
        for key in ("source", "cue"):
            if a[key]:
                for s, e in a["content"]:
                    assert a[key][1] <= s or a[key][0] >= e, f"{aid}: {key} overlaps content"
    segs = []
    for i, n in enumerate(att_order):
        at, labs = atts[n]
        segs.append((at["content"][0][0], dict(attribution=i, other_case=None, narration=False,
                     spans=at["content"], speaker=at["speaker"]), labs))
    for i, n in enumerate(oc_order):
        oc, labs = others[n]
        if labs:
            segs.append((oc["span"][0], dict(attribution=None, other_case=i, narration=False,
                         spans=[oc["span"]], speaker=oc.get("speaker")), labs))
    for n, (sp, labs) in narr.items():
        segs.append((sp[0], dict(attribution=None, other_case=None, narration=True, spans=[sp],
                     speaker="(author)"), labs))
    segs.sort(key=lambda x: x[0])
    rows = []
    for _, base, labs in segs:
        t = " ".join(text[s:e] for s, e in base["spans"])
        for tname, (lab, why) in zip(tnames, labs):
            r = {"article": aid, **base, "text": t, "target": tname, "label": lab, "why": why}
            r = {k: r[k] for k in ("article", "attribution", "other_case", "narration", "spans", "text",
                                   "speaker", "target", "label", "why")}
            rows.append(r)
    art = {"id": aid, "domain": A["domain"], "text": text, "attributions": attributions,
           "not_speech": [], "other_cases": other_cases}
    tg = {"article": aid, "targets": [{"name": n, "aliases": al} for n, al in A["targets"]]}
    return art, tg, rows


def speakers(aid, rows, ties):
    cnt = collections.OrderedDict()
    for r in rows:
        if r["narration"] or r["speaker"] is None:
            continue
        names = r["speaker"] if isinstance(r["speaker"], list) else [r["speaker"]]
        for nm in names:
            c = cnt.setdefault((nm, r["target"]), collections.Counter())
            c[r["label"]] += 1
    out = []
    for (nm, tg), c in cnt.items():
        if c["favor"] > c["against"]:
            lab = "favor"
        elif c["against"] > c["favor"]:
            lab = "against"
        else:
            lab = "none"
            if c["favor"]:
                ties.append((aid, nm, tg))
        out.append({"article": aid, "speaker": nm, "target": tg, "label": lab,
                    "n_statements": sum(c.values()), "favor": c["favor"], "against": c["against"],
                    "none": c["none"]})
    return out


def main():
    arts, tgs, segrows, spk, ties = [], [], [], [], []
    for f in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        for A in mod.ARTICLES:
            art, tg, rows = build_article(A)
            arts.append(art); tgs.append(tg); segrows.extend(rows)
            spk.extend(speakers(art["id"], rows, ties))
    arts_idx = sorted(range(len(arts)), key=lambda i: int(arts[i]["id"].split("-")[1]))
    order = [arts[i]["id"] for i in arts_idx]
    assert len(set(order)) == len(order), "duplicate ids"
    def dump(name, items):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
            for x in items:
                fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    key = {a: i for i, a in enumerate(order)}
    dump("articles.jsonl", sorted(arts, key=lambda a: key[a["id"]]))
    dump("targets.jsonl", sorted(tgs, key=lambda t: key[t["article"]]))
    dump("segments.jsonl", sorted(segrows, key=lambda r: key[r["article"]]))  # stable: article order kept
    dump("speakers.jsonl", sorted(spk, key=lambda r: key[r["article"]]))
    # report
    per = collections.Counter(r["article"] for r in segrows)
    lab = collections.Counter(r["label"] for r in segrows)
    words = {a["id"]: len(a["text"].split()) for a in arts}
    for a in order:
        flag = "" if 280 <= words[a] <= 420 and per[a] >= 40 else "  <--"
        print(f"{a}: {words[a]} words, {per[a]} rows{flag}")
    n = sum(lab.values())
    print(f"rows {n}: " + ", ".join(f"{k} {v} ({100*v/n:.0f}%)" for k, v in lab.items()), f"ties {len(ties)}")
    # names shared with seed / dev
    names = set()
    for d in ("newsattr-dev", "newsstance-train-seed"):
        for l in open(f"/work/shared/data/{d}/articles.jsonl"):
            names |= set(re.findall(r"\b[A-Z][a-z]{3,}\b", json.loads(l)["text"]))
    mine = set()
    for a in arts:
        mine |= set(re.findall(r"(?<![.!?\"“]\s)(?<!^)\b([A-Z][a-z]{3,})\b", a["text"], re.M))
    print("capitalised words shared with dev/seed:", " ".join(sorted(mine & names)))


if __name__ == "__main__":
    main()
