The question forms beyond typing the output: gaps, a bank's own options
(one right, or "select two"), statements to select, and :trace after an
answer. Every answer is run or judged by the oracle.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ P() { sq practice -q --db p.db --bank "$BANKS/forms.md" --seed 1 "$@"; }

A gap: the options are the key beside what misreadings of the fill's
line put in its place (code mutants of the program, each named), then
near fills, each run: one that gives the required output too is never
offered as wrong, and each wrong one says what it gives instead.

  $ printf 'A\n' | P --form gap --objective "PCEP-30-02 3.1" --count 1
  
  Question 1 of 1  PCEP-30-02 3.1
  Which index gives the last item?
  Which of these, put in place of ___, makes the program print:
  3
    1 | x = [1, 2, 3]
    2 | print(x[___])
    A) -1
    B) 0
    C) 1
    D) -2
  answer> A
  Right.
    A) -1   <- the answer
    B) 0   <- negative indexes counted from -0: it then prints 1
    C) 1   <- the minus sign overlooked: it then prints 2
    D) -2   <- x[-1] taken as the second-to-last: it then prints 2
  
  Negative indexes count from the end: `x[-1]` is the last item, and so is
  `x[len(x) - 1]`.
  
  1 answered, 1 right (100%)
    PCEP-30-02 3.1   1 right, 0 wrong
  Next review: in 2 days (1 item)

With fewer than two wrong fills the fill is typed: any completion that
gives the required output counts, not only the bank's key (here len(x) -
2 instead of 0); one that does not is wrong, with what it gives instead.

  $ cat > typed.md <<'EOF'
  > ## plus-gap
  > - objective: PCEP-30-02 1.4
  > 
  > ```python
  > x = [5, 6]
  > print(x[0] + ___)
  > ```
  > 
  > ```fill
  > 0
  > ```
  > EOF
  $ printf 'len(x) - 2\n' | sq practice -q --db typed.db --bank typed.md --form gap
  
  Question 1 of 1  PCEP-30-02 1.4
  Fill in the blank (___) so that the program prints:
  5
    1 | x = [5, 6]
    2 | print(x[0] + ___)
  answer> len(x) - 2
  Right.
  The bank's answer is 0; yours gives the same result.
  
  1 answered, 1 right (100%)
    PCEP-30-02 1.4   1 right, 0 wrong
  Next review: in 2 days (1 item)
  $ printf 'len(x)\n' | sq practice -q --db typed.db --bank typed.md --form gap | grep -A 3 '^Wrong'
  Wrong. With len(x) it gives:
  7
  The answer: 0
  

A blank can be made in any item (a number, an operator or a built-in's
name, on a line without strings): here in the running total.

  $ printf '3\nD\n' | P --form gap --objective "PCEP-30-02 2.2" --count 1 --seed 3
  
  Question 1 of 1  PCEP-30-02 2.2
  Which of these, put in place of ___, makes the program print:
  7
    1 | total = 0
    2 | for n in [___, 4]:
    3 |     total += n
    4 | print(total)
    A) 2
    B) 4
    C) 6
    D) 3
  answer> 3
  Answer with the letter of the right option, A to D.
  answer> D
  Right.
    A) 2   <- it then prints 6
    B) 4   <- it then prints 8
    C) 6   <- it then prints 10
    D) 3   <- the answer
  
  1 answered, 1 right (100%)
    PCEP-30-02 2.2   1 right, 0 wrong
  Next review: in 2 days (2 items)

