#!/usr/bin/env python3
"""Which unverified knowledge-base provisions decide a scenario of the suite (issue 15: "no provision that decides any
scenario file is unverified"). Every scenario file is evaluated through `lexfed batch`; for each premise that rests on
an unverified provision, the scenario is evaluated again with that fact given the other way (YES for NO, NO for YES):
where the outcome moves, the provision decides the file. Prints the counts, then each deciding provision and its files.
Usage: python3 bench/unverified-deciding.py [target/lexfed-cli.jar]"""
import collections, glob, json, os, subprocess, sys, tempfile

import yaml

JAR = sys.argv[1] if len(sys.argv) > 1 else "target/lexfed-cli.jar"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def batch(scenarios):
    with tempfile.TemporaryDirectory() as d:
        src, out = os.path.join(d, "in.jsonl"), os.path.join(d, "out.jsonl")
        with open(src, "w") as f:
            f.writelines(json.dumps(s, default=str) + "\n" for s in scenarios)
        subprocess.run(["java", "-jar", JAR, "batch", src, "--out=" + out], check=False, capture_output=True)
        results = [None] * len(scenarios)
        for line in open(out):
            r = json.loads(line)
            results[r["line"] - 1] = r.get("determination")
        return results


files = sorted(glob.glob(os.path.join(ROOT, "src/test/resources/scenarios/*/*.yaml")))
names, scenarios = [], []
for path in files:
    doc = yaml.safe_load(open(path))
    if doc.get("scenario") is not None:
        names.append(os.path.relpath(path, os.path.join(ROOT, "src/test/resources/scenarios")))
        scenarios.append(doc["scenario"])

variants, meta, premised = [], [], set()
for i, d in enumerate(batch(scenarios)):
    for p in (d or {}).get("premises", []):
        if p.get("verified") is False and p.get("source") != "SCENARIO":
            premised.add(p["provision"])
            other = {"YES": "NO", "NO": "YES"}.get(p["value"])
            if other is None:
                continue
            section, field = p["fact"].split(".", 1)
            s = json.loads(json.dumps(scenarios[i], default=str))
            s.setdefault(section, {})[field] = other
            variants.append(s)
            meta.append((names[i], p["provision"], d["outcome"]))

deciding = collections.defaultdict(set)
for (name, provision, outcome), d in zip(meta, batch(variants)):
    # a variant the engine refuses (the flipped fact contradicts another) decides nothing
    if d is not None and d["outcome"] != outcome:
        deciding[provision].add(name)

print(f"unverified provisions appearing as premises: {len(premised)}")
print(f"of them deciding an outcome: {len(deciding)}, in {len(set().union(*deciding.values())) if deciding else 0} scenario files")
for provision, names in sorted(deciding.items()):
    print(f"  {provision}: {len(names)}")
    for n in sorted(names):
        print(f"    {n}")
