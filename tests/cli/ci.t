snipquiz check for CI: machine-readable reports, choosing items, shards,
changed files, stopping at the first failure.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ cp "$BANKS/good.md" "$BANKS/wrong.md" "$BANKS/broken.md" .
  $ py() { "$PYTHON_EXE" -c "$@"; }

TAP 14: a line per item (a parse error is named FILE:LINE), the messages
as a YAML block, the plan at the end.

  $ sq check -q --format tap good.md wrong.md > out.tap; echo "exit $?"
  exit 1
  $ grep -E '^(TAP|ok|not ok|1\.\.)' out.tap
  TAP version 14
  ok 1 - good.md#floor-division-negative
  ok 2 - good.md#zero-division
  ok 3 - good.md#echo-input
  ok 4 - wrong.md#right-one
  not ok 5 - wrong.md#wrong-output
  not ok 6 - wrong.md#wrong-error-type
  not ok 7 - wrong.md#missing-output
  not ok 8 - wrong.md#unexpected-error
  not ok 9 - wrong.md#not-an-error
  not ok 10 - wrong.md#fence-in-output
  1..10
  $ sed -n '/^not ok 5/,/^  \.\.\./p' out.tap
  not ok 5 - wrong.md#wrong-output
    ---
    severity: fail
    kind: output
    message: |
      wrong.md:24: wrong-output: output differs
      --- expected
      +++ actual
      @@ -1,2 +1,2 @@
      --3
      -1
      +-4
      +-2
    ...

JUnit XML: a testsuite per bank, a testcase per item with its time, the
failure with its diff. It parses as XML, and the counts add up.

  $ sq check -q --format junit good.md wrong.md broken.md > out.xml; echo "exit $?"
  exit 1
  $ py 'import xml.etree.ElementTree as E; r = E.parse("out.xml").getroot(); print(r.tag, r.get("tests"), r.get("failures"), r.get("errors")); [print(s.get("name"), s.get("tests"), len(s.findall("testcase")), len(s.findall("testcase/failure")), len(s.findall("testcase/error"))) for s in r]'
  testsuites 21 6 10
  broken.md 11 11 0 10
  good.md 3 3 0 0
  wrong.md 7 7 6 0
  $ py 'import xml.etree.ElementTree as E; c = E.parse("out.xml").getroot().find(".//testcase[@name=\"wrong-output\"]"); print(c.get("line"), float(c.get("time")) > 0); print(c.find("failure").text, end="")'
  16 True
  wrong.md:24: wrong-output: output differs
  --- expected
  +++ actual
  @@ -1,2 +1,2 @@
  --3
  -1
  +-4
  +-2

JSON lines: one object per item, with what was checked or what failed
first (kind) and the two texts compared (expected, actual: the output
as compared, or the exceptions), then a summary record.

  $ sq check -q --format json good.md wrong.md > out.json; echo "exit $?"
  exit 1
  $ py 'import json; [print(o["id"], o["status"], o["kind"], o["line"], "message" in o, o["time"] > 0) for o in map(json.loads, open("out.json")) if "summary" not in o]'
  floor-division-negative pass output 5 False True
  zero-division pass output 20 False True
  echo-input pass output 39 False True
  right-one pass output 3 False True
  wrong-output fail output 16 True True
  wrong-error-type fail error 31 True True
  missing-output fail output 45 True True
  unexpected-error fail error 54 True True
  not-an-error fail error 68 True True
  fence-in-output fail output 88 True True
  $ py 'import json; [print(json.dumps([o["expected"], o["actual"]])) for o in map(json.loads, open("out.json")) if o.get("id") in ("right-one", "wrong-output", "unexpected-error")]'
  [null, null]
  ["-3\n1\n", "-4\n-2\n"]
  ["no exception", "IndexError: list index out of range (line 2)"]
  $ tail -1 out.json | py 'import json, sys; s = json.load(sys.stdin)["summary"]; print(sorted(s)); print(s["total"], s["passed"], s["failed"], s["errors"], s["skipped"], s["note"], s["time"] > 0)'
  ['authored', 'elapsed', 'errors', 'failed', 'note', 'passed', 'skipped', 'time', 'total']
  10 4 6 0 0 None True

A parse error is an entry with no id, of kind parse; the unstable item's
texts are its two runs' outputs. JUnit names the kind as the failure's
type, TAP in its block.

  $ sq check -q --format json broken.md | head -1 | py 'import json, sys; o = json.load(sys.stdin); print(o["id"], o["status"], o["kind"], o["line"])'
  None error parse 3
  $ sq check -q --format json "$BANKS/unstable.md" | py 'import json, sys; o = json.loads(sys.stdin.readline()); print(o["id"], o["kind"], sorted(o["expected"]) == sorted(o["actual"]), o["expected"] != o["actual"])'
  string-set unstable True True

