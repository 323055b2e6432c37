#!/usr/bin/env python3
"""Build the c2 part of newsstance-train from the marked-up batch files in this folder.

Markup in article text: [TAG:span text] (nestable). Tags:
  c<n>/s<n>/k<n>   content / source / cue of attribution n (c may repeat: multi-span)
  x<n>/xs<n>/xk<n> speech act without content (speech_no_content) span / source / cue
  q<n>/qs<n>/qk<n> declined speech span / source / cue
  by, dl           byline, dateline
  n<n>             narration segment (author's words), labelled none for every target
Meta per article (dict `at`):
  n: (kind d|i|m, speaker, "L why | L why | ...")  one entry per target, L in f/a/n
  "x<n>": (speaker, labels)   "q<n>": speaker   "n<n>": why
"""
import collections, importlib.util, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SHARED = Path("/work/shared/data")
QUOTES = "\"“”'‘’"
TAGRE = re.compile(r"\[([a-z]+\d*):")
KIND = {"d": "direct", "i": "indirect", "m": "mixed"}
LAB = {"f": "favor", "a": "against", "n": "none"}


def parse(marked):
    out, stack, spans = [], [], collections.defaultdict(list)
    i = 0
    while i < len(marked):
        m = TAGRE.match(marked, i)
        if m:
            stack.append((m.group(1), len("".join(out)) if False else sum(map(len, out))))
            i = m.end()
            continue
        ch = marked[i]
        if ch == "]":
            tag, st = stack.pop()
            spans[tag].append([st, sum(map(len, out))])
        elif ch == "[":
            raise ValueError("stray [ at " + marked[i:i + 40])
        else:
            out.append(ch)
        i += 1
    assert not stack, stack
    return "".join(out), spans


def labels(s, targets, where, errs):
    parts = [p.strip() for p in s.split("|")]
    if len(parts) != len(targets):
        errs.append(f"{where}: {len(parts)} labels for {len(targets)} targets")
        return [("none", "x")] * len(targets)
    res = []
    for p, (tname, _) in zip(parts, targets):
        lab, why = LAB[p[0]], p[1:].strip()
        if not why:
            if lab != "none":
                errs.append(f"{where}: {lab} without why")
            why = f"does not address {tname}"
        if len(why.split()) > 20:
            errs.append(f"{where}: why too long")
        res.append((lab, why))
    return res


