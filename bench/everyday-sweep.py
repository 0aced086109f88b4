#!/usr/bin/env python3
"""The everyday sweep of issue 15: every state and DC, on two dates, asked eleven everyday questions with
only the facts a user would naturally give (the place, the date, the actor, the act, the paperwork, and
"no local policy"). Prints how many come back CONDITIONAL and which facts they ask for, so the knowledge
base's gaps show as counts. The issue's dates are 2019-06-01 and 2025-06-01; --dates=D1,D2 asks on other days
(a question asked today shows the legislative sessions the files do not yet cover).
Usage: python3 bench/everyday-sweep.py [target/lexfed-cli.jar] [-v] [--dates=YYYY-MM-DD,...]"""
import collections, json, os, subprocess, sys, tempfile

STATES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
          "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY").split()
DATES = ["2019-06-01", "2025-06-01"]
DETAINER = {"warrant": "ADMINISTRATIVE", "probableCauseShown": "YES", "form": "I_247A"}
QUESTIONS = {
    "honor-detainer": {"actor": "SHERIFF_OR_JAIL", "action": "HONOR_DETAINER", "detainer": DETAINER},
    "decline-detainer": {"actor": "SHERIFF_OR_JAIL", "action": "DECLINE_DETAINER", "detainer": DETAINER},
    "release-date": {"actor": "SHERIFF_OR_JAIL", "action": "SHARE_INFORMATION", "information": {"kind": "RELEASE_DATE"}},
    "share-status": {"actor": "LOCAL_POLICE", "action": "SHARE_INFORMATION", "information": {"kind": "IMMIGRATION_STATUS"}},
    "share-address": {"actor": "SHERIFF_OR_JAIL", "action": "SHARE_INFORMATION", "information": {"kind": "ADDRESS"}},
    "withhold-status": {"actor": "LOCAL_POLICE", "action": "WITHHOLD_INFORMATION", "information": {"kind": "IMMIGRATION_STATUS"}},
    "assist-raid": {"actor": "LOCAL_POLICE", "action": "ASSIST_ENFORCEMENT",
                    "federalAction": {"agency": "ICE_ERO", "kind": "CIVIL_ARREST", "place": "PUBLIC_PLACE"}},
    "decline-assist": {"actor": "LOCAL_POLICE", "action": "DECLINE_TO_ASSIST",
                       "federalAction": {"agency": "ICE_ERO", "kind": "CIVIL_ARREST", "place": "PUBLIC_PLACE"}},
    "civil-arrest": {"actor": "LOCAL_POLICE", "action": "CIVIL_IMMIGRATION_ARREST",
                     "federalAction": {"iceRequestedAssistance": "NO"}},
    "prolong-stop": {"actor": "LOCAL_POLICE", "action": "PROLONG_STOP_FOR_STATUS",
                     "stop": {"independentReasonableSuspicion": "NO"}},
    "adopt-policy": {"actor": "LOCAL_OFFICIAL", "action": "ADOPT_SANCTUARY_POLICY",
                     "proposedPolicy": {"limitsDetainers": "YES", "limitsAssistance": "YES", "limitsInformationSharing": "NO",
                                        "limitsCourthouseArrests": "NO", "bans287g": "NO"}},
}


def scenarios(dates):
    for state in STATES:
        for date in dates:
            for name, q in QUESTIONS.items():
                s = {"date": date, "jurisdiction": {"state": state}, "localPolicy": {"noLocalPolicy": "YES"},
                     "agreement287g": {"model": "NONE"}}
                s.update(json.loads(json.dumps(q)))
                yield (state, date, name), s


def main():
    dates = next((a.split("=", 1)[1].split(",") for a in sys.argv[1:] if a.startswith("--dates=")), DATES)
    args = [a for a in sys.argv[1:] if a != "-v" and not a.startswith("--dates=")]
    jar = args[0] if args else "target/lexfed-cli.jar"
    keys, lines = [], []
    for key, s in scenarios(dates):
        keys.append(key)
        lines.append(json.dumps(s))
    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "out.jsonl")
        with open(src, "w") as f:
            f.write("\n".join(lines) + "\n")
        subprocess.run(["java", "-jar", jar, "batch", src, "--out", out], check=True)
        results = [json.loads(l).get("determination", {}) for l in open(out)]
    outcomes, asked, conditional = collections.Counter(), collections.Counter(), []
    for key, d in zip(keys, results):
        outcome = d.get("outcome", "ERROR")
        outcomes[outcome] += 1
        if outcome == "CONDITIONAL":
            facts = sorted({m.get("fact", str(m)) for m in d.get("missingFacts") or []})
            conditional.append((key, facts))
            for fact in facts:
                asked[fact] += 1
    print(f"{outcomes['CONDITIONAL']}/{len(keys)} CONDITIONAL ({100 * outcomes['CONDITIONAL'] / len(keys):.1f}%)")
    print("outcomes:", dict(sorted(outcomes.items())))
    print("facts asked:", dict(asked.most_common()))
    if "-v" in sys.argv:
        for key, facts in conditional:
            print(" ".join(key), facts)


if __name__ == "__main__":
    main()