The bank's own options: expressions judged after the run (select two), and
outputs (one right). A selection may be partial, as in the exam: each
right pick earns its share of the points and each wrong one takes a share
away. (The first item here has no options of its own: it gets statements
to select, as below.)

  $ printf 'A\nBC\n' | P --objective "PCEP-30-02 3.1" --form select --count 2 --db r.db
  
  Question 1 of 2  PCEP-30-02 3.1
  Which two statements about this program are true? (Select two answers)
    1 | x = [1, 2, 3]
    2 | print(x[-1])
    A) The first line printed is `3`
    B) The first line printed is `2`
    C) The first line printed is `1`
    D) `x` is [1, 2, 3] after the code runs
  answer> A
  Partly right (50%): the answer is AD.
    A) The first line printed is `3`   <- true
    B) The first line printed is `2`   <- x[-1] taken as the second-to-last
    C) The first line printed is `1`   <- negative indexes counted from -0
    D) `x` is [1, 2, 3] after the code runs   <- true
  
  Negative indexes count from the end: `x[-1]` is the last item, and so is
  `x[len(x) - 1]`.
  
  Question 2 of 2  PCEP-30-02 3.1
  Which two expressions are true after this code runs? (Select two answers)
    1 | a = [1, 2, 3]
    2 | b = a
    3 | b.append(4)
    A) b == [1, 2, 3]
    B) len(a) == 4
    C) a is b
    D) a[3] == 3
  answer> BC
  Right.
    A) b == [1, 2, 3]   <- false
    B) len(a) == 4   <- true
    C) a is b   <- true
    D) a[3] == 3   <- false
  
  `b = a` names the same list twice; appending through `b` changes `a`.
  
  2 answered, 1 right (50%)
    PCEP-30-02 3.1   1 right, 1 wrong
  Next review: tomorrow (1 item)

  $ printf 'A\n' | P --objective "PCEP-30-02 1.4" --count 1
  
  Question 1 of 1  PCEP-30-02 1.4
  What does this program print?
    1 | print(7 // 2)
    A) 3
    B) 4
    C) The code raises an exception
    D) 3.5
  answer> A
  Right.
    A) 3   <- what the program gives
    B) 4   <- not what it gives
    C) The code raises an exception   <- not what it gives
    D) 3.5   <- not what it gives
  
  `//` is floor division.
  
  1 answered, 1 right (100%)
    PCEP-30-02 1.4   1 right, 0 wrong
  Next review: in 2 days (3 items)

Select two statements about what a program does: the false ones are what a
misreading of the code would make it do, each run to prove it.

  $ printf 'CD\n' | sq practice -q --db s.db --bank "$BANKS/statements.md" --seed 1 --form select
  
  Question 1 of 1  PCEP-30-02 2.2
  Which two statements about this program are true? (Select two answers)
    1 | total = 0
    2 | for i in range(1, 4):
    3 |     total += i
    4 | print(total)
    5 | print(total // 2)
    A) `total` is 6 after the code runs
    B) `i` is 3 after the code runs
    C) The second line printed is `3.0`
    D) `i` is 4 after the code runs
    E) `total` is 3 after the code runs
  answer> CD
  Wrong: the answer is AB.
    A) `total` is 6 after the code runs   <- true
    B) `i` is 3 after the code runs   <- true
    C) The second line printed is `3.0`   <- // taken for true division
    D) `i` is 4 after the code runs   <- range end taken as inclusive
    E) `total` is 3 after the code runs   <- x += y taken as x = y
  You misread line 5 (`print(total // 2)`): // taken for true division.
  You misread line 2 (`for i in range(1, 4):`): range end taken as inclusive.
  
  `range(1, 4)` stops before 4: 1 + 2 + 3 is 6, and `//` keeps it whole.
  
  1 answered, 0 right (0%)
    PCEP-30-02 2.2   0 right, 1 wrong
  Misreadings made:
    // taken for true division
    range end taken as inclusive
  Next review: tomorrow (1 item)

