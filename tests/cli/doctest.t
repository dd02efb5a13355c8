snipquiz check --doctest: the doctest sessions (>>> and their output) of
Markdown and reST files, each session in a sandboxed run of its own.

  $ sq() { "$SNIPQUIZ" "$@"; }

A README with a passing session, a failing one, an exception matched as
doctest matches it, and two hostile sessions. One report entry per session
(FILE#LLINE, the line of its first example); each failing example is
FILE:LINE: with doctest's own text; the summary counts the examples.

  $ cat > readme.md <<'MD'
  > # Sums
  > 
  > ```pycon
  > >>> total = sum([1, 2, 3])
  > >>> total
  > 6
  > ```
  > 
  > Examples in one session share their names; sessions do not:
  > 
  > ```python
  > >>> total
  > 6
  > >>> print("a", "b")
  > a b
  > >>> print("a", "b", sep="-")
  > a b
  > ```
  > 
  > ```pycon
  > >>> int("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
  > Traceback (most recent call last):
  >   ...
  > ValueError: another message
  > ```
  > 
  > ```
  > >>> print("spin")
  > spin
  > >>> while True: pass
  > ```
  > 
  > ```
  > >>> open("/etc/passwd").read()
  > ```
  > MD
  $ sq check -q --doctest -t 1 readme.md
  readme.md:12: L12: Failed example:
      total
  Exception raised:
      Traceback (most recent call last):
        File "<doctest readme.md[0]>", line 1, in <module>
          total
      NameError: name 'total' is not defined
  readme.md:16: L12: Failed example:
      print("a", "b", sep="-")
  Expected:
      a b
  Got:
      a-b
  readme.md:30: L28: timed out (wall-clock limit of 1 s)
  readme.md:34: L34: blocked by the sandbox ([Errno 13] Permission denied: '/etc/passwd')
  Failed example:
      open("/etc/passwd").read()
  2 passed, 3 failed (9 examples: 4 passed, 4 failed, 1 not run)
  [1]

Another exception than the one expected: doctest compares the traceback's
last line (the stack between is never compared).

  $ cat > exc.md <<'MD'
  > ```
  > >>> [][1]
  > Traceback (most recent call last):
  >   File "<stdin>", line 1, in <module>
  > KeyError: 1
  > ```
  > MD
  $ sq check -q --doctest exc.md
  exc.md:2: L2: Failed example:
      [][1]
  Expected:
      Traceback (most recent call last):
        File "<stdin>", line 1, in <module>
      KeyError: 1
  Got:
      Traceback (most recent call last):
        File "<doctest exc.md[0]>", line 1, in <module>
          [][1]
          ~~^^^
      IndexError: list index out of range
  0 passed, 1 failed (1 example: 0 passed, 1 failed)
  [1]

More hostile sessions: one that leaves the interpreter, one that lets
KeyboardInterrupt through doctest, one that floods its output (the report
carries the first 4096 characters of it), one that prints a report of its
own before it leaves.

  $ cat > hostile.md <<'MD'
  > ```
  > >>> import os; os._exit(0)
  > ```
  > 
  > ```
  > >>> raise KeyboardInterrupt
  > ```
  > 
  > ```
  > >>> print("x" * 10**7)
  > x
  > ```
  > 
  > ```
  > >>> import os; n = os.write(1, b'\n{"results": []}\n'); os._exit(0)
  > ```
  > MD
  $ sq check -q --doctest hostile.md | cut -c1-90
  hostile.md:2: L2: the session left the interpreter before its end
  hostile.md:6: L6: KeyboardInterrupt stopped the session (doctest lets it through)
    KeyboardInterrupt
  hostile.md:10: L10: Failed example:
      print("x" * 10**7)
  Expected:
      x
  Got:
      xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  ... (9995969 more characters)
  hostile.md:15: L15: cannot run: the report does not match the session
  0 passed, 3 failed, 1 error (4 examples: 0 passed, 3 failed, 1 not run)

The same as JSON lines, one object per session: its file, line, id,
status, kind (what failed first: output, error, timeout, run) and, for a
failure, the message, then a summary record that counts the examples too.

  $ sq check -q --doctest -t 1 --format json readme.md > out.json
  [1]
  $ python3 -c 'import json, sys
  > for o in map(json.loads, sys.stdin):
  >     if "summary" in o:
  >         print({k: v for k, v in o["summary"].items() if k.startswith("examples")})
  >     else:
  >         print(o["file"], o["line"], o["id"], o["status"], o["kind"], o.get("message", "").split("\n")[0])' < out.json
  readme.md 4 L4 pass output 
  readme.md 12 L12 fail error readme.md:12: L12: Failed example:
  readme.md 21 L21 pass output 
  readme.md 28 L28 fail timeout readme.md:30: L28: timed out (wall-clock limit of 1 s)
  readme.md 34 L34 fail run readme.md:34: L34: blocked by the sandbox ([Errno 13] Permission denied: '/etc/passwd')
  {'examples': 9, 'examples_passed': 4, 'examples_failed': 4, 'examples_skipped': 0, 'examples_not_run': 1}

For an output or an exception that differs, "expected" and "actual" are
the first failing example's, as doctest compared them.

  $ python3 -c 'import json, sys
  > for o in map(json.loads, sys.stdin):
  >     if o.get("line") == 12:
  >         print(repr(o["expected"]), repr(o["actual"].splitlines()[-1]))' < out.json
  '6\n' "NameError: name 'total' is not defined"

--fail-fast starts nothing after the first failing session; --verbose
names the sessions that pass.

  $ sq check -q --doctest -x -j 1 readme.md
  readme.md:12: L12: Failed example:
      total
  Exception raised:
      Traceback (most recent call last):
        File "<doctest readme.md[0]>", line 1, in <module>
          total
      NameError: name 'total' is not defined
  readme.md:16: L12: Failed example:
      print("a", "b", sep="-")
  Expected:
      a b
  Got:
      a-b
  1 passed, 1 failed (5 examples: 3 passed, 2 failed; stopped at the first failure)
  [1]

The reader's test files (tests/doctest: output, tracebacks with "..." in
the middle, IGNORE_EXCEPTION_DETAIL, continuation lines, <BLANKLINE>,
+SKIP, reST blocks and a doctest directive's :options:) all pass, as
doctest runs them; a file without sessions is said, as doctest's "0
tests". Folders are searched for *.md, *.markdown and *.rst (doctest's
*.txt files are named).

  $ D="$BANKS/../doctest"
  $ sq check -q -v --doctest "$D/output.md" "$D/exceptions.md" "$D/continuation.md" "$D/rest.rst" "$D/testfile.txt" "$D/none.md" | sed "s|$D/||"
  continuation.md:4: L4: ok
  exceptions.md:4: L4: ok
  none.md:1: none: skipped: no doctest sessions (0 tests)
  output.md:6: L6: ok
  output.md:18: L18: ok
  output.md:29: L29: ok
  output.md:34: L34: ok
  output.md:42: L42: ok
  output.md:58: L58: ok
  output.md:71: L71: ok
  rest.rst:6: L6: ok
  rest.rst:12: L12: ok
  rest.rst:25: L25: ok
  rest.rst:31: L31: ok
  rest.rst:36: L36: ok
  rest.rst:52: L52: ok
  testfile.txt:4: L4: ok
  testfile.txt:9: L9: ok
  17 passed, 0 failed, 1 skipped (30 examples: 29 passed, 0 failed, 1 skipped)
  $ sq check -q --doctest "$D" | tail -n 1
  15 passed, 0 failed, 1 skipped (27 examples: 26 passed, 0 failed, 1 skipped)

Nothing to check at all is a failure; options that mean nothing here are
refused.

  $ sq check -q --doctest "$D/none.md" 2>&1 | sed "s|$D/||"
  none.md:1: none: skipped: no doctest sessions (0 tests)
  0 passed, 0 failed, 1 skipped (0 examples: 0 passed, 0 failed)
  snipquiz check: no doctest sessions to check
  $ sq check -q --doctest "$D/none.md" > /dev/null 2>&1
  [1]
  $ sq check --doctest --update readme.md
  snipquiz check: --update cannot be used with --doctest
  [2]
  $ sq check --doctest --profile readme.md
  snipquiz check: --profile cannot be used with --doctest
  [2]
  $ sq check --doctest
  snipquiz check: --doctest needs a PATH
  Try 'snipquiz check --help' for more information.
  [2]
