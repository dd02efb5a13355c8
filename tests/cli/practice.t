snipquiz practice: questions on a pipe, answers graded by the oracle,
progress saved as it goes.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ P() { sq practice -q --db p.db --bank "$BANKS/good.md" --seed 1 "$@"; }

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
  answer> :quit
  0 answered, 0 right, 1 skipped

Progress is kept: stats shows it per section and objective.

  $ sq stats --db p.db
  4 answers, 2 right (50%)
  
  PCEP-30-02
    1   Computer Programming and Python Fu [##########..........]  50% (1/2)
      1.4   Choose operators and data types  [####################] 100% (1/1)
      1.5   Perform Input/Output console ope [....................]   0% (0/1)
    4   Functions and Exceptions           [##########..........]  50% (1/2)
      4.3   Python Built-In Exceptions Hiera [##########..........]  50% (1/2)

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

Killing snipquiz in the middle of a session loses nothing already answered.

  $ mkfifo answers
  $ sq practice -q --db kill.db --bank "$BANKS/good.md" --seed 1 --count 3 < answers > session.txt 2>&1 &
  $ pid=$!
  $ exec 3> answers
  $ printf -- '-4\n\n' >&3
  $ for i in $(seq 100); do grep -q '^Right' session.txt && break; sleep 0.1; done
  $ kill -9 $pid
  $ exec 3>&-
  $ sq stats --db kill.db | head -n 1
  1 answers, 1 right (100%)

Two sessions at once share one database.

  $ printf -- '-4\n\n' | sq practice -q --db two.db --bank "$BANKS/good.md" --seed 1 --count 1 > a.txt &
  $ printf -- '-4\n\n' | sq practice -q --db two.db --bank "$BANKS/good.md" --seed 1 --count 1 > b.txt &
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
