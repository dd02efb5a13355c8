snipquiz check: every item's key against the oracle.

  $ sq() { "$SNIPQUIZ" "$@"; }

A bank whose keys are right: a summary line, exit status 0.

  $ sq check -q "$BANKS/good.md"
  3 passed, 0 failed (0 of 3 rerun under another hash seed)
  $ sq check -q -v "$BANKS/good.md" | sed "s|$BANKS/||"
  good.md:5: floor-division-negative: ok
  good.md:20: zero-division: ok
  good.md:39: echo-input: ok
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 3 from the cache)

Wrong keys: FILE:LINE: ID: what differs (the line of the key block, or of
the snippet when the key is missing), then a diff; every failure, in file
order; exit status 1.

  $ cp "$BANKS/wrong.md" wrong.md
  $ sq check -q wrong.md
  wrong.md:24: wrong-output: output differs
  --- expected
  +++ actual
  @@ -1,2 +1,2 @@
  --3
  -1
  +-4
  +-2
  wrong.md:39: wrong-error-type: error differs: expected IndexError, got KeyError: 'b' (line 2)
  wrong.md:48: missing-output: output differs
  --- expected
  +++ actual
  @@ -0,0 +1 @@
  +a-b
  wrong.md:62: unexpected-error: output differs
  --- expected
  +++ actual
  @@ -1 +0,0 @@
  -3
  wrong.md:57: unexpected-error: error differs: expected no exception, got IndexError: list index out of range (line 2)
  wrong.md:82: not-an-error: error differs: expected ValueError, got no exception
  wrong.md:96: fence-in-output: output differs
  --- expected
  +++ actual
  @@ -1 +1,2 @@
  +```
   done
  1 passed, 6 failed (0 of 1 rerun under another hash seed)
  [1]

Parallel runs report in the same order.

  $ sq check -q -j 1 wrong.md > one.txt
  [1]
  $ sq check -q -j 8 wrong.md > eight.txt
  [1]
  $ cmp one.txt eight.txt

Colours: the diffs are coloured on a terminal, or anywhere with
--color=always (given to check or before it); --color=never or a NO_COLOR
that is set and not empty turn them off, and --color=always outranks
NO_COLOR. An empty NO_COLOR counts as unset (no-color.org).

  $ sq check -q --color=always wrong.md | head -n 9
  wrong.md:24: wrong-output: output differs
  \x1b[1m--- expected\x1b[0m (esc)
  \x1b[1m+++ actual\x1b[0m (esc)
  \x1b[36m@@ -1,2 +1,2 @@\x1b[0m (esc)
  \x1b[31m--3\x1b[0m (esc)
  \x1b[31m-1\x1b[0m (esc)
  \x1b[32m+-4\x1b[0m (esc)
  \x1b[32m+-2\x1b[0m (esc)
  wrong.md:39: wrong-error-type: error differs: expected IndexError, got KeyError: 'b' (line 2)
  $ esc=$(printf '\033')
  $ NO_COLOR=1 sq --color always check -q wrong.md | grep -c "$esc"
  19
  $ sq check -q wrong.md | grep -c "$esc"
  0
  [1]
  $ sq check -q --color=sometimes wrong.md
  snipquiz check: --color wants auto, always or never, not 'sometimes'
  Try 'snipquiz check --help' for more information.
  [2]
  $ sq --color=sometimes check wrong.md
  snipquiz: --color wants auto, always or never, not 'sometimes'
  [2]

On a terminal (script(1) makes one; it reads its own stdin, which here
would be the rest of this transcript, so it gets /dev/null):

  $ ontty() { script -qec "$*" /dev/null < /dev/null | tr -d '\r'; }
  $ ontty "'$SNIPQUIZ' check -q wrong.md" | grep -c "$esc"
  19
  $ NO_COLOR= ontty "'$SNIPQUIZ' check -q wrong.md" | grep -c "$esc"
  19
  $ NO_COLOR=1 ontty "'$SNIPQUIZ' check -q wrong.md" | grep -c "$esc"
  0
  [1]
  $ ontty "'$SNIPQUIZ' check -q --color=never wrong.md" | grep -c "$esc"
  0
  [1]

--dry-run prints the patch --update would apply, and writes nothing: the
patch alone on stdout (the report goes to stderr), ready for git apply or
patch -p1. A key that changes in kind (another exception, an exception
added or removed) is called out: keys are never loosened silently.

  $ cp wrong.md before.md
  $ sq check -q --dry-run wrong.md 2> report.txt > fix.patch
  [1]
  $ cmp wrong.md before.md
  $ head -n 3 fix.patch
  --- a/wrong.md
  +++ b/wrong.md
  @@ -22,8 +22,8 @@ print(7 % -3)
  $ grep -c '^@@' fix.patch
  6
  $ grep -E '^(would|note|[0-9]+ passed)' report.txt
  would update 6 items in 1 file
  note: wrong.md:39: wrong-error-type: the error key changes from IndexError to KeyError
  note: wrong.md:57: unexpected-error: an error key IndexError is added: the item now raises
  note: wrong.md:82: not-an-error: the error key ValueError is removed: the item no longer raises
  1 passed, 6 failed (0 of 1 rerun under another hash seed, 7 from the cache)
  $ git apply fix.patch && sq check -q wrong.md
  7 passed, 0 failed (0 of 7 rerun under another hash seed, 7 from the cache)
  $ mv before.md wrong.md && rm report.txt fix.patch

In a git work tree, the patch names a bank from the root of the tree,
wherever check ran, so git apply works from the root; outside one, as
the bank was named (above).

  $ mkdir -p proj/banks/sub && git -C proj init -q && cp wrong.md proj/banks/sub/
  $ (cd proj/banks && sq check -q --dry-run sub/wrong.md 2>/dev/null) > sub.patch
  [1]
  $ head -n 2 sub.patch
  --- a/banks/sub/wrong.md
  +++ b/banks/sub/wrong.md
  $ here=$PWD
  $ (cd / && sq check -q --dry-run "$here/proj/banks/sub/wrong.md" 2>/dev/null) > root.patch
  [1]
  $ cmp sub.patch root.patch
  $ cd proj && git apply --check ../sub.patch && git apply ../root.patch && sq check -q banks/sub/wrong.md
  7 passed, 0 failed (0 of 7 rerun under another hash seed, 7 from the cache)
  $ cd .. && rm -rf proj sub.patch root.patch

--interactive asks about each item, like cram -i: y takes its new keys, n
leaves them, a takes this one and all after, q leaves the rest.

  $ cp wrong.md asked.md
  $ printf 'y\nmaybe\nn\nq\n' | sq check -q -i asked.md 2>&1 | grep -E '^(Accept|updated|note|[0-9]+ passed)'
  Accept this change? [y]es, [n]o, [a]ll, [q]uit: y
  note: asked.md:39: wrong-error-type: the error key changes from IndexError to KeyError
  Accept this change? [y]es, [n]o, [a]ll, [q]uit: maybe
  Accept this change? [y]es, [n]o, [a]ll, [q]uit: n
  Accept this change? [y]es, [n]o, [a]ll, [q]uit: q
  updated 1 item in 1 file
  1 passed, 6 failed (0 of 1 rerun under another hash seed, 7 from the cache)
  $ diff wrong.md asked.md | grep '^[<>]' | tr '<>' '-+'
  - -3
  - 1
  + -4
  + -2
  $ printf 'a\n' | sq check -q -i asked.md 2>&1 | tail -n 1
  2 passed, 5 failed (0 of 2 rerun under another hash seed, 7 from the cache)
  $ sq check -q asked.md
  7 passed, 0 failed (0 of 7 rerun under another hash seed, 7 from the cache)
  $ rm asked.md

--update rewrites the wrong keys and nothing else, atomically.

  $ sq check -q --update wrong.md | grep -E '^(updated|note|[0-9]+ passed)'
  updated 6 items in 1 file
  note: wrong.md:39: wrong-error-type: the error key changes from IndexError to KeyError
  note: wrong.md:57: unexpected-error: an error key IndexError is added: the item now raises
  note: wrong.md:82: not-an-error: the error key ValueError is removed: the item no longer raises
  1 passed, 6 failed (0 of 1 rerun under another hash seed, 7 from the cache)
  $ cmp wrong.md "$BANKS/wrong.fixed.md"
  $ sq check -q wrong.md
  7 passed, 0 failed (0 of 7 rerun under another hash seed, 7 from the cache)
  $ ls -a
  .
  ..
  eight.txt
  one.txt
  wrong.md
  $ rm one.txt eight.txt

Parse errors are FILE:LINE: message; they never stop the other items.

  $ cp "$BANKS/broken.md" .
  $ sq check -q broken.md
  broken.md:3: 'Section 1: Basics' is not an item id: use letters, digits, '.', '_' and '-' (and '#' or '###' for headings that are not items)
  broken.md:5: no-code: item has no ```python block
  broken.md:22: bad-meta: unknown key 'difficulty' (known: objective, form, tags, timeout, python, kind, source, covers, needs, generator, variant)
  broken.md:29: bad-form: unknown form 'essay' (forms: output, choice, select, gap, order, error)
  broken.md:36: bad-timeout: timeout must be a number of seconds, not 'soon'
  broken.md:43: bad-objective: objective must read 'EXAM N.M' (e.g. 'PCEP-30-02 1.4'), not 'chapter one'
  broken.md:55: two-snippets: a second ```python block (the first is at line 51; an item has one of each)
  broken.md:65: bad-error-key: the error block must read 'Type' or 'Type: message', not 'division by zero!'
  broken.md:69: duplicate item id 'good-item' (first at line 10)
  broken.md:77: unclosed: the ```python block is never closed (add a line of 3 or more '`')
  1 passed, 0 failed, 10 errors (0 of 1 rerun under another hash seed)
  [1]

