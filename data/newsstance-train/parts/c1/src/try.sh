#!/bin/sh
# usage: try.sh Name1 Name2 ... -> prints names already used in dev/seed
for n in "$@"; do grep -q -w "$n" /work/shared/data/newsattr-dev/articles.jsonl /work/shared/data/newsstance-train-seed/articles.jsonl && echo "USED $n"; done; true
