snipquiz check --guard: the determinism guard runs an item again, under
another hash seed, when its output may depend on the seed or on memory
addresses (--guard auto, the default: guard.c's rule), on every item
(always) or on none (never).

  $ sq() { "$SNIPQUIZ" "$@"; }

Items whose output changes with the hash seed or shows an address: a set
display, a loop over a set, an address in an exception's message (the
key names the type only, so the first run passes), a set made by a dict
view operator inside a function, a frozenset reached through an allowed
import (sys.stdlib_module_names); and one stable item. (Their keys are
filled in by the first run below.)

  $ cat > hash.md <<'EOF'
  > # Items whose output depends on the hash seed or on addresses
  > 
  > ## set-display
  > ```python
  > print({'apple', 'banana', 'cherry', 'date'})
  > ```
  > 
  > ```output
  > {'apple', 'banana', 'cherry', 'date'}
  > ```
  > 
  > ## set-loop
  > ```python
  > words = 'to be or not to be that is the question'.split()
  > for w in set(words):
  >     print(w)
  > ```
  > 
  > ```output
  > x
  > ```
  > 
  > ## address
  > ```python
  > class Box:
  >     pass
  > 
  > print(len('x'))
  > raise ValueError(Box())
  > ```
  > 
  > ```output
  > 1
  > ```
  > 
  > ```error
  > ValueError
  > ```
  > 
  > ## hidden-in-call
  > ```python
  > def unique(xs):
  >     return list(dict.fromkeys(xs).keys() - dict.fromkeys('').keys())
  > 
  > print(unique(['alpha', 'beta', 'gamma', 'delta']))
  > ```
  > 
  > ```output
  > x
  > ```
  > 
  > ## hidden-in-import
  > ```python
  > import sys
  > print(list(sys.stdlib_module_names)[:4])
  > ```
  > 
  > ```output
  > x
  > ```
  > 
  > ## stable
  > ```python
  > print(sorted(['b', 'a']), 7 // 2)
  > ```
  > 
  > ```output
  > ['a', 'b'] 3
  > ```
  > EOF

Their keys as the first oracle (hash seed 0) gives them: with one run
each, every item passes.

  $ sq check -q --no-cache --update --guard never hash.md | grep -v '^[-+@ ]'
  hash.md:8: set-display: output differs
  hash.md:19: set-loop: output differs
  hash.md:48: hidden-in-call: output differs
  hash.md:58: hidden-in-import: output differs
  updated 4 items in 1 file
  2 passed, 4 failed
  $ sq check -q --no-cache --guard never hash.md
  6 passed, 0 failed

The rule skips none of the five: each is run again, and four are found
unstable. The address item passes its second run: its key is the type
alone, and the two oracles of one check happen to lay out memory alike;
it is run again all the same (the log below says why). The stable item
runs once.

  $ sq check -q --no-cache hash.md | grep -v '^[-+@ ]'
  hash.md:4: set-display: unstable output: it differs from one run to the next (string sets, dict order from sets, times, ids)
  hash.md:13: set-loop: unstable output: it differs from one run to the next (string sets, dict order from sets, times, ids)
  hash.md:48: hidden-in-call: unstable output: it differs from one run to the next (string sets, dict order from sets, times, ids)
  hash.md:60: hidden-in-import: unstable output: it differs from one run to the next (string sets, dict order from sets, times, ids)
  2 passed, 4 failed (5 of 6 rerun under another hash seed)

--guard always runs all six again (today's behaviour before auto);
the summary does not count them.

  $ sq check -q --no-cache --guard always hash.md | tail -n 1
  2 passed, 4 failed

The reason per item, for the tests (tests/guard.test proves the rule on
the bundled banks): SNIPQUIZ_GUARD_LOG names a file.

  $ SNIPQUIZ_GUARD_LOG=log sq check -q --no-cache hash.md > /dev/null
  [1]
  $ sort log
  hash.md#address\ta memory address in what it printed (esc)
  hash.md#hidden-in-call\ta dict view with a set operator (esc)
  hash.md#hidden-in-import\tstdlib_module_names (esc)
  hash.md#set-display\ta set display or comprehension (esc)
  hash.md#set-loop\tset (esc)
  hash.md#stable\t- (esc)

  $ sq check -q --guard sometimes hash.md
  snipquiz check: --guard wants auto, always or never, not 'sometimes'
  Try 'snipquiz check --help' for more information.
  [2]
