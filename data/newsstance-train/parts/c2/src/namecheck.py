import json,re,sys
t=""
for p in ["/work/shared/data/newsattr-dev/articles.jsonl","/work/shared/data/newsstance-train-seed/articles.jsonl"]:
    t+=" ".join(json.loads(l)["text"] for l in open(p))
words=set(re.findall(r"[A-Za-z]+",t))
for w in sys.argv[1:]:
    for part in re.findall(r"[A-Za-z]+",w):
        if part in words: print("USED:",part, "in", w)