def build_article(a, errs, warns):
    aid = a["id"]
    text, spans = parse(a["text"].strip())
    targets = a["targets"]
    at = a["at"]
    nw = len(text.split())
    if not 280 <= nw <= 420:
        warns.append(f"{aid}: {nw} words")
    for tag in spans:
        base = re.match(r"([a-z]+)(\d*)", tag)
        key = tag
        if base.group(1) in ("c", "s", "k"):
            key = int(base.group(2))
        elif base.group(1) in ("xs", "xk"):
            key = "x" + base.group(2)
        elif base.group(1) in ("qs", "qk"):
            key = "q" + base.group(2)
        if key not in at and tag not in ("by", "dl"):
            errs.append(f"{aid}: tag {tag} without meta")
    for k in at:
        if isinstance(k, int) and f"c{k}" not in spans:
            errs.append(f"{aid}: meta {k} without content")
        if isinstance(k, str) and k not in spans:
            errs.append(f"{aid}: meta {k} without span")
    for tag, ss in spans.items():
        for s, e in ss:
            seg = text[s:e]
            if seg != seg.strip() or not seg:
                errs.append(f"{aid}: span {tag} not trimmed: {seg!r}")
    # attributions
    atts = []
    for k, v in at.items():
        if not isinstance(k, int):
            continue
        kind, spk, labs = v[0], v[1], v[2]
        extra = v[3] if len(v) > 3 else {}
        content = sorted(spans[f"c{k}"])
        src = spans.get(f"s{k}")
        cue = spans.get(f"k{k}")
        assert src is None or len(src) == 1, (aid, k)
        assert cue is None or len(cue) == 1, (aid, k)
        d = {"kind": KIND[kind], "content": content, "source": src[0] if src else None,
             "cue": cue[0] if cue else None, "speaker": spk}
        d.update(extra)
        for s, e in content:
            seg = text[s:e]
            if kind == "d" and not (text[s - 1] in QUOTES and e < len(text) and text[e] in QUOTES) and not extra.get("nomark"):
                errs.append(f"{aid} att {k}: direct content not between marks: {seg[:40]!r}")
            if kind == "i":
                if re.match(r"(that|and|but)\b", seg):
                    errs.append(f"{aid} att {k}: indirect starts with {seg.split()[0]!r}")
                if seg[-1] in ".,;:":
                    errs.append(f"{aid} att {k}: indirect ends with punctuation")
                if any(q in seg for q in "\"“”"):
                    warns.append(f"{aid} att {k}: indirect contains a double quote")
        if kind == "m" and not any(q in text[s:e] for s, e in content for q in "\"“”'‘"):
            errs.append(f"{aid} att {k}: mixed without a quote mark")
        if kind in "im" and text[content[-1][0]:content[-1][1]].endswith((".", ",")) and not text[content[-1][1] - 2] in QUOTES and text[content[-1][1]-1] not in QUOTES:
            pass
        for sp in (d["source"], d["cue"]):
            if sp:
                for s, e in content:
                    if sp[0] < e and s < sp[1]:
                        errs.append(f"{aid} att {k}: source/cue overlaps content")
        names = [spk] if isinstance(spk, str) else (spk or [])
        for nm in names:
            if nm not in text:
                errs.append(f"{aid} att {k}: speaker {nm!r} not in text")
        atts.append((content[0][0], k, d, labels(labs, targets, f"{aid} att {k}", errs)))
    atts.sort(key=lambda x: x[0])
    allc = sorted(s for _, _, d, _ in atts for s in d["content"])
    for (s1, e1), (s2, e2) in zip(allc, allc[1:]):
        if s2 < e1:
            errs.append(f"{aid}: contents overlap {text[s1:e1][:30]!r} / {text[s2:e2][:30]!r}")
    # other cases
    others = []
    for tag, ss in spans.items():
        m = re.fullmatch(r"(x|q)(\d+)", tag)
        if tag == "by":
            others.append((ss[0][0], {"span": ss[0], "label": "byline", "cases": ["D9"]}, None))
        elif tag == "dl":
            others.append((ss[0][0], {"span": ss[0], "label": "dateline", "cases": ["D9"]}, None))
        elif m:
            key = tag
            src = spans.get(f"{m.group(1)}s{m.group(2)}")
            cue = spans.get(f"{m.group(1)}k{m.group(2)}")
            if m.group(1) == "x":
                spk, labs = at[key]
                o = {"span": ss[0], "label": "speech_no_content", "cases": ["D7"],
                     "source": src[0] if src else None, "cue": cue[0] if cue else None, "speaker": spk}
                others.append((ss[0][0], o, labels(labs, targets, f"{aid} {key}", errs)))
            else:
                spk = at[key]
                o = {"span": ss[0], "label": "declined", "cases": ["B15"],
                     "source": src[0] if src else None, "cue": cue[0] if cue else None, "speaker": spk}
                others.append((ss[0][0], o, None))
            for s, e in allc:
                if ss[0][0] < e and s < ss[0][1]:
                    errs.append(f"{aid} {tag}: overlaps an attribution content")
            names = [spk] if isinstance(spk, str) else (spk or [])
            for nm in names:
                if nm not in text:
                    errs.append(f"{aid} {tag}: speaker {nm!r} not in text")
    others.sort(key=lambda x: x[0])
    art = {"id": aid, "domain": a["domain"], "text": text,
           "attributions": [d for _, _, d, _ in atts], "not_speech": [],
           "other_cases": [o for _, o, _ in others]}
    # statements
    stm = []
    for i, (st, k, d, labs) in enumerate(atts):
        stm.append((st, dict(attribution=i, other_case=None, narration=False, spans=d["content"], speaker=d["speaker"]), labs))
    for j, (st, o, labs) in enumerate(others):
        if labs is not None:
            stm.append((st, dict(attribution=None, other_case=j, narration=False, spans=[o["span"]], speaker=o["speaker"]), labs))
    for tag, ss in spans.items():
        if re.fullmatch(r"n\d+", tag):
            why = at[tag]
            s, e = ss[0]
            for cs, ce in allc:
                if s < ce and cs < e:
                    errs.append(f"{aid} {tag}: narration overlaps content")
            stm.append((s, dict(attribution=None, other_case=None, narration=True, spans=[ss[0]], speaker="(author)"),
                        [("none", why)] * len(targets)))
    stm.sort(key=lambda x: x[0])
    rows = []
    for _, base, labs in stm:
        t = " ".join(text[s:e] for s, e in base["spans"])
        for (tname, _), (lab, why) in zip(targets, labs):
            rows.append({"article": aid, "attribution": base["attribution"], "other_case": base["other_case"],
                         "narration": base["narration"], "spans": base["spans"], "text": t,
                         "speaker": base["speaker"], "target": tname, "label": lab, "why": why})
    for tname, aliases in targets:
        for al in aliases:
            if not re.search(r"\b" + re.escape(al.lower()) + r"\b", text.lower()):
                warns.append(f"{aid}: alias {al!r} not in text")
    tgt = {"article": aid, "targets": [{"name": n, "aliases": al} for n, al in targets]}
    return art, tgt, rows


