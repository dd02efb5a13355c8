Options judged by the real style checkers (pycodestyle, pydocstyle,
pep8-naming): each option is a code fragment the checker reads as text
inside the oracle's sandbox; check compares the marks with its verdicts.
Skipped where the oracle cannot import the checkers (Debian packages
python3-pycodestyle, python3-pydocstyle, python3-pep8-naming).

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ if sq check -q "$BANKS/style.md" | grep -q skipped; then exit 80; fi

Marks that agree with the checkers pass.

  $ sq check -q -v "$BANKS/style.md" | sed "s|$BANKS/||"
  style.md:3: operator-spacing: ok
  style.md:15: blank-lines: ok
  style.md:31: line-length: ok
  style.md:54: docstrings: ok
  style.md:68: names: ok
  style.md:82: rule-codes: ok
  style.md:104: module-docstring-code: ok
  7 passed, 0 failed (1 of 7 rerun under another hash seed, 7 from the cache)

A mark that disagrees is a failure at the option's line, with what the
checker reported.

  $ sq check -q "$BANKS/style-wrong.md" | sed "s|$BANKS/||"
  style-wrong.md:7: marks-disagree: option '[x] import os, sys' is marked right but pycodestyle reports E401 multiple imports on one line (line 1)
  style-wrong.md:8: marks-disagree: option '[ ] import os' is marked wrong but pycodestyle reports nothing
  style-wrong.md:19: codes-disagree: option '[x] E501 line too long' is marked right but pycodestyle does not report it on the program
  style-wrong.md:20: codes-disagree: option '[ ] E225 missing whitespace around operator' is marked wrong but pycodestyle reports E225 missing whitespace around operator (line 1)
  0 passed, 2 failed

`check --update` rewrites keys, never marks: the checker's verdict is
for the author to read.

  $ cp "$BANKS/style-wrong.md" w.md
  $ sq check -q --update w.md > /dev/null
  [1]
  $ cmp "$BANKS/style-wrong.md" w.md && echo marks unchanged
  marks unchanged

The checkers' configuration is pinned (max-line-length 79, each tool's
default select and ignore, pydocstyle's pep257): the user's and the
project's configuration files change nothing.

  $ mkdir -p home/.config xdg
  $ printf '[pycodestyle]\nmax-line-length = 200\nignore = E2,E3,E4,E5,W\n' > home/.config/pycodestyle
  $ cp home/.config/pycodestyle xdg/pycodestyle
  $ printf '[pycodestyle]\nmax-line-length = 200\nignore = E2,E3,E4,E5,W\n[pydocstyle]\nconvention = google\nadd-ignore = D103,D300,D400,D403\n' > setup.cfg
  $ cp setup.cfg tox.ini
  $ cp setup.cfg .pydocstyle
  $ HOME=$PWD/home XDG_CONFIG_HOME=$PWD/xdg sq check -q "$BANKS/style.md"
  7 passed, 0 failed (1 of 7 rerun under another hash seed, 7 from the cache)

The driver pins it itself too: run outside the sandbox, where those
files are readable, it still reports E225 and E501.

  $ long=$(head -c 90 /dev/zero | tr '\0' a)
  $ printf '{"checker": "pycodestyle", "path": ["/usr/lib/python3/dist-packages"], "frags": ["x=1", "y = 1  # %s"]}' "$long" | HOME=$PWD/home XDG_CONFIG_HOME=$PWD/xdg /usr/bin/python3 -I -S "$BANKS/../../src/style_driver.py" | grep -o '"[EW][0-9]*"'
  "E225"
  "E501"

Without the checker, the items are skipped with the reason.

  $ SNIPQUIZ_CHECKERS_PATH=/nonexistent sq check -q -v "$BANKS/style.md" | sed "s|$BANKS/||"
  style.md:3: operator-spacing: skipped: needs pycodestyle (Debian package python3-pycodestyle), which the oracle cannot import
  style.md:15: blank-lines: skipped: needs pycodestyle (Debian package python3-pycodestyle), which the oracle cannot import
  style.md:31: line-length: skipped: needs pycodestyle (Debian package python3-pycodestyle), which the oracle cannot import
  style.md:54: docstrings: skipped: needs pydocstyle (Debian package python3-pydocstyle), which the oracle cannot import
  style.md:68: names: skipped: needs pep8-naming (Debian package python3-pep8-naming), which the oracle cannot import
  style.md:82: rule-codes: skipped: needs pycodestyle (Debian package python3-pycodestyle), which the oracle cannot import
  style.md:104: module-docstring-code: skipped: needs pydocstyle (Debian package python3-pydocstyle), which the oracle cannot import
  0 passed, 0 failed, 7 skipped
  $ SNIPQUIZ_CHECKERS_PATH=/nonexistent sq questions --bank "$BANKS/style.md" --objective "PCPP-32-101 2.2"
  snipquiz questions: 1 item skipped: pycodestyle gave no verdict on its fragments (it needs the Debian package python3-pycodestyle)
  snipquiz questions: 1 item skipped: pydocstyle gave no verdict on its fragments (it needs the Debian package python3-pydocstyle)
  snipquiz questions: no questions left
  [1]