Output that is not UTF-8 is still reported, each stray byte as U+FFFD
(the message was once left out).

  $ printf '## bytes\n\n```python\nimport sys\nsys.stdout.buffer.write(b"caf\\xe9\\n")\n```\n\n```output\ncafe\n```\n' > bytes.md
  $ sq check -q --format json bytes.md | head -1 | py 'import json, sys; o = json.load(sys.stdin); print(ascii(o["actual"]), o["message"].splitlines()[-1] == "+" + o["actual"].strip())'
  'caf\ufffd\n' True
  $ py 'import xml.etree.ElementTree as E; print(sorted({f.get("type") for f in E.parse("out.xml").getroot().iter("failure")}), sorted({f.get("type") for f in E.parse("out.xml").getroot().iter("error")}))'
  ['error', 'output'] ['parse']

--filter takes a PCRE2 pattern on FILE#ID; --objective one objective.

  $ sq check -q --filter '#wrong-(output|error)' good.md wrong.md | tail -1
  0 passed, 2 failed
  $ sq check -q -v --objective "PCEP-30-02 1.4" good.md wrong.md | grep -v '^[-+@ ]'
  good.md:5: floor-division-negative: ok
  wrong.md:3: right-one: ok
  wrong.md:24: wrong-output: output differs
  2 passed, 1 failed
  $ sq check -q --filter '(' good.md
  snipquiz check: --filter: missing closing parenthesis at offset 1 of '('
  Try 'snipquiz check --help' for more information.
  [2]

--shard K/N splits the items stably: the shards of a run together check
every item once.

  $ for k in 1 2 3; do sq check -q --format json --shard $k/3 good.md wrong.md; done | py 'import json, sys; ids = [o["id"] for o in map(json.loads, sys.stdin) if "summary" not in o]; print(len(ids), len(set(ids)))'
  10 10
  $ sq check -q --format json good.md wrong.md | wc -l
  11
  $ sq check -q --shard 2/3 good.md > a; sq check -q --shard 2/3 good.md > b; cmp a b && echo same
  same
  $ sq check -q --shard 4/3 good.md
  snipquiz check: --shard wants K/N with 1 <= K <= N (e.g. 2/4), not '4/3'
  Try 'snipquiz check --help' for more information.
  [2]
  $ sq check -q --shard x good.md
  snipquiz check: --shard wants K/N with 1 <= K <= N (e.g. 2/4), not 'x'
  Try 'snipquiz check --help' for more information.
  [2]

--changed-since REV checks only the files changed since a git revision:
committed since, staged, modified or new. Nothing changed is no failure.

  $ mkdir repo && cd repo && git init -q && git config user.email t@t && git config user.name t
  $ cp ../good.md ../wrong.md . && git add . && git commit -qm one
  $ sq check -q --changed-since HEAD .
  snipquiz check: no items to check (none selected)
  0 passed, 0 failed
  $ cp ../broken.md . && printf '\n## extra\n- objective: PCEP-30-02 1.4\n\n```python\nprint(2)\n```\n\n```output\n2\n```\n' >> good.md
  $ sq check -q --format json --changed-since HEAD . | py 'import json, sys; print(sorted({o["file"] for o in map(json.loads, sys.stdin) if "summary" not in o}))'
  ['./broken.md', './good.md']
  $ sq check -q --changed-since nosuchrev .
  snipquiz check: --changed-since: revspec 'nosuchrev' not found
  Try 'snipquiz check --help' for more information.
  [2]
  $ cd ..

The repository is the one that holds the paths, whatever the current
directory; paths in two repositories, or in none, are refused, naming
the path.

  $ here=$PWD
  $ (cd / && sq check -q --format json --changed-since HEAD "$here/repo") | py 'import json, os, sys; print(sorted({os.path.basename(o["file"]) for o in map(json.loads, sys.stdin) if "summary" not in o}))'
  ['broken.md', 'good.md']
  $ (cd / && sq check -q --changed-since HEAD~0 "$here/repo/wrong.md" "$here/repo/good.md" | tail -1)
  4 passed, 0 failed
  $ mkdir other && git -C other init -q && cp good.md other/
  $ sq check -q --changed-since HEAD repo/good.md other/good.md
  snipquiz check: --changed-since: other/good.md is in the git work tree */other, repo/good.md in */repo: check one repository at a time (glob)
  Try 'snipquiz check --help' for more information.
  [2]
  $ sq check -q --changed-since HEAD repo good.md
  snipquiz check: --changed-since: good.md is in no git work tree
  Try 'snipquiz check --help' for more information.
  [2]

--fail-fast starts nothing after the first failure and says so.

  $ sq check -q -j 1 --fail-fast wrong.md good.md | tail -1
  4 passed, 1 failed (stopped at the first failure)

Usage errors.

  $ sq check --format xml good.md
  snipquiz check: --format wants text, tap, junit or json, not 'xml'
  Try 'snipquiz check --help' for more information.
  [2]
