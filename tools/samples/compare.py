#!/usr/bin/env python3
"""Lists the events that differ between two codings of the samples (tacitus code output, one JSONL file per sample).

Usage: tools/samples/compare.py OLD_DIR NEW_DIR. An event is the same when its sentence, code, source, target, modality,
evidence span, place and date are; '-' lines are only in OLD, '+' lines only in NEW.
"""
import collections, json, os, sys

def name(a):
    return '-' if not a else (a.get('cameo') or a.get('name') or '?')

def line(r):
    return (f"{r['id']:28} {r['cameo']:4} {name(r['source']):>10} -> {name(r['target']):<10} {r['modality'][:4]} | "
            f"{r['evidence']['text'][:110]} || {r['rule'][:90]}")

def key(r):
    return (r['document'], r['sentence'], r['cameo'], json.dumps(r['source'], sort_keys=True), json.dumps(r['target'], sort_keys=True),
            r['modality'], r['evidence']['start'], r['evidence']['end'], (r.get('place') or {}).get('geonameid'), r['date'])

for sample in ['AQUAINT', 'TimeBank', 'TR-News']:
    old, new = ([json.loads(l) for l in open(os.path.join(d, sample + '.jsonl'), encoding='utf-8')] for d in sys.argv[1:3])
    print(f'== {sample}: {len(old)} -> {len(new)}')
    for a, b, mark in ((old, new, '-'), (new, old, '+')):
        left = collections.Counter(map(key, b))
        for r in a:
            if left[key(r)] > 0: left[key(r)] -= 1
            else: print(mark + ' ' + line(r))
