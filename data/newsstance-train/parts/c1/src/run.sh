#!/bin/bash
set -o pipefail
cd "$(dirname "$0")/.." && python3 src/build.py | tail -${1:-2} && python3 /work/shared/tools/check_newsdata.py . | grep -vE "^note" ; python3 src/names.py | awk 'NF>1' >/dev/null
python3 /work/shared/tools/check_newsdata.py . --json | python3 -c "
import json,sys,re
d=json.load(sys.stdin)
for n in d['notes']:
    ws=n.split(': ')[-1].split(', ')
    bad=[w for w in ws if w not in {'Electoral','National','People','Wire','Every','Senate','Association','Nobody','Federation','Read','District','Eleven','Union','About','Research','Service'}]
    if bad: print('NAMECHECK', n.split(':')[0], bad)
"
