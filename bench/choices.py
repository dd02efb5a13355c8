#!/usr/bin/env python3
"""How good the choice questions are, from `snipquiz questions` JSON lines
(the README's figures; not part of `make check`):

    snipquiz questions -q --form choice --seed 1 2> err | \\
        python3 bench/choices.py - err

Prints the items askable as a choice (the questions, over the questions
plus the items stderr says were skipped), the choices of four whose three
wrong options are all misreadings (or the bank's own), the share of
generic wrong options ("(nothing is printed)", "(raises an exception)"),
and the questions that break the ranking's rules (two options with one
label, more than one generic option).
"""
import json
import re
import sys


def main():
    src = sys.stdin if sys.argv[1] == "-" else open(sys.argv[1])
    qs = [json.loads(line) for line in src]
    skipped = 0
    if len(sys.argv) > 2:
        m = re.search(r"(\d+) items? skipped", open(sys.argv[2]).read())
        skipped = int(m.group(1)) if m else 0
    items = len(qs) + skipped
    four = sum(1 for q in qs if len(q["options"]) == 4 and
               all(o["source"] in ("misreading", "bank")
                   for o in q["options"] if not o["right"]))
    wrong = [o for q in qs for o in q["options"] if not o["right"]]
    generic = sum(o["source"] == "generic" for o in wrong)
    twice = 0
    for q in qs:
        labels = [o["label"] for o in q["options"]
                  if o["source"] == "misreading"]
        twice += len(set(labels)) < len(labels)
    many = sum(1 for q in qs
               if sum(o["source"] == "generic" for o in q["options"]) > 1)
    pct = lambda a, b: 100.0 * a / b if b else 0.0
    print("items %d; askable as a choice %d (%.0f%%); four options, three"
          " misreadings %d (%.0f%%); wrong options %d, generic %d (%.0f%%);"
          " one label twice %d; more than one generic %d" %
          (items, len(qs), pct(len(qs), items), four, pct(four, items),
           len(wrong), generic, pct(generic, len(wrong)), twice, many))


main()
