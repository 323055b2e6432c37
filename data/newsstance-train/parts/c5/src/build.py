#!/usr/bin/env python3
"""Build the c5 part of newsstance-train from the marked-up article sources in this folder.

Markup inside an article text (braces never occur in the prose):
  {cN:...}  content span of attribution N (repeat the tag for split / multi-span contents)
  {sN:...}  source of attribution N          {qN:...}  cue of attribution N
  {xN:...}  speech act without content (other_cases speech_no_content) N;
            {xsN:...} / {xqN:...} its source / cue (nested inside it)
  {n:...}   a narration segment (author's words; all labels none)
  {by:...} byline   {dl:...} dateline   {dcN:...} declined (speaker in decl)
  {hd:...} hedged narration   {nc:...} non-speech cue   {ns:...} not_speech (scare quotes, titles)
Each attribution N has meta attr[N] = (kind, speaker, labels[, extra]) where labels is
"f why | a why | n [why] | ..." in the order of the article's targets.
Offsets are computed here; nothing is counted by hand. Idempotent: rerun after every batch.
"""
from __future__ import annotations

import collections
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
TAG = re.compile(r"\{([a-z]+)(\d*):")
QUOTES = "\"“”'‘’"
CLAIM = re.compile(r"\b(is|are|was|were|should|must|will|would|can|could|has|have|does|do|works|helps|hurts|harms|causes|raises|lowers|saves|costs)\b", re.I)
LAB = {"f": "favor", "a": "against", "n": "none"}
NARR_WHY = ["author's narration, no stance", "neutral reporting of facts", "background stated by the author",
            "author describes events without taking a side"]


def parse(marked: str):
    out, stack, spans = [], [], collections.defaultdict(list)
    i = 0
    while i < len(marked):
        m = TAG.match(marked, i)
        if m:
            stack.append((m.group(1), m.group(2), len("".join(out))))
            i = m.end()
            continue
        ch = marked[i]
        if ch == "}":
            typ, num, start = stack.pop()
            spans[(typ, num)].append((start, len("".join(out))))
            i += 1
            continue
        if ch == "{":
            raise ValueError(f"stray brace at {marked[i:i+40]!r}")
        out.append(ch)
        i += 1
    assert not stack, f"unclosed tags {stack}"
    return "".join(out), spans


def labels(spec: str, n: int, where: str):
    parts = [p.strip() for p in spec.split("|")]
    assert len(parts) == n, f"{where}: {len(parts)} labels for {n} targets: {spec!r}"
    res = []
    for p in parts:
        code, why = p[0], p[1:].strip()
        assert code in LAB, f"{where}: bad label {p!r}"
        assert len(why.split()) <= 20, f"{where}: why too long {why!r}"
        assert code == "n" or why, f"{where}: favor/against without why {p!r}"
        res.append((LAB[code], why))
    return res


def mentions(text, names):
    low = text.lower()
    return any(re.search(r"\b" + re.escape(a.lower()) + r"\b", low) for a in names)


def default_why(text, tname, names):
    return "mentions it without taking a side" if mentions(text, names) else "does not address this target"


