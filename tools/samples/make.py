#!/usr/bin/env python3
"""Builds the three news samples the event-coding notes (docs/notes/events.md) measure on, as JSONL for `tacitus code`.

AQUAINT and TimeBank: every TimeML document of ../shared/data/time/tbaq/{AQUAINT,TimeBank}, the text of <TEXT> with its
tags removed and the DCT as the date. TR-News: every article of ../shared/data/geo/gold-dev/TR-News.xml with its download
date when it has one. Usage: tools/samples/make.py [SHARED_DATA_DIR] [OUT_DIR]; then code each sample, e.g.
  for n in AQUAINT TimeBank TR-News; do tacitus code samples/$n.jsonl -o coded/$n.jsonl; done
and compare two codings with tools/samples/compare.py.
"""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'data')
out = sys.argv[2] if len(sys.argv) > 2 else 'samples'
os.makedirs(out, exist_ok=True)
for name in ['AQUAINT', 'TimeBank']:
    with open(os.path.join(out, name + '.jsonl'), 'w', encoding='utf-8') as f:
        for p in sorted(glob.glob(os.path.join(data, 'time', 'tbaq', name, '*.tml'))):
            s = open(p, encoding='utf-8').read()
            dct = re.search(r'<DCT>.*?value="([0-9-]{10})', s, re.S).group(1)
            text = html.unescape(re.sub(r'<[^>]+>', '', re.search(r'<TEXT>(.*?)</TEXT>', s, re.S).group(1))).strip()
            f.write(json.dumps({'id': os.path.basename(p)[:-4], 'text': text, 'date': dct}) + '\n')
root = ET.parse(os.path.join(data, 'geo', 'gold-dev', 'TR-News.xml')).getroot()
with open(os.path.join(out, 'TR-News.jsonl'), 'w', encoding='utf-8') as f:
    for a in root.iter('article'):
        d = {'id': a.get('docid'), 'text': a.find('text').text.strip()}
        if a.find('dltime') is not None and a.find('dltime').text:
            d['date'] = a.find('dltime').text.strip()
        f.write(json.dumps(d) + '\n')
for name in ['AQUAINT', 'TimeBank', 'TR-News']:
    print(name, sum(1 for _ in open(os.path.join(out, name + '.jsonl'), encoding='utf-8')), 'documents')
