import sys, subprocess, gzip, os, re, tempfile
# usage: jfrshare.py file.jfr[.gz] pattern...   (pattern: substring matched against "Class.method(...) line: N")
path = sys.argv[1]
if path.endswith('.gz'):
    tmp = tempfile.mktemp(suffix='.jfr')
    open(tmp, 'wb').write(gzip.open(path).read()); path = tmp
out = subprocess.run(['jfr', 'print', '--stack-depth', '128', '--events', 'jdk.ExecutionSample', path], capture_output=True, text=True).stdout
stacks = []
cur = None
for line in out.splitlines():
    s = line.strip()
    if s.startswith('stackTrace = ['):
        cur = []
    elif cur is not None:
        if s == ']':
            stacks.append(cur); cur = None
        elif s and s != '...':
            cur.append(s)
total = len(stacks)
print('samples', total)
for pat in sys.argv[2:]:
    n = sum(1 for st in stacks if any(pat in f for f in st))
    print('%-60s %6d  %.3f' % (pat, n, n / total if total else 0))
