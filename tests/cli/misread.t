Authored misreadings: a ```misread LABEL block holds the whole program as
a learner misreads it. check runs each one; practice offers its answer
as a wrong option labelled by what the learner believed.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ py() { "$PYTHON_EXE" -c "$@"; }
  $ cp "$BANKS/misread.md" "$BANKS/misread-bad.md" "$BANKS/misread-update.md" .

Misreadings that each run to an answer of their own pass.

  $ sq check -q -v misread.md
  misread.md:6: range-sum: ok
  misread.md:51: round-half: ok
  misread.md:70: gap-slice: ok
  misread.md:94: syntax-error-first: ok
  4 passed, 0 failed

One that gives the true answer, the same answer as another, does not
compile or does not end fails its item, each named at its block; a block
that breaks the format is a parse error (an empty or too short label, a
label given twice, a copy of the program, more than 8, no program).

  $ sq check -q --timeout 1 misread-bad.md > out; echo "exit $?"
  exit 1
  $ sed 's/: timed out (.*)$/: timed out/' out
  misread-bad.md:18: bad-misreads: misreading '// taken as rounding down' gives the true answer
  misread-bad.md:26: bad-misreads: misreading '// taken as rounding halves up' gives the same answer as '// taken as rounding' (line 22)
  misread-bad.md:30: bad-misreads: misreading '// taken as a broken operator' does not compile: SyntaxError: invalid syntax (main.py, line 1)
  misread-bad.md:34: bad-misreads: misreading 'the division taken as endless' does not run to an answer: timed out
  misread-bad.md:52: parse-errors: a ```misread block is labelled by what the learner believed, 3 to 60 characters (```misread range end taken as inclusive), not 2
  misread-bad.md:60: parse-errors: misreading 'a one taken as a two' is given twice (the first at line 56)
  misread-bad.md:77: same-as-program: misreading 'the program read as it is' is the program itself: change what the learner misreads
  misread-bad.md:120: nine: more than 8 ```misread blocks: an item has at most 8
  misread-bad.md:132: no-program: a ```misread block in an item with no ```python block: a misreading is the item's program as misread
  0 passed, 1 failed, 5 errors

The reports for CI count them like wrong keys.

  $ sq check -q --timeout 1 --format json misread-bad.md | py 'import json, sys; [print(o.get("id"), o["status"], o["kind"], o["line"]) if "summary" not in o else print(o["summary"]["failed"], o["summary"]["errors"]) for o in map(json.loads, sys.stdin)]'
  bad-misreads fail misread 3
  None error parse 52
  None error parse 60
  None error parse 77
  None error parse 120
  None error parse 132
  1 5
  $ sq check -q --timeout 1 --format tap misread-bad.md | grep -E '^(not )?ok'
  not ok 1 - misread-bad.md#bad-misreads
  not ok 2 - misread-bad.md:52
  not ok 3 - misread-bad.md:60
  not ok 4 - misread-bad.md:77
  not ok 5 - misread-bad.md:120
  not ok 6 - misread-bad.md:132
  $ sq check -q --timeout 1 --format junit misread-bad.md | py 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.stdin).getroot(); print(r.get("tests"), r.get("failures"), r.get("errors"))'
  6 1 5

--update rewrites a wrong key, never a misread block.

  $ sq check -q --update misread-update.md
  misread-update.md:10: floor-division: output differs
  --- expected
  +++ actual
  @@ -1 +1 @@
  -3.5
  +3
  updated 1 item in 1 file
  0 passed, 1 failed
  [1]
  $ cat misread-update.md
  # A wrong key beside an authored misreading (used by tests/cli/misread.t)
  
  ## floor-division
  - objective: PCEP-30-02 1.4
  
  ```python
  print(7 // 2)
  ```
  
  ```output
  3
  ```
  
  ```misread // taken for true division
  print(7 / 2)
  ```
  
  The key is the misreading's answer: --update fixes the key only.
  $ sq check -q misread-update.md
  1 passed, 0 failed

practice offers an authored misreading's answer as a wrong option, with
its label (authored misreadings rank before code mutants).

  $ printf 'A\n' | sq practice -q --db p.db --bank misread.md --form choice --seed 1 --count 1 --objective "PCEP-30-02 1.4"
  
  Question 1 of 1  PCEP-30-02 1.4
  What does this program print?
    1 | print(round(2.5), round(3.5))
    A) 2.0 4.0
    B) 3 4
    C) 2 4
    D) 2 3
  answer> A
  Wrong: the answer is C.
    A) 2.0 4.0   <- round(x) taken as giving a float (3.0, not 3)
    B) 3 4   <- round taken as rounding halves up
    C) 2 4   <- what the program does
    D) 2 3   <- round() taken as truncating
  You misread line 1 (`print(round(2.5), round(3.5))`): round(x) taken as giving a float (3.0, not 3).
  
  Halves go to the even neighbour.
  
  1 answered, 0 right (0%)
    PCEP-30-02 1.4   0 right, 1 wrong
  Misreadings made:
    round(x) taken as giving a float (3.0, not 3)
  Next review: tomorrow (1 item)