Each snippet starts from a pristine interpreter and an empty scratch
directory, even one right after another in the same oracle.

  $ sq check -q -j 1 "$BANKS/isolation.md"
  8 passed, 0 failed (8 of 8 rerun under another hash seed)

An item's own timeout, and snippets that do not end.

  $ cat > slow.md <<'BANK'
  > ## spins
  > - timeout: 0.5
  > 
  > ```python
  > print("started", flush=True)
  > while True:
  >     pass
  > ```
  > BANK
  $ sq check -q slow.md
  slow.md:4: spins: timed out (wall-clock limit of 0.5 s)
  0 passed, 1 failed
  [1]

Folders are searched for *.md; an unreadable path is exit status 2, after
checking the rest.

  $ mkdir -p banks/sub && cp "$BANKS/good.md" banks/sub/ && echo 'not a bank' > banks/notes.txt
  $ sq check -q banks
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 3 from the cache)
  $ sq check -q banks nowhere.md
  snipquiz check: nowhere.md: No such file or directory
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 3 from the cache)
  [2]

A file named on the command line must hold items (a wrong path in CI must
not pass), and a run must find something to check.

  $ sq check -q banks/notes.txt
  banks/notes.txt:1: no items here: an item starts at a '## id' heading
  0 passed, 0 failed, 1 error
  [1]
  $ mkdir empty && sq check -q empty
  snipquiz check: no items to check
  0 passed, 0 failed
  [1]

