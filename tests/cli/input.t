Bad input ends fast with a clear error: folders that loop, files that are
not files, inputs too large to hold, banks behind symbolic links.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ printf 'print(input())\n' > echo.py

Folders: symbolic links are followed, but each folder is searched once
(known by its device and inode), so a link back to a folder above it ends
the search instead of repeating it forever, and a second way to the same
folder adds nothing. Real folders are searched before links, so a bank
is named by its path without a link.

  $ mkdir -p tree/real && cp "$BANKS/good.md" tree/real/
  $ ln -s . tree/real/self && ln -s .. tree/real/up && ln -s real tree/alias
  $ sq check -q -v tree
  tree/real/good.md:5: floor-division-negative: ok
  tree/real/good.md:20: zero-division: ok
  tree/real/good.md:39: echo-input: ok
  3 passed, 0 failed (0 of 3 rerun under another hash seed)
  $ sq check -q tree/alias tree
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 3 from the cache)

A link that leads nowhere, or to itself, is reported; the rest is checked.

  $ ln -s nowhere.md tree/real/gone.md && ln -s loop tree/loop
  $ sq check -q tree
  snipquiz check: tree/loop: Too many levels of symbolic links
  snipquiz check: tree/real/gone.md: No such file or directory
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 3 from the cache)
  [2]
  $ rm tree/loop tree/real/gone.md

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

A FIFO found in a folder is reported too, and the rest is checked.

  $ mkfifo tree/real/pipe.md
  $ sq check -q tree
  snipquiz check: tree/real/pipe.md: not a regular file (a FIFO)
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 3 from the cache)
  [2]
  $ rm tree/real/pipe.md

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

The Markdown parser of Debian 12 (cmark 0.30.2) takes time quadratic in
the image openers times the links of one paragraph (CVE-2023-22486): a
1 MB paragraph of them would take over a minute. Such a paragraph is
refused at its first line before it is parsed; the same brackets split
by blank lines are read.

  $ python3 -c 'print("## x\n\n" + "![[]()" * 200000)' > brackets.md
  $ sq check -q brackets.md
  brackets.md:3: a paragraph with more image and link brackets ("![" times "](") than the Markdown parser can read in reasonable time: split it with blank lines
  0 passed, 0 failed, 1 error
  [1]
  $ python3 -c 'print("## x\n\n" + ("![[]()" * 900 + "\n\n") * 10)' > split.md
  $ sq check -q split.md
  split.md:1: x: item has no ```python block
  0 passed, 0 failed, 1 error
  [1]
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

--update through a symbolic link rewrites the file the link names, in
that file's folder, and keeps the link and the file's mode.

  $ mkdir store && cp "$BANKS/wrong.md" store/bank.md && chmod 640 store/bank.md
  $ ln -s store/bank.md link.md
  $ sq check -q --update link.md | grep -E '^(updated|[0-9]+ passed)'
  updated 6 items in 1 file
  1 passed, 6 failed (0 of 1 rerun under another hash seed)
  $ test -L link.md && readlink link.md
  store/bank.md
  $ cmp store/bank.md "$BANKS/wrong.fixed.md"
  $ stat -c %a store/bank.md
  640
  $ ls -A store
  bank.md

A run killed before its rename leaves its temporary file,
.NAME.snipquiz-XXXXXX; the next --update of that bank removes it. Only
snipquiz's own are removed: that exact name, a regular file of this user
with one link, untouched for a minute and not locked by a snipquiz still
writing it.

  $ cp "$BANKS/wrong.md" store/bank.md
  $ cd store
  $ touch -d '1 hour ago' .bank.md.snipquiz-Ab12Cd .bank.md.snipquiz-Ef34Gh \
  >     .bank.md.snipquiz-Ij56Kl .bank.md.snipquiz-Mn78 .bank.md.backup \
  >     .other.md.snipquiz-St12Uv
  $ ln .bank.md.snipquiz-Ij56Kl hardlink
  $ touch .bank.md.snipquiz-Op90Qr
  $ cd ..
  $ flock store/.bank.md.snipquiz-Ef34Gh "$SNIPQUIZ" check -q --update link.md | grep -E '^(updated|[0-9]+ passed)'
  updated 6 items in 1 file
  1 passed, 6 failed (0 of 1 rerun under another hash seed, 7 from the cache)
  $ ls -A store
  .bank.md.backup
  .bank.md.snipquiz-Ef34Gh
  .bank.md.snipquiz-Ij56Kl
  .bank.md.snipquiz-Mn78
  .bank.md.snipquiz-Op90Qr
  .other.md.snipquiz-St12Uv
  bank.md
  hardlink