def speakers_of(aid, rows, targets):
    cnt = collections.OrderedDict()
    ties = 0
    for r in rows:
        if r["narration"] or r["speaker"] is None:
            continue
        names = [r["speaker"]] if isinstance(r["speaker"], str) else r["speaker"]
        for nm in names:
            cnt.setdefault(nm, {t: collections.Counter() for t, _ in targets})
            cnt[nm][r["target"]][r["label"]] += 1
    out = []
    for nm, bt in cnt.items():
        for t, _ in targets:
            c = bt[t]
            if c["favor"] > c["against"]:
                lab = "favor"
            elif c["against"] > c["favor"]:
                lab = "against"
            else:
                lab = "none"
                if c["favor"]:
                    ties += 1
            out.append({"article": aid, "speaker": nm, "target": t, "label": lab,
                        "n_statements": sum(c.values()), "favor": c["favor"], "against": c["against"], "none": c["none"]})
    return out, ties


def proper(text):
    return {m.group(1) for m in re.finditer(r"(?<![.!?\"“]\s)(?<!^)\b([A-Z][a-z]{3,})\b", text, re.M)}


def main():
    arts = []
    for f in sorted(HERE.glob("batch*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTS)
    errs, warns = [], []
    A, T, S, P = [], [], [], []
    ties = 0
    for a in arts:
        art, tgt, rows = build_article(a, errs, warns)
        A.append(art); T.append(tgt); S.extend(rows)
        sp, t = speakers_of(a["id"], rows, a["targets"])
        P.extend(sp); ties += t
    # overlap with dev and seed
    other = []
    for p in [SHARED / "newsattr-dev/articles.jsonl", SHARED / "newsstance-train-seed/articles.jsonl"]:
        other += [json.loads(l)["text"] for l in p.read_text().splitlines() if l.strip()]
    W = re.compile(r"\w+")
    grams = lambda t: (lambda w: {tuple(w[i:i + 8]) for i in range(len(w) - 7)})([x.lower() for x in W.findall(t)])
    og = set().union(*map(grams, other))
    on = set().union(*map(proper, other))
    common = set("This That There They When What Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December President Council County City State Minister Mayor Department Police Hospital Court Judge Senator Governor Board School University".split())
    for art in A:
        g = grams(art["text"]) & og
        if g:
            errs.append(f"{art['id']}: 8-gram shared with dev/seed: {' '.join(next(iter(g)))}")
        nm = proper(art["text"]) & on - common
        if nm:
            warns.append(f"{art['id']}: capitalised words also in dev/seed: {sorted(nm)}")
    ids = [a["id"] for a in A]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for w in warns:
        print("warn:", w)
    for e in errs:
        print("ERROR:", e)
    wr = lambda name, rows: (OUT / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    wr("articles.jsonl", A); wr("targets.jsonl", T); wr("segments.jsonl", S); wr("speakers.jsonl", P)
    c = collections.Counter(r["label"] for r in S)
    fa = [r for r in S if r["label"] != "none"]
    tmap = {t["article"]: {x["name"]: [x["name"]] + x["aliases"] for x in t["targets"]} for t in T}
    unn = sum(1 for r in fa if not any(re.search(r"\b" + re.escape(al.lower()) + r"\b", r["text"].lower()) for al in tmap[r["article"]][r["target"]]))
    print(f"articles {len(A)} rows {len(S)} {dict(c)} none% {c['none']/max(len(S),1):.2f} unnamed f/a {unn}/{len(fa)} speaker rows {len(P)} ties {ties}")
    for art in A:
        n = sum(1 for r in S if r["article"] == art["id"])
        cc = collections.Counter(r["label"] for r in S if r["article"] == art["id"])
        print(f"  {art['id']} words {len(art['text'].split())} atts {len(art['attributions'])} rows {n} {dict(cc)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
