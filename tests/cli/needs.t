Items that need more than the standard library (- needs:). Without it, a
run has the standard library alone on sys.path and cannot execute
anything; requests and pytest put Debian's dist-packages on sys.path;
subprocess lets the run execute the interpreter itself.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ cp "$BANKS/needs.md" .
  $ sq check -q needs.md 2>&1 | sed 's|/usr/bin/python3[.0-9]*|PYTHON|'
  needs.md:73: spawn-without-needs: blocked by the sandbox (execve)
    PermissionError: [Errno 1] Operation not permitted: 'PYTHON'
  4 passed, 1 failed (4 of 4 rerun under another hash seed)

What the oracle cannot give is skipped, with why, as an item for another
Python version is: without Landlock nothing would keep an executed program
to the interpreter, so an item that needs subprocess is skipped.

  $ SNIPQUIZ_SANDBOX_DISABLE=landlock sq check -q --format tap needs.md | grep -E '^(ok|not ok)'
  ok 1 - needs.md#stdlib-only
  ok 2 - needs.md#with-pytest
  ok 3 - needs.md#with-requests
  ok 4 - needs.md#with-subprocess # SKIP needs subprocess, which this sandbox cannot keep to the interpreter (no Landlock)
  not ok 5 - needs.md#spawn-without-needs

practice, questions and mock exams leave such items out and say why.

  $ mkdir bank && cp needs.md bank/
  $ SNIPQUIZ_SANDBOX_DISABLE=landlock sq questions -q -b bank --form output 2>&1 >/dev/null
  snipquiz questions: 1 item skipped: needs subprocess, which this sandbox cannot keep to the interpreter (no Landlock)
  snipquiz questions: 1 item skipped: it cannot be asked as output

run --needs gives a file what an item's "- needs:" gives it.

  $ printf 'import sys, subprocess\nprint(subprocess.run([sys.executable, "-c", "print(1)"]).returncode)\n' > spawn.py
  $ sq run -q --needs subprocess spawn.py
  1
  0
  $ sq run -q spawn.py 2>&1 | tail -1
  snipquiz run: blocked by the sandbox (execve)
  $ sq run -q --needs teleport spawn.py
  snipquiz run: unknown need 'teleport' (known: display, subprocess, requests, pytest)
  Try 'snipquiz run --help' for more information.
  [2]
