snipquiz practice: questions on a pipe, answers graded by the oracle,
progress saved as it goes.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ P() { sq practice -q --db p.db --bank "$BANKS/good.md" --seed 1 --form output "$@"; }

Colours on a pipe only when asked for: --color=always colours the
question and the grading (and highlights the code); auto, the default,
does not colour a pipe, whatever NO_COLOR says.

  $ printf -- '-4\n\n' | P --db colour.db --count 1 --color=always | sed -n 2,4p
  \x1b[1mQuestion 1 of 1\x1b[0m  \x1b[2mPCEP-30-02 1.4\x1b[0m (esc)
  What does this program print?
  \x1b[2m  1 |\x1b[0m \x1b[36mprint\x1b[0m(-\x1b[35m7\x1b[0m // \x1b[35m2\x1b[0m) (esc)
  $ printf -- '-4\n\n' | NO_COLOR= P --db colour.db --count 1 | grep -c "$(printf '\033')"
  0
  [1]

A right answer, a wrong one (with the truth, a diff and the explanation),
a hint; an empty line ends an answer; the end of input ends the session
with a summary.

  $ printf -- '-4\n\n:hint\n2\n\n' | P --count 3
  
  Question 1 of 3  PCEP-30-02 1.4
  What does this program print?
    1 | print(-7 // 2)
  answer> -4
     ...> 
  Right.
  
  `//` rounds toward minus infinity.
  
  Question 2 of 3  PCEP-30-02 1.5
  What does this program print?
    1 | name = input("Name? ")
    2 | print("Hello,", name)
  The user types:
  Ada
  answer> :hint
  This is about PCEP-30-02 1.5.
  answer> 2
     ...> 
  Wrong. The program prints:
  Name? Hello, Ada
  --- your answer
  +++ the program
  @@ -1 +1 @@
  -2
  +Name? Hello, Ada
  
  The prompt goes to stdout, without a newline.
  
  Question 3 of 3  PCEP-30-02 4.3
  What does this program print?
    1 | print("before")
    2 | print(1 / 0)
  answer> 
  
  2 answered, 1 right (50%)
    PCEP-30-02 1.4   1 right, 0 wrong
    PCEP-30-02 1.5   0 right, 1 wrong
  Next review: tomorrow (1 item)

When the code raises, the exception's name is the last line of the answer.

  $ printf 'before\nZeroDivisionError\n\n' | P --objective "PCEP-30-02 4.3" | grep -E '^(Right|Wrong)'
  Right.
  $ printf 'before\nValueError\n\n' | P --objective "PCEP-30-02 4.3" | grep -A 3 '^Wrong'
  Wrong. The program prints this, then raises:
  before
  ZeroDivisionError
  (ZeroDivisionError: division by zero, line 2)

:skip, :quit and ? (help).

  $ printf '?\n:skip\n:quit\n' | P --count 3 | grep -v '^ \|^$\|^What\|^Question\|^The user\|^Ada'
  answer> ?
  Type what the program prints, line by line, and finish with an empty line
  (a line of one space stands for an empty line). If it raises an exception,
  make the exception's name (e.g. ZeroDivisionError) your last line.
  Commands: :hint (what the question is about), :skip, :quit, ? (this help).
  answer> :skip
  The answer: Name? Hello, Ada
  The prompt goes to stdout, without a newline.
  answer> :quit
  0 answered, 0 right, 1 skipped

Progress is kept: stats shows it per section and objective (the lines
on time, the streak and what is due depend on the clock: coach.t).

  $ sq stats --db p.db | grep -Ev '^(Time spent|Streak|Due now|The week ahead):'
  4 answers, 2 right (50%)
  
  PCEP-30-02
    1   Computer Programming and Python Fu [##########..........]  50% (1/2)
      1.4   Choose operators and data types  [####################] 100% (1/1)
      1.5   Perform Input/Output console ope [....................]   0% (0/1)
    4   Functions and Exceptions           [##########..........]  50% (1/2)
      4.3   Python Built-In Exceptions Hiera [##########..........]  50% (1/2)
  
  Weakest objectives:
    PCEP-30-02 1.5   0 of 1 right  Perform Input/Output console operations
    PCEP-30-02 4.3   1 of 2 right  Python Built-In Exceptions Hierarchy
  
  Would you pass today? (a real exam's score today, with an 80% interval)
    PCEP-30-02    50% (18-82%): not yet, the pass mark being 70%
                 from 4 answers on 3 of 15 objectives
  
  Next 20 minutes, for PCEP-30-02:
    practise 2.1, now 50%, worth up to 5.9% of the score: Make decisions and branch the flow with the if instruction
      snipquiz practice --objective "PCEP-30-02 2.1"
    practise 2.2, now 50%, worth up to 5.9% of the score: Perform different types of iterations
      snipquiz practice --objective "PCEP-30-02 2.2"
    practise 4.1, now 50%, worth up to 2.8% of the score: Decompose the code using functions
      snipquiz practice --objective "PCEP-30-02 4.1"

A database that is not snipquiz's, or is damaged, is reported and left
exactly as it was.

  $ echo 'my notes' > notes.db
  $ P --db notes.db < /dev/null
  snipquiz practice: notes.db is not a progress database (file is not a database): snipquiz leaves it alone; give another file with --db
  [2]
  $ cat notes.db
  my notes
  $ "$PYTHON_EXE" -c 'import sqlite3; c = sqlite3.connect("other.db"); c.execute("create table t (x)"); c.commit()'
  $ cp other.db other.orig
  $ sq stats --db other.db
  snipquiz stats: other.db is not a snipquiz progress database (application id 0, version 0): snipquiz leaves it alone; give another file with --db
  [2]
  $ cmp other.db other.orig

stats only reads: a database that does not exist yet is not made (nor its
folder), an empty file stays empty, and reading leaves no file of
SQLite's beside the database.

  $ sq stats --db new/progress.db
  No progress yet in new/progress.db.
  $ test -e new
  [1]
  $ : > empty.db
  $ sq stats --db empty.db
  No progress yet in empty.db.
  $ wc -c < empty.db
  0
  $ sq stats --db p.db > /dev/null
  $ ls p.db*
  p.db

A database made before mock exams (no exam table) is read as it is.

  $ "$PYTHON_EXE" -c 'import sqlite3; c = sqlite3.connect("old.db"); c.executescript("create table answer (id integer primary key, at real, item text, objective text, form text, correct integer, given text); create table card (item text primary key, objective text, stability real, difficulty real, last real, reps integer, lapses integer); pragma application_id = 1397840433; pragma user_version = 1;")'
  $ cp old.db old.orig
  $ sq stats --db old.db
  0 answers, 0 right
  $ cmp old.db old.orig

Killing snipquiz in the middle of a session loses nothing already answered.

  $ mkfifo answers
  $ sq practice -q --db kill.db --bank "$BANKS/good.md" --seed 1 --form output --count 3 < answers > session.txt 2>&1 &
  $ pid=$!
  $ exec 3> answers
  $ printf -- '-4\n\n' >&3
  $ for i in $(seq 100); do grep -q '^Right' session.txt && break; sleep 0.1; done
  $ kill -9 $pid
  $ exec 3>&-
  $ sq stats --db kill.db | head -n 1
  1 answer, 1 right (100%)

Two sessions at once share one database (both ask the one item of their
objective, whichever records first: both answers are kept).

  $ printf -- '-4\n\n' | sq practice -q --db two.db --bank "$BANKS/good.md" --seed 1 --form output --objective "PCEP-30-02 1.4" --count 1 > a.txt &
  $ printf -- '-4\n\n' | sq practice -q --db two.db --bank "$BANKS/good.md" --seed 1 --form output --objective "PCEP-30-02 1.4" --count 1 > b.txt &
  $ wait
  $ sq stats --db two.db | head -n 1
  2 answers, 2 right (100%)

Usage errors.

  $ P --count 0
  snipquiz practice: --count wants a number from 1 to 1000, not '0'
  Try 'snipquiz practice --help' for more information.
  [2]
  $ P --objective "PCEP-30-02 9.9"
  snipquiz practice: unknown objective 'PCEP-30-02 9.9' (snipquiz topics lists them)
  Try 'snipquiz practice --help' for more information.
  [2]
  $ sq practice --form fill
  snipquiz practice: --form wants output, choice, select, gap, order, error or mixed, not 'fill'
  Try 'snipquiz practice --help' for more information.
  [2]

Choice questions: the wrong options come from misreadings of the code,
each run in the oracle; after the answer, every option says where it
comes from. ("range start taken as 1" gives 1 + 2 + 3 = 6 here, the true
answer, so it is dropped: a distractor must be wrong.)

  $ printf 'A\n' | sq practice -q --db c.db --bank "$BANKS/choice.md" --count 1 --seed 3
  
  Question 1 of 1  PCEP-30-02 2.2
  What does this program print?
    1 | total = 0
    2 | for i in range(4):
    3 |     total += i
    4 | print(total, 7 // 2)
    A) 3 3
    B) 10 3
    C) 6 3.5
    D) 6 3
  answer> A
  Wrong: the answer is D.
    A) 3 3   <- x += y taken as x = y
    B) 10 3   <- range end taken as inclusive
    C) 6 3.5   <- // taken for true division
    D) 6 3   <- what the program does
  You misread line 3 (`total += i`): x += y taken as x = y.
  
  `range(4)` stops before 4, and `//` is floor division.
  
  1 answered, 0 right (0%)
    PCEP-30-02 2.2   0 right, 1 wrong
  Misreadings made:
    x += y taken as x = y
  Next review: tomorrow (1 item)
  $ printf 'x\nC\n' | sq practice -q --db c.db --bank "$BANKS/choice.md" --count 1 --seed 2 | tail -n 9
    B) 10   <- range end taken as inclusive
    C) 6   <- what the program does
    D) 0   <- its first value
  
  `range(4)` stops before 4, and `//` is floor division.
  
  1 answered, 1 right (100%)
    PCEP-30-02 2.2   1 right, 0 wrong
  Next review: tomorrow (1 item)
  $ sq stats --db c.db | head -n 1
  2 answers, 1 right (50%)

A typed output is the misreading whose run prints it: 10 is what both
range end taken as inclusive and range(n) taken as counting 1 to n give,
on the line where they bite.

  $ printf '10 3\n\n' | sq practice -q --db typed.db --bank "$BANKS/choice.md" --form output --count 1 --seed 3 | grep -A1 '^+6 3'
  +6 3
  You misread line 2 (`for i in range(4):`): range end taken as inclusive, or range(n) taken as counting 1 to n.

An objective practised before gets, half the time, a fresh variant from
one of its generators (here, after one session, the second one draws).

  $ G() { sq practice -q --db g.db --bank "$BANKS/good.md" --bank "$BANKS/gen-one.md" --objective "PCEP-30-02 1.4" --form output --count 1 "$@"; }
  $ printf -- '-4\n\n' | G --seed 1 | grep -A 1 '^What'
  What does this program print?
    1 | print(-7 // 2)
  $ printf -- '0\n\n' | G --seed 3 | grep -A 1 '^What'
  What does this program print?
    1 | print(-23 // 3)

An item answered wrong again and again is flagged when it comes back.

  $ for i in 1 2 3 4; do printf '0\n\n' | sq practice -q --db l.db --bank "$BANKS/good.md" --objective "PCEP-30-02 1.4" --form output --count 1 > /dev/null; done
  $ printf '0\n\n' | sq practice -q --db l.db --bank "$BANKS/good.md" --objective "PCEP-30-02 1.4" --form output --count 1 | grep '^Question'
  Question 1 of 1  PCEP-30-02 1.4  (one you keep getting wrong)
  $ sq stats --db l.db | tail -n 2
  Items that keep going wrong:
    good.md#floor-division-negative (wrong 5 times)

"Which line raises?": options that place an exception on a line; every
one but the truth is false by the program's own run (only one line
raises), and each says what it mistakes. Malformed answers are asked
again.

  $ printf '?\nZ\nB\n' | sq practice -q --db f.db --bank "$BANKS/good.md" --objective "PCEP-30-02 4.3" --form error --count 1 --seed 1
  
  Question 1 of 1  PCEP-30-02 4.3
  This program stops with an exception. Which line raises it, and which exception is it?
    1 | print("before")
    2 | print(1 / 0)
    A) It runs without an exception
    B) Line 2 raises ValueError
    C) Line 2 raises ZeroDivisionError
    D) Line 1 raises ZeroDivisionError
  answer> ?
  Answer with the letter of the option that names the line and the exception.
  Commands: :hint (what the question is about), :skip, :quit, ? (this help).
  answer> Z
  Answer with the letter of the right option, A to D.
  answer> B
  Wrong: the answer is C.
    A) It runs without an exception   <- the exception missed
    B) Line 2 raises ValueError   <- the right line, a related exception
    C) Line 2 raises ZeroDivisionError   <- what the program does
    D) Line 1 raises ZeroDivisionError   <- the right exception, a line too early
  
  Output printed before the exception is part of the answer.
  
  1 answered, 0 right (0%)
    PCEP-30-02 4.3   0 right, 1 wrong
  Next review: tomorrow (1 item)

