Bad input ends fast with a clear error: folders that loop, files that are
not files, inputs too large to hold, banks behind symbolic links.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ printf 'print(input())\n' > echo.py

A bank, a program and its input must be regular files: a device or a
FIFO is refused when opened, never read (/dev/zero has no end) or waited
on (a FIFO without a writer).

  $ sq check -q /dev/zero
  snipquiz check: /dev/zero: not a regular file (a character device)
  0 passed, 0 failed
  [2]
  $ sq run -q /dev/zero
  snipquiz run: /dev/zero: not a regular file (a character device)
  [2]
  $ sq run -q --stdin /dev/zero echo.py
  snipquiz run: /dev/zero: not a regular file (a character device)
  [2]
  $ mkfifo fifo.md
  $ sq check -q fifo.md
  snipquiz check: fifo.md: not a regular file (a FIFO)
  0 passed, 0 failed
  [2]
  $ sq run -q fifo.md
  snipquiz run: fifo.md: not a regular file (a FIFO)
  [2]
  $ sq run -q 'fifo.md#floor-division-negative'
  snipquiz run: fifo.md: not a regular file (a FIFO)
  [2]
  $ sq run -q --stdin fifo.md echo.py
  snipquiz run: fifo.md: not a regular file (a FIFO)
  [2]
  $ sq run -q /
  snipquiz run: /: not a regular file (a directory)
  [2]

Standard input may be a pipe: `run -` reads the program from it, and
`--stdin -` the program's input.

  $ printf 'print(6 * 7)\n' | sq run -q -
  42
  $ printf 'Ada\n' | sq run -q --stdin - echo.py
  Ada

Sizes: a bank is at most 16 MiB, and so is what `run` reads as a program
or as its input. A larger one is refused before it is read, or as soon as
the limit is passed when its size is not known in advance (a pipe, or a
file that grows while it is read).

  $ truncate -s 16777217 big.md big.txt
  $ sq check -q big.md
  snipquiz check: big.md: larger than the limit of 16 MiB
  0 passed, 0 failed
  [2]
  $ sq run -q 'big.md#item'
  snipquiz run: big.md: larger than the limit of 16 MiB
  [2]
  $ sq run -q --stdin big.txt echo.py
  snipquiz run: big.txt: larger than the limit of 16 MiB
  [2]
  $ head -c 16777217 /dev/zero | sq run -q -
  snipquiz run: -: larger than the limit of 16 MiB
  [2]
  $ head -c 16777217 /dev/zero | sq run -q --stdin - echo.py
  snipquiz run: -: larger than the limit of 16 MiB
  [2]

16 MiB itself is allowed.

  $ truncate -s 16777216 exact.md exact.txt
  $ sq check -q exact.md
  exact.md:1: not a text file (it has NUL bytes)
  0 passed, 0 failed, 1 error
  [1]
  $ printf 'import sys\nprint(len(sys.stdin.buffer.read()))\n' > count.py
  $ sq run -q --stdin exact.txt count.py
  16777216
  $ rm big.md big.txt exact.md exact.txt