def build_article(A, warnings):
    aid = A["id"]
    text, spans = parse(A["text"].strip())
    nw = len(text.split())
    assert 280 <= nw <= 420, f"{aid}: {nw} words"
    targets = A["targets"]
    tnames = [t[0] for t in targets]
    talias = {t[0]: [t[0], *[al for al in t[1] if al.lower() in text.lower()]] for t in targets}
    assert 3 <= len(targets) <= 4, aid
    assert any(CLAIM.search(t) for t in tnames), f"{aid}: no claim target"
    for t in targets:
        for al in t[1]:
            if al.lower() not in text.lower():
                warnings.append(f"{aid}: alias {al!r} not in text (dropped)")
    sub = lambda s: text[s[0]:s[1]]
    # attributions
    atts = []
    for (typ, num), sp in spans.items():
        if typ != "c":
            continue
        meta = A["attr"][int(num)]
        kind, speaker, spec = meta[:3]
        extra = meta[3] if len(meta) > 3 else {}
        content = sorted(sp)
        src = spans.get(("s", num)); cue = spans.get(("q", num))
        assert not src or len(src) == 1, f"{aid} attr {num}: several sources"
        src = list(src[0]) if src else None
        cue = list(cue[0]) if cue else None
        where = f"{aid} attr {num}"
        for s, e in content:
            c = text[s:e]
            assert c == c.strip() and c, f"{where}: untrimmed {c!r}"
            if kind == "direct" and not extra.get("nomarks"):
                assert text[s - 1] in QUOTES and text[e] in QUOTES, f"{where}: direct not between marks {c!r}"
                assert c[0] not in QUOTES and c[-1] not in QUOTES, f"{where}: marks in content"
            if kind in ("indirect", "mixed"):
                assert not re.match(r"(that|and|but)\b", c), f"{where}: leading that/and/but {c!r}"
            if kind == "indirect":
                assert c[-1] not in ".,;:", f"{where}: trailing punctuation {c!r}"
        if kind == "mixed":
            assert any(q in "".join(text[s:e] for s, e in content) for q in "\"“”‘’"), f"{where}: mixed without marks"
        for span in (src, cue):
            if span:
                assert all(span[1] <= s or span[0] >= e for s, e in content), f"{where}: source/cue overlaps content"
        if speaker is not None:
            for name in ([speaker] if isinstance(speaker, str) else speaker):
                assert name in text, f"{where}: speaker {name!r} not in text"
        cases = list(extra.get("cases", "").split())
        first = content[0]
        if kind == "direct":
            mk = text[first[0] - 1] if first[0] else ""
            cases.insert(0, "A2" if mk in "“‘" else "A1")
        if kind == "mixed":
            cases.insert(0, "A9")
        if len(content) > 1 and "A3" not in cases and "D3" not in cases and "A4" not in cases:
            cases.append("A3" if kind == "direct" else "D3")
        if src is None and cue is None and not cases[1:] and kind == "direct":
            cases.append("A10")
        if src is not None and "C2" not in cases and "C5" not in cases and "C6" not in cases and "C7" not in cases:
            stext = sub(src).lower()
            if stext in ("he", "she", "it", "they", "we", "i"):
                cases.append("C3")
            else:
                cases.append("C2" if speaker else "C5")
        if cue is not None and sub(cue).lower() in ("said", "says", "told"):
            cases.append("B1")
        at = {"kind": kind, "content": [list(x) for x in content], "source": src, "cue": cue,
              "speaker": speaker, "cases": list(dict.fromkeys(cases))}
        for k in ("attitude", "implicit", "affiliation"):
            if k in extra:
                at[k] = extra[k]
        atts.append((content[0][0], int(num), at, labels(spec, len(targets), where)))
    atts.sort()
    used = set(A["attr"]) - {a[1] for a in atts}
    assert not used, f"{aid}: meta without content tag {used}"
    allc = sorted(s for a in atts for s in a[2]["content"])
    for (s1, e1), (s2, e2) in zip(allc, allc[1:]):
        assert s2 >= e1, f"{aid}: contents overlap {text[s1:e1]!r} / {text[s2:e2]!r}"
    # other cases
    other = []
    simple = {"by": "byline", "dl": "dateline", "hd": "hedged", "nc": "non_speech_cue"}
    acts = {}
    for (typ, num), sp in spans.items():
        for span in sp:
            if typ in simple:
                other.append({"span": list(span), "label": simple[typ],
                              "cases": {"byline": ["D9"], "dateline": ["D9"], "hedged": ["D5"], "non_speech_cue": ["B14"]}[simple[typ]]})
            elif typ == "dc":
                oc = {"span": list(span), "label": "declined", "cases": ["B15"]}
                spk = A.get("decl", {}).get(int(num)) if num else None
                if spk:
                    assert spk in text
                    oc["speaker"] = spk
                other.append(oc)
            elif typ == "x":
                meta = A["acts"][int(num)]
                speaker, spec = meta[:2]
                oc = {"span": list(span), "label": "speech_no_content", "cases": ["D7", "B2"]}
                for k, t in (("source", "xs"), ("cue", "xq")):
                    if (t, num) in spans:
                        oc[k] = list(spans[(t, num)][0])
                        assert span[0] <= oc[k][0] and oc[k][1] <= span[1]
                oc["speaker"] = speaker
                if speaker:
                    for name in ([speaker] if isinstance(speaker, str) else speaker):
                        assert name in text, f"{aid} act {num}: {name!r} not in text"
                assert all(span[1] <= s or span[0] >= e for s, e in allc), f"{aid} act {num} overlaps content"
                other.append(oc)
                acts[id(oc)] = (speaker, labels(spec, len(targets), f"{aid} act {num}"))
    other.sort(key=lambda o: o["span"][0])
    not_speech = sorted(list(s) for s in spans.get(("ns", ""), []))
    narr = sorted(spans.get(("n", ""), []))
    for s, e in narr:
        assert all(e <= cs or s >= ce for cs, ce in allc), f"{aid}: narration overlaps content {text[s:e]!r}"
        assert text[s:e] == text[s:e].strip()
    art = {"id": aid, "domain": A["domain"], "text": text, "attributions": [a[2] for a in atts],
           "not_speech": not_speech, "other_cases": other}
    # segments
    rows = []
    def add(ai, oi, narration, sp, speaker, labs):
        st = " ".join(text[s:e] for s, e in sp)
        for t, (lab, why) in zip(tnames, labs):
            if not why:
                why = default_why(st, t, talias[t])
            rows.append({"article": aid, "attribution": ai, "other_case": oi, "narration": narration,
                         "spans": [list(x) for x in sp], "text": st, "speaker": speaker,
                         "target": t, "label": lab, "why": why})
    for i, (_, num, at, labs) in enumerate(atts):
        add(i, None, False, at["content"], at["speaker"], labs)
    for j, oc in enumerate(other):
        if id(oc) in acts:
            speaker, labs = acts[id(oc)]
            add(None, j, False, [oc["span"]], speaker, labs)
    for k, sp in enumerate(narr):
        add(None, None, True, [sp], "(author)", [("none", NARR_WHY[(k + len(aid)) % len(NARR_WHY)])] * len(tnames))
    tgt = {"article": aid, "targets": [{"name": t[0], "aliases": [al for al in t[1] if al.lower() in text.lower()]} for t in targets]}
    # speakers
    cnt = collections.OrderedDict()
    for r in rows:
        if r["narration"] or r["speaker"] is None:
            continue
        for name in ([r["speaker"]] if isinstance(r["speaker"], str) else r["speaker"]):
            c = cnt.setdefault((name, r["target"]), collections.Counter())
            c[r["label"]] += 1
    spk_rows, ties = [], 0
    order = {t: i for i, t in enumerate(tnames)}
    names_order = list(dict.fromkeys(k[0] for k in cnt))
    for name in names_order:
        for t in tnames:
            c = cnt[(name, t)]
            if c["favor"] > c["against"]:
                lab = "favor"
            elif c["against"] > c["favor"]:
                lab = "against"
            else:
                lab = "none"
                if c["favor"]:
                    ties += 1
            spk_rows.append({"article": aid, "speaker": name, "target": t, "label": lab,
                             "n_statements": sum(c.values()), "favor": c["favor"], "against": c["against"], "none": c["none"]})
    return art, tgt, rows, spk_rows, ties