A fence left open anywhere would swallow the items after it: reported.

  $ printf '## a\n\n```python\nprint(1)\n```\n\n~~~text\nopen\n\n## b\n\n```python\nprint(2)\n```\n' > open.md
  $ sq check -q open.md
  open.md:7: a: the ~~~text block is never closed (add a line of 3 or more '~')
  0 passed, 0 failed, 1 error
  [1]

A bank's own options are judged by the oracle and compared with the
author's marks: an output option is right when the program gives it, an
eval option when it is true after the run. Gaps run with their fill.

  $ sq check -q "$BANKS/forms.md" "$BANKS/statements.md"
  5 passed, 0 failed (0 of 5 rerun under another hash seed)
  $ cp "$BANKS/badopts.md" . && sq check -q badopts.md
  badopts.md:16: marks-wrong: option '[x] undefined_name' is marked right but raises an exception after the run
  badopts.md:17: marks-wrong: option '[ ] 2 > 1' is true after the run but not marked
  badopts.md:32: output-marks-wrong: option '[x] 3' is marked right but is not what the program gives
  badopts.md:33: output-marks-wrong: option '[ ] 3.5' is what the program gives but is not marked
  badopts.md:40: two-blanks: 2 blanks (___) in the code; an item has one
  badopts.md:51: blank-no-fill: the code has a blank (___) but no ```fill block says what goes there
  badopts.md:62: fill-no-blank: a ```fill block but no blank (___) in the code
  badopts.md:81: gap-key-wrong: output differs
  --- expected
  +++ actual
  @@ -1 +1 @@
  -9
  +8
  badopts.md:97: bad-option-line: an option reads '[x] text' (right) or '[ ] text' (wrong)
  badopts.md:112: no-mark: mark the right option(s) with [x]
  0 passed, 3 failed, 5 errors (1 from the cache)
  [1]