Ordering: the program's lines shuffled (the program itself is not
shown), with one line that does not belong, as the exams' drag and drop
offers: a line of a misreading of the program (here append taken for
extend), proven by running the program with it in place of its own line
to do something else. The learner orders the program's lines and leaves
that one out; the order is run, and any order that prints the same
output is right. A wrong order earns a share for the lines it keeps in
the program's order (here B, C, A: 3 of 4), as drag-and-drop items do;
the line that does not belong, used, takes a line's place and costs one
more (D, C, A less one: 2 of 4).

  $ printf 'DBCA\n' | sq practice -q --db f.db --bank "$BANKS/order.md" --form order --count 1 --seed 2 | sed -n '/^Put/,/^E does/p'
  Put all the lines but one (it does not belong) in an order that makes the program print:
  [1, 2, 3, 5]
    A) print(nums)
    B) nums.append(5)
    C) nums.sort()
    D) nums = [3, 1, 2]
    E) nums.extend(5)
  answer> DBCA
  Right.
  E does not belong: append taken for extend.
  $ printf 'DCBA\n' | sq practice -q --db f.db --bank "$BANKS/order.md" --form order --count 1 --seed 2 | grep '^Right\|^Wrong'
  Right.
  $ printf 'AB\nDBCAE\nCDBA\n' | sq practice -q --db f.db --bank "$BANKS/order.md" --form order --count 1 --seed 2 | sed -n '/^answer> AB/,/^E does/p'
  answer> AB
  Answer with 4 letters in the order the lines should run, leaving out the line that does not belong, e.g. CADB.
  answer> DBCAE
  Answer with 4 letters in the order the lines should run, leaving out the line that does not belong, e.g. CADB.
  answer> CDBA
  Partly right (75%). In that order it prints:
  (raises NameError)
  The program's order: D B C A
  E does not belong: append taken for extend.
  $ printf 'DECA\n' | sq practice -q --db f.db --bank "$BANKS/order.md" --form order --count 1 --seed 2 | sed -n '/^answer>/,/^E does/p'
  answer> DECA
  Partly right (50%). In that order it prints:
  (raises TypeError)
  The program's order: D B C A
  E does not belong: append taken for extend.