One misreading may back two false statements: what it prints and the
value it leaves (x += y taken as x = y gives 4 both ways). Fewer than two
and the item is not asked as a select: no statement false by the truth
alone (a line count, "It raises an exception") fills in.

  $ printf 'BC\n' | P --form select --objective "PCEP-30-02 2.2" --count 1
  
  Question 1 of 1  PCEP-30-02 2.2
  Which two statements about this program are true? (Select two answers)
    1 | total = 0
    2 | for n in [3, 4]:
    3 |     total += n
    4 | print(total)
    A) The first line printed is `4`
    B) The first line printed is `7`
    C) `total` is 7 after the code runs
    D) `total` is 4 after the code runs
  answer> BC
  Right.
    A) The first line printed is `4`   <- x += y taken as x = y
    B) The first line printed is `7`   <- true
    C) `total` is 7 after the code runs   <- true
    D) `total` is 4 after the code runs   <- x += y taken as x = y
  
  1 answered, 1 right (100%)
    PCEP-30-02 2.2   1 right, 0 wrong
  Next review: in 2 days (3 items)

A misreading rewrites the code, never the text of a string or a comment:
the "/" in "a/b" and in the comment stay, while a string that is repeated
is still misread as a whole.

  $ printf 'A\n' | sq practice -q --db l.db --bank "$BANKS/literals.md" --form choice --seed 2
  
  Question 1 of 1  PCEP-30-02 1.4
  What does this program print?
    1 | print("a/b", 7 / 2)  # 7 / 2 is true division
    2 | print('%d' % 5, 7 % 3, "x" * 2)
    A) a/b 3.5
       5 1 xx
    B) a/b 3
       5 1 xx
    C) a/b 3.5
       5 1 x2
    D) a/b 3.5
       5 2 xx
  answer> A
  Right.
    A) a/b 3.5   <- what the program does
       5 1 xx
    B) a/b 3   <- / taken for floor division
       5 1 xx
    C) a/b 3.5   <- string repetition taken as concatenation
       5 1 x2
    D) a/b 3.5   <- % taken for the quotient
       5 2 xx
  
  1 answered, 1 right (100%)
    PCEP-30-02 1.4   1 right, 0 wrong
  Next review: in 2 days (1 item)

:trace right after an answer steps through the program, inside the oracle,
with what each line changed and printed.

  $ printf '7\n\n:trace\n' | P --form output --objective "PCEP-30-02 2.2" --count 1
  
  Question 1 of 1  PCEP-30-02 2.2
  What does this program print?
    1 | total = 0
    2 | for n in [3, 4]:
    3 |     total += n
    4 | print(total)
  answer> 7
     ...> 
  Right.
  next> :trace
  Step by step (7 steps):
    1 | total = 0                       total = 0
    2 | for n in [3, 4]:                n = 3
    3 | total += n                      total = 3
    2 | for n in [3, 4]:                n = 4
    3 | total += n                      total = 7
    2 | for n in [3, 4]:
    4 | print(total)
        prints 7
  
  1 answered, 1 right (100%)
    PCEP-30-02 2.2   1 right, 0 wrong
  Next review: in 2 days (3 items)

:trace keeps each step on one line of the screen (80 columns on a pipe):
what does not fit is cut after a space where it can, and the cut shows.

  $ cat > long.md <<'EOF'
  > ## long
  > - objective: PCEP-30-02 1.4
  > 
  > ```python
  > x = list(range(40))
  > def f(a, b):
  >     return a + b
  > z = f(x, [1])
  > ```
  > 
  > ```output
  > ```
  > EOF
  $ printf 'x\n\n:trace\n' | sq practice -q --db long.db --bank long.md --form output | sed -n '/^Step/,/^$/p'
  Step by step (6 steps):
    1 | x = list(range(40))             x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, \xe2\x80\xa6 (esc)
    2 | def f(a, b):
    -> f(a=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16..., b=[1])
      3 | return a + b
    <- f returns [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16...
    4 | z = f(x, [1])                   z = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, \xe2\x80\xa6 (esc)
  

Progress records each form by name.

  $ "$PYTHON_EXE" -c 'import sqlite3; [print(*r) for r in sqlite3.connect("p.db").execute("select form, correct, quote(given) from answer order by id")]'
  gap 1 'A'
  gap 1 'D'
  choice 1 'A'
  select 1 'BC'
  output 1 '7
  '