In practice each option says what its checker found, right or wrong,
and the explanation says whose key it is.

  $ printf 'B\nBD\n' | sq practice -q --db p.db --bank "$BANKS/style.md" --seed 1 --count 2 --objective "PCPP-32-101 2.2"
  
  Question 1 of 2  PCPP-32-101 2.2
  Which of these docstrings follows PEP 257 (as pydocstyle checks it)?
    A) def area(w, h):
           return w * h
    B) def area(w, h):
           """returns the area"""
           return w * h
    C) def area(w, h):
           """Return the area of a w by h rectangle."""
           return w * h
  answer> B
  Wrong: the answer is C.
    A) def area(w, h):   <- pydocstyle: D103 Missing docstring in public function (line 1)
           return w * h
    B) def area(w, h):   <- pydocstyle: D400 First line should end with a period (line 2); D401 First line should be in imperative mood (line 2); D403 First word of the first line should be properly capitalized (line 2)
           """returns the area"""
           return w * h
    C) def area(w, h):   <- pydocstyle: nothing to report
           """Return the area of a w by h rectangle."""
           return w * h
  
  (Key: what pydocstyle reports on each option, read as text, never run.)
  
  Question 2 of 2  PCPP-32-101 2.2
  This program runs and prints 1. Which two PEP 8 rules does it break?
  (Select two answers)
    1 | import os, sys
    2 | x=1
    3 | print(x)
    A) E501 line too long
    B) E225 missing whitespace around operator
    C) E302 expected 2 blank lines
    D) E401 multiple imports on one line
  answer> BD
  Right.
    A) E501 line too long   <- pycodestyle: not reported on this code
    B) E225 missing whitespace around operator   <- pycodestyle: E225 missing whitespace around operator (line 2)
    C) E302 expected 2 blank lines   <- pycodestyle: not reported on this code
    D) E401 multiple imports on one line   <- pycodestyle: E401 multiple imports on one line (line 1)
  
  (Key: what pycodestyle reports on the program.)
  
  2 answered, 1 right (50%)
    PCPP-32-101 2.2  1 right, 1 wrong
  Next review: tomorrow (1 item)

A fragment is never run: each option of these items would end the
judge's process (os._exit) before it reports, or print, write a file or
signal pid 1, if it ran; pydocstyle's eval of `__all__` included (the
driver shadows it with ast.literal_eval). Every item is judged. A
fragment nested past what Python can parse is reported as flake8 reports
it (E999).

  $ sq check -q -v "$BANKS/style-hostile.md" | sed "s|$BANKS/||"
  style-hostile.md:7: fstring-in-dunder-all: ok
  style-hostile.md:16: statements-that-would-run: ok
  style-hostile.md:25: names-that-would-run: ok
  style-hostile.md:35: too-deep-to-parse: ok
  style-hostile.md:43: not-utf8: ok
  5 passed, 0 failed (0 of 5 rerun under another hash seed)

A fragment on which a checker breaks gives no verdict: the item fails,
naming why (pep8-naming recurses once per level of the tree).

  $ { printf '## deep\n- objective: PCPP-32-101 2.1\n\n```options pep8-naming clean\n[x] x = '; head -c 1000 /dev/zero | tr '\0' '-'; printf '1\n[ ] x = 1\n```\n'; } > deep.md
  $ sq check -q deep.md | sed 's/RecursionError: .*/RecursionError: .../'
  deep.md:4: deep: the options could not be judged: pep8-naming failed on option 1: RecursionError: ...
  0 passed, 1 failed

A fragment longer than 2048 bytes is refused where the bank is read.

  $ { printf '## huge\n- objective: PCPP-32-101 2.1\n\n```options pycodestyle clean\n[x] x = 1\n[ ] x = "'; head -c 3000 /dev/zero | tr '\0' 'a'; printf '"\n```\n'; } > huge.md
  $ sq check -q huge.md
  huge.md:6: huge: a fragment for pycodestyle has at most 2048 bytes
  0 passed, 0 failed, 1 error
  [1]
