snipquiz run: a Python file in the oracle, as `python3 FILE </dev/null`
would run it.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ printf 'print("hello")\n' > hello.py
  $ sq run -q hello.py
  hello

stdout and stderr stay apart; the exit status is python3's.

  $ printf 'import sys\nprint("out")\nprint("err", file=sys.stderr)\nsys.exit(3)\n' > exit3.py
  $ sq run -q exit3.py 2>/dev/null
  out
  [3]
  $ sq run -q exit3.py 2>&1 >/dev/null
  err
  [3]

An uncaught exception: the traceback python3 prints, exit status 1.

  $ printf 'x = 0\nprint(10 / x)\n' > zero.py
  $ sq run -q zero.py
  Traceback (most recent call last):
    File "*/zero.py", line 2, in <module> (glob)
      print(10 / x)
            ~~~^~~
  ZeroDivisionError: division by zero
  [1]

Standard input is empty unless given, so input() raises EOFError.

  $ printf 'name = input("Name? ")\nprint("Hi", name)\n' > ask.py
  $ sq run -q ask.py 2>&1 | tail -n 1
  EOFError: EOF when reading a line
  $ printf 'Ada\n' > answers.txt
  $ sq run -q --stdin answers.txt ask.py
  Name? Hi Ada

Output is UTF-8 whatever snipquiz's own locale (cram runs this in C).

  $ printf 'print("caf\\u00e9 \\u4e2d", len("\\u4e2d"))\n' | sq run -q -
  caf\xc3\xa9 \xe4\xb8\xad 1 (esc)

A program from standard input is named <stdin>, as python3 - names it.

  $ printf 'print(6 * 7)\nraise ValueError("bad")\n' | sq run -q -
  42
  Traceback (most recent call last):
    File "<stdin>", line 2, in <module>
  ValueError: bad
  [1]

Verdicts other than ok and raised are named on stderr and set the exit
status: 124 for a timeout. The snippet first gets Ctrl-C, so its output
so far is kept.

  $ printf 'print("working", flush=True)\nwhile True:\n    pass\n' > spin.py
  $ sq run -q --timeout 0.5 spin.py 2>/dev/null
  working
  [124]
  $ sq run -q --timeout 0.5 spin.py 2>&1 >/dev/null | tail -n 1
  snipquiz run: timed out (wall-clock limit of 0.5 s)

137 for the memory limit, 128+N for a crash by signal N.

  $ printf 'x = bytearray(10 ** 10)\n' > hog.py
  $ sq run -q hog.py 2>&1 | tail -n 1
  snipquiz run: hit the memory limit (address space: 448 of its 512 MiB)
  $ sq run -q --memory 64M hog.py 2>/dev/null
  [137]

The memory limit counts its files too (an eighth of it: its scratch
directory, /dev/shm, memfds); a full one is the memory limit as well.
Below 64M an interpreter cannot start: refused.

  $ printf 'with open("big", "wb") as f:\n    for i in range(40):\n        f.write(bytes(1 << 20))\n' > files.py
  $ sq run -q --memory 128M files.py 2>&1 | tail -n 1
  snipquiz run: hit the memory limit (files: 16 of its 128 MiB)
  $ sq run -q --memory 8M hog.py
  snipquiz run: --memory must be at least 64M: the interpreter alone spans about 28M
  Try 'snipquiz run --help' for more information.
  [2]
  $ printf 'import ctypes\nctypes.string_at(0)\n' > crash.py
  $ sq run -q crash.py
  snipquiz run: crashed (signal 11, Segmentation fault)
  [139]

The sandbox refuses to start programs, and says so.

  $ printf 'import os\nprint(os.system("echo escaped"))\n' > shell.py
  $ sq run -q shell.py
  32512
  snipquiz run: blocked by the sandbox (execve)
  [125]

It runs as nobody, in a user namespace of its own, whoever runs snipquiz.

  $ printf 'import os\nprint(os.getuid(), os.geteuid(), os.getgid())\n' > uid.py
  $ sq run -q uid.py
  65534 65534 65534

Output beyond the limit is dropped, and the flood stopped.

  $ printf 'while True:\n    print("y" * 99)\n' > flood.py
  $ sq run -q --max-output 1k flood.py | wc -c
  snipquiz run: hit the output limit (more than 1024 bytes on stdout)
  snipquiz run: output limit: kept the first 1024 bytes of each stream, dropped * of stdout and 0 of stderr (glob)
  1024

The hash seed is fixed (0) unless asked otherwise, so set order repeats.

  $ printf 'print(list({"apple", "banana", "cherry", "date"}))\n' > order.py
  $ sq run -q order.py
  ['date', 'banana', 'cherry', 'apple']
  $ sq run -q --hash-seed 0 order.py
  ['date', 'banana', 'cherry', 'apple']

--json gives the whole result as one object.

  $ sq run -q --json zero.py
  {
    "verdict": "raised",
    "stdout": "",
    "stderr": "Traceback (most recent call last):\n  File \"*/zero.py\", line 2, in <module>\n    print(10 / x)\n          ~~~^~~\nZeroDivisionError: division by zero\n", (glob)
    "stdout_dropped": 0,
    "stderr_dropped": 0,
    "exception": {
      "type": "ZeroDivisionError",
      "message": "division by zero",
      "line": 2
    },
    "exit_code": 1,
    "signal": null,
    "blocked": null,
    "detail": null,
    "wall_time": *, (glob)
    "cpu_time": *, (glob)
    "max_rss_kb": * (glob)
  }
  [1]

Bytes that are not UTF-8 show as U+FFFD in JSON (raw output is unchanged).

  $ printf 'import sys\nsys.stdout.buffer.write(b"caf\\xe9\\n")\n' > latin1.py
  $ sq run -q latin1.py | od -c | head -n 1
  0000000   c   a   f 351  \n
  $ sq run -q --json latin1.py | grep '"stdout"'
    "stdout": "caf\xef\xbf\xbd\\n", (esc)

One item of a bank: BANK.md#ID, with the item's own stdin.

  $ sq run -q "$BANKS/good.md#echo-input"
  Name? Hello, Ada
  $ sq run -q "$BANKS/good.md#zero-division"
  before
  Traceback (most recent call last):
    File "main.py", line 2, in <module>
      print(1 / 0)
            ~~^~~
  ZeroDivisionError: division by zero
  [1]
A gap item runs with its blank filled by its ```fill block.

  $ sq run -q "$BANKS/forms.md#last-item-gap"
  3
  $ sq run -q "$BANKS/good.md#nope"
  snipquiz run: */good.md: no item 'nope' (glob)
  [2]

Mistakes in the command line are usage errors (exit status 2).

  $ sq run -q
  snipquiz run: what should it run? Give a FILE, - or BANK.md#ID
  Try 'snipquiz run --help' for more information.
  [2]
  $ sq run -q missing.py
  snipquiz run: missing.py: No such file or directory
  [2]
  $ sq run --timeout soon hello.py
  snipquiz run: --timeout wants a number of seconds, not 'soon'
  Try 'snipquiz run --help' for more information.
  [2]
  $ sq run --stdin
  snipquiz run: option '--stdin' wants a value
  Try 'snipquiz run --help' for more information.
  [2]
  $ sq run --bogus hello.py
  snipquiz run: unknown option '--bogus'
  Try 'snipquiz run --help' for more information.
  [2]
