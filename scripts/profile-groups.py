#!/usr/bin/env python3
"""Where an evaluation's time goes, from a JFR recording of org.zwgk.bench.Profile (docs/benchmarks.md).

Usage: jfr print --stack-depth 300 --json --events jdk.ExecutionSample unit-month.jfr > um.json
       scripts/profile-groups.py um.json

Each sample of the main thread is counted once, in the first group below whose marker is a method on its stack;
then the samples are counted by their innermost frame outside the JDK, for the project's own classes.
"""
import collections
import json
import sys

GROUPS = [
    ("sealing and sorting findings (Findings.sealed)", ["org/zwgk/rules/engine/Findings.sealed"]),
    ("deriving facts before firing (Derivation)", ["org/zwgk/rules/engine/Derivation"]),
    ("resetting the pooled session (dispose)", ["StatefulSessionPool", "StatefulKnowledgeSessionImpl.reset"]),
    ("consequences recording findings (RuleExecutor.fire)", ["org/drools/core/phreak/RuleExecutor.fire"]),
    ("`from` conditions (PhreakFromNode, MVEL)", ["org/drools/core/phreak/PhreakFromNode"]),
    ("propagating inserted facts through the network", ["PropagationEntry$Insert", "SynchronizedPropagationList"]),
    ("evaluating rule segments: joins, not, exists, accumulate",
     ["org/drools/core/phreak/RuleNetworkEvaluatorImpl", "org/drools/core/phreak/RuleExecutor"]),
    ("agenda, focus, agenda filter", ["org/drools/kiesession/agenda/DefaultAgenda", "Evaluator$Scope"]),
    ("inserting facts (session.insert), validating, planning",
     ["StatefulKnowledgeSessionImpl.insert", "org/zwgk/rules/internal/"]),
]


def main(path):
    events = json.load(open(path))["recording"]["events"]
    samples = [e["values"]["stackTrace"]["frames"] for e in events
               if e["values"]["sampledThread"]["javaName"] == "main"]
    n = len(samples)
    groups, own = collections.Counter(), collections.Counter()
    for frames in samples:
        names = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in frames]
        stack = "\n".join(names)
        groups[next((g for g, marks in GROUPS if any(m in stack for m in marks)), "elsewhere")] += 1
        first = next((x for x in names if not x.startswith(("java/", "jdk/", "sun/"))), "")
        if first.startswith("org/zwgk/") and not first.startswith("org/zwgk/bench/"):
            own[first.rsplit(".", 1)[0].replace("org/zwgk/rules/", "")] += 1
    print(f"{n} samples of the main thread")
    for g, c in groups.most_common():
        print(f"| {g} | {100 * c / n:.1f}% |")
    print(f"innermost non-JDK frame in the project's classes: {100 * sum(own.values()) / n:.1f}%")
    for k, c in own.most_common(15):
        print(f"  {100 * c / n:4.1f}% {k}")


if __name__ == "__main__":
    main(sys.argv[1])
