#!/usr/bin/env python3
"""Inclusive CPU share per method (and per method:line) from a JFR recording.
usage: measure-jfr.py profiles/cpu.jfr[.gz] [substring ...]"""
import gzip, json, os, subprocess, sys, tempfile, collections

path = sys.argv[1]
if path.endswith('.gz'):
    tmp = tempfile.NamedTemporaryFile(suffix='.jfr', delete=False)
    tmp.write(gzip.open(path).read()); tmp.close(); path = tmp.name
out = subprocess.run(['jfr', 'print', '--json', '--stack-depth', '64', '--events', 'jdk.ExecutionSample', path],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)['recording']['events']
total = len(events)
meth = collections.Counter(); line = collections.Counter()
for e in events:
    frames = (e['values'].get('stackTrace') or {}).get('frames') or []
    ms, ls = set(), set()
    for f in frames:
        m = f['method']; name = m['type']['name'] + '.' + m['name']
        ms.add(name); ls.add(name + ':' + str(f.get('lineNumber')))
    meth.update(ms); line.update(ls)
print('samples', total)
pats = sys.argv[2:]
for k, v in meth.most_common():
    if (not pats and v / total > 0.03) or any(p in k for p in pats):
        print(f'{v/total:6.3f} {k}')
if pats:
    for k, v in line.most_common():
        if any(p in k for p in pats) and v / total > 0.01:
            print(f'{v/total:6.3f}   {k}')