After a wrong answer, practice names the misreading it made and the line
where it bites: a picked option's, or, for a typed output, every
misreading whose run prints what was typed (run only when the answer is
wrong). An authored misreading that changes one line shows that line as
misread; one that adds a line shows the line it follows.

  $ printf '4\n\n' | sq practice -q --db t.db --bank misread.md --form output --seed 1 --count 1 --objective "PCEP-30-02 3.1" | sed -n '/^Wrong/,$p'
  Wrong. The program prints:
  6
  --- your answer
  +++ the program
  @@ -1 +1 @@
  -4
  +6
  You read line 2 (`for i in range(1, 4):`) as `for i in range(1, 4, 2):`: the step taken as 2.
  
  `range(1, 4)` stops before 4: 1 + 2 + 3.
  
  1 answered, 0 right (0%)
    PCEP-30-02 3.1   0 right, 1 wrong
  Misreadings made:
    the step taken as 2
  Next review: tomorrow (1 item)
  $ printf '1\n\n' | sq practice -q --db t.db --bank misread.md --form output --seed 1 --count 1 --objective "PCEP-30-02 3.1" | grep '^You'
  You misread line 3 (`total += i`): the loop body taken as running once.

An answer no misreading gives names none; a right one runs none.

  $ printf '7\n\n' | sq practice -q --db t.db --bank misread.md --form output --seed 1 --count 1 --objective "PCEP-30-02 3.1" | grep -c '^You'
  0
  [1]

A generator template may carry misread blocks, its ${name} values
expanded like its program's; gen writes them into every variant where
they give an answer other than the truth's, and check judges them in
each variant it draws.

  $ sq gen -q -g "$BANKS/generators.md" --seed 5 --count 1 floor-div | sed -n '/^```misread/,/^```$/p'
  ```misread // taken as rounding toward zero
  x = -25
  y = 2
  print(int(x / y), x % y)
  ```

A misreading that gives the true answer in a variant (2 + 2 is 2 * 2)
misreads nothing there: that variant leaves it out. One that gives the
true answer in every variant drawn fails the template. One that gives
the truth in the three variants check draws first may bite in a rarer
draw: check looks at up to 12 variants before it fails one.

  $ sq gen -q -g "$BANKS/misread-gen.md" --seed 1 --count 3 double | grep -c '^```misread'
  5
  $ sq gen -q -g "$BANKS/misread-gen.md" --seed 1 --count 3 double | grep -A1 '^```misread \* taken for +'
  ```misread * taken for +
  print(4 + 2)
  --
  ```misread * taken for +
  print(3 + 2)
  $ sq check -q "$BANKS/misread-gen.md" | sed "s|$BANKS/||"
  misread-gen.md:21: double: misreading 'the order of the operands taken as mattering' gives the true answer, or an earlier misreading's, in each of the 3 variants drawn
  2 passed, 1 failed

A template misreading that does not compile in a draw is left out of
that variant too, so gen never writes it; check fails the template when
it draws such a variant.

  $ sq check -q "$BANKS/misread-gen-broken.md" | sed "s|$BANKS/||"
  misread-gen-broken.md:8: halve: in variant 0:halve:6:
  misread-gen-broken.md:17: halve: misreading '// taken for true division' does not compile: SyntaxError: invalid syntax (main.py, line 1)
  0 passed, 1 failed
  $ sq gen -q -g "$BANKS/misread-gen-broken.md" --seed 0 --count 3 halve | grep -A1 '^```misread' | grep -v '^--'
  ```misread // taken for true division
  print(4 / 2)
  ```misread the half taken as one more
  print(4 // 2 + 1)
  ```misread // taken for true division
  print(8 / 2)
  ```misread the half taken as one more
  print(8 // 2 + 1)
  ```misread the half taken as one more
  print(6 // 2 + 1)

A label holding a backtick is written with a tilde fence.

  $ sq gen -q -g "$BANKS/misread-gen.md" --seed 1 --count 1 backtick-label | sed -n '/^~~~misread/,/^~~~$/p'
  ~~~misread `//` taken for true division
  print(7 / 2)
  ~~~

Under a backtick fence such a label is no fence at all (CommonMark reads
the line as text, and its closing line opens a block that swallows the
rest): check says so, and how to write it.

  $ sq check -q "$BANKS/misread-backtick.md" | sed "s|$BANKS/||"
  misread-backtick.md:11: bt: a block opened with backticks cannot have a backtick in its info (CommonMark reads it as text): open it with ~~~ and close it with ~~~
  0 passed, 0 failed, 1 error

A misreading that raises SyntaxError after printing (the learner takes a
syntax error for one raised when its line is reached) reads as raising;
only a program that prints nothing and does not compile is "erroneous".

  $ sq questions -q --bank misread.md --form choice --seed 1 --objective "PCEP-30-02 1.1" | py 'import json, sys; [print(repr(o["text"]), o["source"]) for q in map(json.loads, sys.stdin) for o in q["options"]]'
  '(nothing is printed)' generic
  '(the code is erroneous: SyntaxError)' truth
  'Start\n(raises SyntaxError)' misreading

A misreading runs with random seeded (the truth never is), so one that
draws random numbers gives the same option every time, where it used to
be dropped when its two runs differed.

  $ for i in 1 2; do sq questions -q --bank "$BANKS/misread-random.md" --form choice --stem output --seed 1 | py 'import json, sys; [print(repr(o["text"]), o["source"]) for q in map(json.loads, sys.stdin) for o in q["options"]]'; done
  'True int' truth
  'True 4' misreading
  'True 5.222' misreading
  'Trueint' misreading
  'True int' truth
  'True 4' misreading
  'True 5.222' misreading
  'Trueint' misreading

A misreading that could print differently from one run to the next (it
reads a clock, starts threads, prints ids) runs twice and is offered
only when both runs agree; the others are taken on their one run.

  $ sq questions -q --bank "$BANKS/misread-volatile.md" --form choice --stem output --seed 1 | py 'import json, sys; [print(repr(o["text"]), o["source"]) for q in map(json.loads, sys.stdin) for o in q["options"]]'
  '7' truth
  '3' misreading
  '52' misreading
  '(nothing is printed)' generic
