"Select two" without a bank's own options: statements about the program,
or expressions over its final names, two true and the false ones each
what a misreading of the code predicts, run to prove it (the names probe
on the program and on each misreading, every expression judged in the
program's own namespace after its run). No filler: an item with fewer
than two such false statements is not asked as a select.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ P() { sq practice -q --db "p$1.db" --bank "$BANKS/select.md" --seed "$1" --form select --objective "$2"; }

Statements: a name's value after the run ("`total` is 3" is what "x += y
taken as x = y" predicts, "`a` is [1, 2, 3]" what a copy for an alias
does). One right pick of two earns half.

  $ printf 'A\n' | P 1 "PCEP-30-02 3.1"
  
  Question 1 of 1  PCEP-30-02 3.1
  Which two statements about this program are true? (Select two answers)
    1 | a = [1, 2, 3]
    2 | b = a
    3 | b.append(4)
    4 | total = 0
    5 | for i in range(1, 4):
    6 |     total += i
    7 | print(total, len(a))
    A) `a` is [1, 2, 3, 4] after the code runs
    B) `total` is 6 after the code runs
    C) `i` is 4 after the code runs
    D) `total` is 3 after the code runs
    E) `a` is [1, 2, 3] after the code runs
  answer> A
  Partly right (50%): the answer is AB.
    A) `a` is [1, 2, 3, 4] after the code runs   <- true
    B) `total` is 6 after the code runs   <- true
    C) `i` is 4 after the code runs   <- range end taken as inclusive
    D) `total` is 3 after the code runs   <- x += y taken as x = y
    E) `a` is [1, 2, 3] after the code runs   <- b = a taken as making a copy
  
  `b = a` names the same list, so `a` has four items; `range(1, 4)` stops
  before 4.
  
  1 answered, 0 right (0%)
    PCEP-30-02 3.1   0 right, 1 wrong
  Next review: tomorrow (1 item)

Expressions over the final names, each judged by evaluating it after the
run: the true ones hold in the program's namespace, the false ones are
what a misreading's namespace holds and the program's does not.

  $ printf 'AC\n' | P 2 "PCEP-30-02 3.1"
  
  Question 1 of 1  PCEP-30-02 3.1
  Which of these expressions are true after the code runs? (Select two answers)
    1 | a = [1, 2, 3]
    2 | b = a
    3 | b.append(4)
    4 | total = 0
    5 | for i in range(1, 4):
    6 |     total += i
    7 | print(total, len(a))
    A) total == 6
    B) len(a) == 3
    C) len(a) == 4
    D) i == 4
    E) total == 3
  answer> AC
  Right.
    A) total == 6   <- true
    B) len(a) == 3   <- b = a taken as making a copy
    C) len(a) == 4   <- true
    D) i == 4   <- range end taken as inclusive
    E) total == 3   <- x += y taken as x = y
  
  `b = a` names the same list, so `a` has four items; `range(1, 4)` stops
  before 4.
  
  1 answered, 1 right (100%)
    PCEP-30-02 3.1   1 right, 0 wrong
  Next review: in 2 days (1 item)

Lines printed, and an exception only where a misreading raises it
("append taken for extend" raises TypeError), labelled with it.

  $ printf 'AE\n' | P 1 "PCEP-30-02 3.2"
  
  Question 1 of 1  PCEP-30-02 3.2
  Which two statements about this program are true? (Select two answers)
    1 | nums = [3, 1, 2]
    2 | nums.append(4)
    3 | total = sum(nums)
    4 | print(total)
    5 | print(nums[-1])
    A) The second line printed is `4`
    B) The second line printed is `2`
    C) It raises TypeError
    D) The second line printed is `1`
    E) It ends without an exception
  answer> AE
  Right.
    A) The second line printed is `4`   <- true
    B) The second line printed is `2`   <- x[-1] taken as the second-to-last
    C) It raises TypeError   <- append taken for extend
    D) The second line printed is `1`   <- the minus sign overlooked
    E) It ends without an exception   <- true
  
  `append` adds one item; `nums[-1]` is the last one.
  
  1 answered, 1 right (100%)
    PCEP-30-02 3.2   1 right, 0 wrong
  Next review: tomorrow (1 item)

The export says which were left out: a program with nothing to misread
has no false statement to offer, and no template fills in for one.

  $ sq questions -q --seed 1 --bank "$BANKS/select.md" --form select --format md 2> skipped
  # Questions
  
  ## Question 1
  
  Which of these expressions are true after the code runs? (Select two answers)
  
  ```python
  a = [1, 2, 3]
  b = a
  b.append(4)
  total = 0
  for i in range(1, 4):
      total += i
  print(total, len(a))
  ```
  
  A) `len(a) == 4`
  
  B) `len(a) == 3`
  
  C) `total == 3`
  
  D) `i == 4`
  
  E) `total == 6`
  
  ## Question 2
  
  Which two statements about this program are true? (Select two answers)
  
  ```python
  nums = [3, 1, 2]
  nums.append(4)
  total = sum(nums)
  print(total)
  print(nums[-1])
  ```
  
  A) It raises TypeError
  
  B) It ends without an exception
  
  C) The second line printed is `1`
  
  D) The second line printed is `2`
  
  E) The second line printed is `4`
  
  ## Answers
  
  **1.** AE (B: b = a taken as making a copy; C: x += y taken as x = y; D: range end taken as inclusive)
  
  `b = a` names the same list, so `a` has four items; `range(1, 4)` stops
  before 4.
  
  **2.** BE (A: append taken for extend; C: the minus sign overlooked; D: x\[-1\] taken as the second-to-last)
  
  `append` adds one item; `nums[-1]` is the last one.
  
  $ cat skipped
  snipquiz questions: 1 item skipped: it cannot be asked as select
