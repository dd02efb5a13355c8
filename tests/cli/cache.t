snipquiz check's result cache: results kept under a key that names all
that decides them, so a second check of an unchanged bank runs nothing.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ py() { "$PYTHON_EXE" -c "$@"; }
  $ cp "$BANKS/good.md" good.md
  $ export XDG_CACHE_HOME="$PWD/xdg"

The first check runs every item and keeps each result under
$XDG_CACHE_HOME/snipquiz, one file per run; the second says that all
three came from the cache, and reports the same.

  $ sq check -q -v good.md > first
  $ cat first
  good.md:5: floor-division-negative: ok
  good.md:20: zero-division: ok
  good.md:39: echo-input: ok
  3 passed, 0 failed (0 of 3 rerun under another hash seed)
  $ find xdg/snipquiz -type f ! -name pruned | wc -l
  3
  $ sq check -q -v good.md > second
  $ tail -n 1 second
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 3 from the cache)
  $ head -n 3 first > a; head -n 3 second > b; cmp a b && echo same
  same
  $ sq check -q --format json good.md | tail -n 1 | py 'import json, sys; d = json.load(sys.stdin)["summary"]; print(d["rerun"], d["cached"], d["cache_damaged"], d["note"])'
  0 3 0 0 of 3 rerun under another hash seed, 3 from the cache

Such a check starts no interpreter: its oracles only probe the sandbox,
for the warnings and the keys, and start at the first run the cache
cannot answer. This oracle program ($TEST_ORACLE, a build of its own and
so with keys of its own) only probes when ORACLE_NO_START is set: asked
to start an interpreter, it exits at once.

  $ SNIPQUIZ_ORACLE="$TEST_ORACLE" sq check -q --cache-dir lazy good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed)
  $ SNIPQUIZ_ORACLE="$TEST_ORACLE" ORACLE_NO_START=1 sq check -q --cache-dir lazy good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 3 from the cache)
  $ sed 's/print(-7 \/\/ 2)/print(-7 \/\/ 3)/; s/^-4$/-3/' good.md > new.md
  $ SNIPQUIZ_ORACLE="$TEST_ORACLE" ORACLE_NO_START=1 sq check -q --cache-dir lazy new.md 2>&1 | sed "s|$TEST_ORACLE|PROG|"
  oracle-no-start: not starting an interpreter
  snipquiz check: cannot start the oracle: PROG exited with status 3 before it was ready
  $ SNIPQUIZ_ORACLE="$TEST_ORACLE" sq check -q --cache-dir lazy new.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 2 from the cache)

An entry is a header line, the output, and a SHA-256 of all before it.
Changed to a wrong answer of the same length (a layout that still adds
up, a checksum that no longer does), it is found, run again and
replaced: the item passes with the true output, not the stored one.

  $ py 'import glob, sys
  > for p in glob.glob("xdg/snipquiz/*/*"):
  >     d = open(p, "rb").read()
  >     if b"\n-4\n" in d:
  >         open(p, "wb").write(d.replace(b"\n-4\n", b"\n-5\n"))
  >         print("tampered")'
  tampered
  $ sq check -q good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 2 from the cache, 1 damaged cache entry run again)
  $ sq check -q good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 3 from the cache)

A truncated entry, and one that is not a regular file, likewise.

  $ py 'import glob
  > for p in glob.glob("xdg/snipquiz/*/*"):
  >     d = open(p, "rb").read()
  >     if b"Hello, Ada" in d:
  >         open(p, "wb").write(d[:-1])'
  $ sq check -q good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 2 from the cache, 1 damaged cache entry run again)
  $ py 'import glob, os
  > for p in glob.glob("xdg/snipquiz/*/*"):
  >     if b"Hello, Ada" in open(p, "rb").read():
  >         os.unlink(p)
  >         os.mkfifo(p)'
  $ sq check -q good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 2 from the cache, 1 damaged cache entry run again)
  $ sq check -q good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 3 from the cache)

A change to what decides a result is a miss: the code of one item, the
stdin of another, a time limit for all.

  $ sed -i 's/print(-7 \/\/ 2)/print(-7 \/\/ 2 )/' good.md
  $ sq check -q good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 2 from the cache)
  $ sed -i 's/^Ada$/Bob/; s/Hello, Ada/Hello, Bob/' good.md
  $ sq check -q good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 2 from the cache)
  $ sq check -q --timeout 3 good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed)
  $ sq check -q --hash-seed 5 good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed)

--no-cache neither reads nor writes it; --cache-dir names another one
(a CI job's, kept between runs).

  $ sq check -q --no-cache good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed)
  $ sq check -q --no-cache --cache-dir ci good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed)
  $ test -e ci || echo none
  none
  $ sq check -q --cache-dir ci good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed)
  $ sq check -q --cache-dir ci good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 3 from the cache)
  $ find ci -type f ! -name pruned | wc -l
  3

Without XDG_CACHE_HOME (or with a relative one) it is ~/.cache/snipquiz.

  $ HOME="$PWD/home" XDG_CACHE_HOME= sq check -q good.md > /dev/null
  $ HOME="$PWD/home" XDG_CACHE_HOME=rel sq check -q good.md
  3 passed, 0 failed (0 of 3 rerun under another hash seed, 3 from the cache)
  $ find home/.cache/snipquiz -type f ! -name pruned | wc -l
  3
  $ test -e rel || echo none
  none

A cache that cannot be made is said once, and the check goes on.

  $ touch file
  $ sq check -q --cache-dir file/sub good.md
  snipquiz check: the result cache file/sub: Not a directory; checking without it
  3 passed, 0 failed (0 of 3 rerun under another hash seed)

Nor is one that others may write: whoever writes the entries decides
what check reports.

  $ mkdir shared && chmod 777 shared
  $ sq check -q --cache-dir shared good.md
  snipquiz check: the result cache shared: not a folder of this user's that only it may write; checking without it
  3 passed, 0 failed (0 of 3 rerun under another hash seed)

Timeouts are never kept: how far a run got depends on the machine's load.

  $ cat > slow.md <<'EOF'
  > # t
  > 
  > ## slow
  > - timeout: 0.5
  > 
  > ```python
  > while True:
  >     pass
  > ```
  > 
  > ```output
  > ```
  > EOF
  $ sq check -q --cache-dir slow slow.md | tail -n 1
  0 passed, 1 failed
  $ find slow -type f ! -name pruned | wc -l
  0
