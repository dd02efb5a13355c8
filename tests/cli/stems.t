A choice question asks what the program prints, or, where the item fits
them, what the exams also ask: how many lines (or times a repeated line)
it prints, its expected behaviour when it raises, the value of a name
after it runs. Every option is a run: the program's, its misreadings'
(a count no run gives says so), or a value the program itself held
earlier in the same run. The stem is drawn among those that fit.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ printf 'B\nC\nC\n' | sq practice -q --db s.db --bank "$BANKS/stems.md" --form choice --count 3 --seed 2
  
  Question 1 of 3  PCEP-30-02 2.2
  How many times is `*` printed?
    1 | for i in range(3):
    2 |     print("*")
    3 | print("done")
    A) 6
    B) 2
    C) 3
    D) 4
  answer> B
  Wrong: the answer is C.
    A) 6   <- twice as many (a near count, not a run)
    B) 2   <- range(n) taken as starting at 1
    C) 3   <- what the program does
    D) 4   <- range end taken as inclusive
  
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
    A) 3
    B) 9
    C) 10
    D) 7
  answer> C
  Right.
    A) 3   <- its value after its first change
    B) 9   <- its value before the last change
    C) 10   <- what the program does
    D) 7   <- its first value
  
  3 answered, 2 right (66%)

The export names each stem's kind and each option's source (a value held
earlier is "trace").

  $ sq questions -q --bank "$BANKS/stems.md" --form choice --seed 2 | python3 -c '
  > import json, sys
  > for l in sys.stdin:
  >     q = json.loads(l)
  >     print(q["stem_kind"], " ".join(o["source"] for o in q["options"]))'
  variable trace truth trace
  behaviour truth misreading generic
  variable trace trace trace truth

"What is the type (or length) of `x` after the code runs?" asks the probe
for the names the program leaves, and again for each misreading's
program: a misreading that leaves another type or length in the same
name gives a wrong option, proven by running (at least one must; the
name's own earlier type or length in the same run is another, and a
length may be filled up with near lengths that say so). A type needs
three options.

  $ printf 'C\nA\n' | sq practice -q --db t.db --bank "$BANKS/shapes.md" --form choice --count 2 --seed 5
  
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
    A) float
    B) int
    C) str
  answer> A
  Right.
    A) float   <- what the program does
    B) int   <- / taken for floor division
    C) str   <- its type earlier in the run
  
  2 answered, 2 right (100%)

  $ sq questions -q --bank "$BANKS/shapes.md" --form choice --seed 1 | python3 -c '
  > import json, sys
  > for l in sys.stdin:
  >     q = json.loads(l)
  >     print(q["stem_kind"], " ".join(o["source"] for o in q["options"]))'
  length truth trace misreading generic
  type truth misreading trace
