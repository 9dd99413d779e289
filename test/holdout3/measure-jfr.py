#!/usr/bin/env python3
"""Usage: jfrshare.py file.jfr[.gz] pattern [pattern...]
pattern: 'Class.method' or 'Class.method:line' ; prints inclusive share of ExecutionSamples."""
import sys, subprocess, gzip, os, tempfile, re
path = sys.argv[1]
if path.endswith('.gz'):
    tmp = tempfile.NamedTemporaryFile(suffix='.jfr', delete=False)
    tmp.write(gzip.open(path).read()); tmp.close(); path = tmp.name
out = subprocess.run(['jfr', 'print', '--stack-depth', '256', '--events', 'jdk.ExecutionSample', path],
                     capture_output=True, text=True).stdout
events = out.split('jdk.ExecutionSample {')[1:]
frame_re = re.compile(r'^\s+([\w$.<>/]+)\(.*?\)\s+line:\s*(\d+)', re.M)
stacks = []
for ev in events:
    frames = [(m.group(1), int(m.group(2))) for m in frame_re.finditer(ev)]
    stacks.append(frames)
n = len(stacks)
print(f"samples={n}")
for pat in sys.argv[2:]:
    if ':' in pat:
        fn, ln = pat.rsplit(':', 1); ln = int(ln)
    else:
        fn, ln = pat, None
    hit = 0
    for fr in stacks:
        if any((f == fn or f.endswith('.' + fn)) and (ln is None or l == ln) for f, l in fr):
            hit += 1
    print(f"{pat}\t{hit}\t{hit/n:.4f}")