--lint also fails items that make bad exam items though their keys are
right: no objective or explanation, more output than a screen, more code
than an exam shows, a form the program does not suit, the same code as
another item once names are normalised.

  $ cp "$BANKS/lint.md" .
  $ sq check -q lint.md
  8 passed, 0 failed (1 of 8 rerun under another hash seed)
  $ sq check -q --lint lint.md
  lint.md:3: no-objective: lint: no objective (add '- objective: EXAM N.M')
  lint.md:15: no-explanation: lint: no explanation after the code (say why it prints what it prints)
  lint.md:40: a-screenful: lint: 30 lines of output: more than a screen (24)
  lint.md:111: too-long: lint: 31 lines of code (not counting blank ones): more than an exam item shows (30)
  lint.md:150: error-form-no-error: lint: form 'error' but the program raises nothing
  lint.md:180: total-again: lint: the same code as lint.md:164 (total) once names are normalised
  2 passed, 6 failed (1 of 8 rerun under another hash seed, 8 from the cache)
  [1]

Across banks (one exam's and another's, usually) it flags the same trap
told twice: most of the code in common once names and literals are set
aside, or some of it and a misreading named in the same words. Each pair
should be merged, or each made to test its own objective.

  $ cp "$BANKS/near-a.md" "$BANKS/near-b.md" .
  $ sq check -q --lint near-a.md near-b.md
  near-b.md:3: class-list-shared: lint: the same trap as near-a.md:3 (shared-list-attribute): 100% of their code in common; merge them, or make each test its own objective
  2 passed, 1 failed (0 of 3 rerun under another hash seed)
  [1]

An item may say which Python versions it holds for: under another one it
is skipped, with why. A key block for a version range stands in for the
plain one when the interpreter is in the range, and --update rewrites the
block that was used.

  $ cp "$BANKS/versions.md" .
  $ sq check -q versions.md
  versions.md:3: future-only: skipped: needs python >=3.99, this is 3.11.2
  versions.md:56: wrong-versioned-key: output differs
  --- expected
  +++ actual
  @@ -1 +1 @@
  -3
  +2
  2 passed, 1 failed, 1 skipped (1 of 2 rerun under another hash seed, 2 from the cache)
  [1]
  $ sq check -q --format tap versions.md | grep -E '^(ok|not ok)'
  ok 1 - versions.md#future-only # SKIP needs python >=3.99, this is 3.11.2
  ok 2 - versions.md#this-version-key
  ok 3 - versions.md#old-version-key
  not ok 4 - versions.md#wrong-versioned-key
  $ sq check -q --dry-run versions.md 2>/dev/null
  --- a/versions.md
  +++ b/versions.md
  @@ -54,5 +54,5 @@ print(2)
   ```
   
   ```output python>=3.0
  -3
  +2
   ```
  [1]

--python checks the items under another installed interpreter too, in the
same sandbox, with the keys that hold for its version; the report says
which version an item failed under. (Here the other interpreter is the
python3 of the same build, so it fails where ours does.)

  $ sq check -q --python "$PYTHON_EXE" versions.md | grep -v '^[-+@ ]'
  versions.md:3: future-only: skipped: needs python >=3.99, this is 3.11.2
  versions.md:56: wrong-versioned-key: output differs
  versions.md:56: wrong-versioned-key: under python 3.11.2: output differs
  2 passed, 1 failed, 1 skipped (1 of 2 rerun under another hash seed)

It starts as python3 does under the sandbox's locale (C.UTF-8), as the
embedded interpreter does: UTF-8 from the locale, not UTF-8 mode.

  $ printf 'import sys\nprint(sys.flags.utf8_mode, sys.stdout.errors)\n' > flags.py
  $ sq run -q flags.py
  0 surrogateescape
  $ sq run -q --python "$PYTHON_EXE" flags.py
  0 surrogateescape
  $ sq check -q --python /nonexistent versions.md
  snipquiz check: --python /nonexistent: No such file or directory
  [2]

Usage errors.

  $ sq check -t
  snipquiz check: option '-t' wants a value
  Try 'snipquiz check --help' for more information.
  [2]
  $ sq check -j 0 banks
  snipquiz check: --jobs wants a number from 1 to 1024, not '0'
  Try 'snipquiz check --help' for more information.
  [2]
  $ sq check --frobnicate
  snipquiz check: unknown option '--frobnicate'
  Try 'snipquiz check --help' for more information.
  [2]

An unknown letter among short flags is named alone, wherever it stands
in the cluster.

  $ sq check -Zq
  snipquiz check: unknown option '-Z'
  Try 'snipquiz check --help' for more information.
  [2]
  $ sq check -qZ
  snipquiz check: unknown option '-Z'
  Try 'snipquiz check --help' for more information.
  [2]
