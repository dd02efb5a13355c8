A choice question asks what the program prints, or, where the item fits
them, what the exams also ask: how many lines (or times a repeated line)
it prints, its expected behaviour when it raises, the value of a name
after it runs. Every option is a run: the program's, its misreadings'
(a count no run gives says so), or a value the program itself held
earlier in the same run. The stem is drawn among those that fit and
whose options are the most misreadings' runs (an option missing of four,
a near count or "The code is erroneous" where the code runs each count
against a stem; a value the program held earlier does not); --stem asks only in the stems
named, to drill one.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ printf 'B\nC\nC\n' | sq practice -q --db s.db --bank "$BANKS/stems.md" --form choice --stem count,behaviour,variable --count 3 --seed 2
  
  Question 1 of 3  PCEP-30-02 2.2
  What is the value of `i` after the code runs?
    1 | for i in range(3):
    2 |     print("*")
    3 | print("done")
    A) 3
    B) 1
    C) 2
    D) 0
  answer> B
  Wrong: the answer is C.
    A) 3   <- range end taken as inclusive
    B) 1   <- its value before the last change
    C) 2   <- what the program does
    D) 0   <- its first value
  
  Question 2 of 3  PCEP-30-02 4.3
  What is the expected behaviour of this program?
    1 | x = [1, 2, 3]
    2 | print(x[3])
    A) The code is erroneous
    B) It prints 3
    C) It raises IndexError
  answer> C
  Right.
    A) The code is erroneous   <- the program compiles: it ran
    B) It prints 3   <- indexing taken as starting at 1
    C) It raises IndexError   <- what the program does
  
  Question 3 of 3  PCEP-30-02 1.4
  What is the value of `x` after the code runs?
    1 | x = 7
    2 | x //= 2
    3 | x **= 2
    4 | x += 1
    5 | print(x % 4)
    A) 1
    B) 7
    C) 10
    D) 13.25
  answer> C
  Right.
    A) 1   <- x += y taken as x = y
    B) 7   <- ** taken for multiplication
    C) 10   <- what the program does
    D) 13.25   <- // taken for true division
  
  3 answered, 2 right (66%)
    PCEP-30-02 2.2   0 right, 1 wrong
    PCEP-30-02 4.3   1 right, 0 wrong
    PCEP-30-02 1.4   1 right, 0 wrong
  Next review: tomorrow (1 item)

The export names each stem's kind and each option's source (a value held
earlier is "trace"), after the count asked alone (`--stem count`):

  $ sq questions -q --bank "$BANKS/stems.md" --form choice --stem count --seed 2 | python3 -c '
  > import json, sys
  > for l in sys.stdin:
  >     q = json.loads(l)
  >     print(q["stem"])
  >     for o in q["options"]:
  >         print(" ", o["letter"], o["text"], "<-", o["label"] or "what it does")'
  snipquiz questions: 2 items skipped: they cannot be asked as choice
  How many times is `*` printed?
    A 6 <- twice as many (a near count, not a run)
    B 3 <- what it does
    C 4 <- range end taken as inclusive
    D 2 <- range(n) taken as starting at 1

  $ sq questions -q --bank "$BANKS/stems.md" --form choice --stem count,behaviour,variable --seed 2 | python3 -c '
  > import json, sys
  > for l in sys.stdin:
  >     q = json.loads(l)
  >     print(q["stem_kind"], " ".join(o["source"] for o in q["options"]))'
  variable trace truth misreading trace
  behaviour truth misreading generic
  variable misreading misreading truth misreading

"What is the type (or length) of `x` after the code runs?" asks the probe
for the names the program leaves, and again for each misreading's
program: a misreading that leaves another type or length in the same
name gives a wrong option, proven by running (at least one must; the
name's own earlier type or length in the same run is another, and a
length may be filled up with near lengths that say so). A type needs
three options.

  $ printf 'C\nB\n' | sq practice -q --db t.db --bank "$BANKS/shapes.md" --form choice --stem type,length --count 2 --seed 5
  
  Question 1 of 2  PCEP-30-02 3.2
  What is the length of `x` after the code runs?
    1 | x = [1, 2]
    2 | x.append([3, 4])
    3 | print(x)
    A) 4
    B) 6
    C) 3
    D) 2
  answer> C
  Right.
    A) 4   <- append taken for extend
    B) 6   <- twice as long (a near length, not a run)
    C) 3   <- what the program does
    D) 2   <- its length earlier in the run
  
  Question 2 of 2  PCEP-30-02 1.4
  What is the type of `n` after the code runs?
    1 | n = "7"
    2 | n = int(n) / 2
    3 | print(n)
    A) str
    B) float
    C) int
  answer> B
  Right.
    A) str   <- its type earlier in the run
    B) float   <- what the program does
    C) int   <- / taken for floor division
  
  2 answered, 2 right (100%)
    PCEP-30-02 3.2   1 right, 0 wrong
    PCEP-30-02 1.4   1 right, 0 wrong
  Next review: in 2 days (2 items)

  $ sq questions -q --bank "$BANKS/shapes.md" --form choice --stem type,length --seed 1 | python3 -c '
  > import json, sys
  > for l in sys.stdin:
  >     q = json.loads(l)
  >     print(q["stem_kind"], " ".join(o["source"] for o in q["options"]))'
  length truth trace misreading generic
  type truth trace misreading

Without --stem, each item is asked in a stem that falls least short of
four options whose wrong ones are all misreadings' runs (each option
missing, near count or guessed "erroneous" counts one; a value the run
itself held is no guess): the division is asked for the value or the
type of `n` (a misreading's and one it held; the two tie, and the seed
draws), not for its output (which needs a generic option to make four).

  $ sq questions -q --bank "$BANKS/shapes.md" --form choice --seed 1 | python3 -c '
  > import json, sys
  > for l in sys.stdin:
  >     q = json.loads(l)
  >     print(q["stem_kind"], " ".join(o["source"] for o in q["options"]))'
  variable truth trace misreading
  type truth misreading trace

The stems read each misreading's run, not its option's text: a program
that prints "(raises KeyError)" prints a line, it does not raise.

  $ sq questions -q --bank "$BANKS/stem-literal.md" --form choice --stem count --seed 1 | python3 -c '
  > import json, sys
  > for l in sys.stdin:
  >     q = json.loads(l)
  >     print(q["stem"], " ".join(o["text"] + "/" + o["source"] for o in q["options"]))'
  How many times is `ok` printed? 2/truth 1/misreading 0/misreading 3/misreading

A name that is no stem is a usage error.

  $ sq questions --stem colour
  snipquiz questions: --stem wants a list of output, count, behaviour, variable, type or length, not 'colour'
  Try 'snipquiz questions --help' for more information.
  [2]