ALLOWED = """This That There They When What Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April June July August September October November December President Council
County City State Minister Mayor Department Police Hospital Court Judge Senator Governor Board School
University Tarrow Senate Assembly Ministry Secretary Commissioner Union Workers Federation Association
Chamber Commerce Office Institute Budget Finance Labour Labor Employment Industry Technology Trade
Business Retail Public Federal Central Street Road Avenue Square Fair National Institute Authority
Service Bureau Commission Workforce Council Regional Transit Rail Harbour Harbor Port Data Digital
Capital Chief Director Executive Safety Health Education Employers Employees Drivers Independent
Research Project Community Alliance Market Management General Supreme Attorney Court Studies Policy
Staff Water Power Line Center Network Review Every Nobody Would Under Next Then These Because Before
Dockworkers Logistics Terminal Competition Consumers Grocers Supply Trade Reporter Press News Wire Post""".split()


def proper_names(text):
    out = set()
    for m in re.finditer(r"(?<![.!?\"“]\s)(?<!^)\b([A-Z][a-z]{3,})\b", text, re.M):
        out.add(m.group(1))
    return out


def main():
    arts, tgts, segs, spks, ties, warnings = [], [], [], [], 0, []
    srcs = sorted(HERE.glob("batch*.py"))
    all_articles = []
    for p in srcs:
        spec = importlib.util.spec_from_file_location(p.stem, p)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        all_articles.extend(mod.ARTICLES)
    all_articles.sort(key=lambda A: int(A["id"].split("-")[1]))
    for A in all_articles:
        a, t, r, s, ti = build_article(A, warnings)
        arts.append(a); tgts.append(t); segs.extend(r); spks.extend(s); ties += ti
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    def dump(name, rows):
        with open(OUT / name, "w", encoding="utf-8") as f:
            for x in rows:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
    dump("articles.jsonl", arts); dump("targets.jsonl", tgts); dump("segments.jsonl", segs); dump("speakers.jsonl", spks)
    lab = collections.Counter(r["label"] for r in segs)
    per = collections.Counter(r["article"] for r in segs)
    print(f"articles {len(arts)}  rows {len(segs)}  {dict(lab)}  "
          f"none {lab['none']/max(len(segs),1):.0%}  speaker rows {len(spks)}  ties {ties}")
    low = [f"{k}:{v}" for k, v in per.items() if v < 40]
    if low:
        print("articles under 40 rows:", " ".join(low))
    for w in warnings:
        print("warn:", w)
    forbidden = set()
    for f in ("/work/shared/data/newsattr-dev/articles.jsonl", "/work/shared/data/newsstance-train-seed/articles.jsonl"):
        for line in open(f, encoding="utf-8"):
            forbidden |= proper_names(json.loads(line)["text"])
    allowed = set(ALLOWED)
    for a in arts:
        clash = (proper_names(a["text"]) & forbidden) - allowed
        if clash:
            print(f"names {a['id']}: {' '.join(sorted(clash))}")


if __name__ == "__main__":
    main()
