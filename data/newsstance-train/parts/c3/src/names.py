"""List capitalised words of c3 texts that also occur in the dev set, the seed set, or other parts."""
import json, re, sys
from pathlib import Path
ROOT = Path("/work/shared/data")
def caps(t):
    return set(re.findall(r"\b[A-Z][a-z]{2,}\b", t))
other = set()
for f in [ROOT / "newsattr-dev/articles.jsonl", ROOT / "newsstance-train-seed/articles.jsonl"]:
    for l in open(f):
        other |= caps(json.loads(l)["text"])
common = set("""The This That There They When What Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December President Council
Minister Ministry Foreign Defence Trade General Secretary Press League Assembly National Civic Every But
And Our We Not Its His Her Asked If In On At For After Before Some Many Most One Two Three Four Five
Six Seven Eight Nine Ten Army Navy Deputy Prime Premier Colonel Court Supreme Parliament Party Union
Commission Committee Agency Office Council Mission Sea River Valley Pass Bank Port North South East West
Northern Southern Eastern Western Coast Interior Finance Energy Justice Affairs Opposition Front Group
Institute Centre Center Council Red Cross Refugee Refugees Human Rights Watch Federation Republic Kingdom
Chamber Commerce Industry Association Fisheries Fishermen Greens Green Social Democrats Liberal Unity
People Peoples Daily Times News Herald Post Ledger Radio Television Station Global Justice Senate House
Why Who How Yes No It Is Are Was Were Will Would Should Could Can Let Nobody Nothing Everyone Anyone
Still Even Only Just Then Now Last Next First Second Third Under Over Without With From Into Upon Since
While Although Though Because Until Unless Asked Speaking Meanwhile However Instead Both Neither Either
Officials Critics Supporters Residents Workers Farmers Diplomats Analysts Several Few Those These Such Dr Mr Ms""".split())
mine = {}
for l in open(Path(__file__).resolve().parent.parent / "articles.jsonl"):
    a = json.loads(l)
    for w in caps(a["text"]) & other - common:
        mine.setdefault(w, []).append(a["id"])
for w, ids in sorted(mine.items()):
    print(w, ids)
