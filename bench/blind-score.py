#!/usr/bin/env python3
"""bench/blind-score.py JAR DIR [-v]: runs a blind real-case set (DIR/cases/*.json: kind, title, basis, scenario,
expect{outcome, controlling}) through `java -jar JAR batch` and scores it. A file is right when the outcome is the
court's (or the statute's) and at least one controlling authority is cited; the outcome alone is scored too."""
import sys, json, glob, os, subprocess, tempfile
jar, d = sys.argv[1], sys.argv[2]
verbose = '-v' in sys.argv
files = sorted(glob.glob(os.path.join(d, 'cases', '*.json')))
cases = [json.load(open(f)) for f in files]
tmp = tempfile.mkdtemp()
inp, out = os.path.join(tmp, 'in.jsonl'), os.path.join(tmp, 'out.jsonl')
with open(inp, 'w') as f:
    for c in cases:
        f.write(json.dumps(c['scenario']) + '\n')
r = subprocess.run(['java', '-jar', jar, 'batch', inp, '--out', out], capture_output=True, text=True)
res = {}
for line in open(out):
    o = json.loads(line)
    res[o.get('line')] = o
tot = {}; ok = {}; okout = {}
for i, (f, c) in enumerate(zip(files, cases), 1):
    k = c.get('kind', '?'); tot[k] = tot.get(k, 0) + 1
    o = res.get(i, {})
    det = o.get('determination')
    if det is None:
        print('ERROR', os.path.basename(f), json.dumps(o)[:300]); continue
    cited = {x['id'] for x in det.get('citations', [])}
    exp = c['expect']
    om = det['outcome'] == exp['outcome']
    cm = bool(cited & set(exp.get('controlling', [])))
    if om: okout[k] = okout.get(k, 0) + 1
    if om and cm: ok[k] = ok.get(k, 0) + 1
    if verbose or not (om and cm):
        print(('OK  ' if om and cm else 'MISS') , os.path.basename(f), 'got', det['outcome'], 'want', exp['outcome'],
              '' if cm else 'controlling not cited: %s' % exp.get('controlling'))
        if verbose and not (om and cm):
            print('     missing:', [m.get('fact') for m in det.get('missingFacts', [])], '| reasons:', [r['rule'].split('/')[1][:40] for r in det.get('reasons', [])])
n = sum(tot.values())
print('strict %d/%d  outcome %d/%d  ' % (sum(ok.values()), n, sum(okout.values()), n) +
      '  '.join('%s %d/%d (outcome %d)' % (k, ok.get(k, 0), tot[k], okout.get(k, 0)) for k in sorted(tot)))
