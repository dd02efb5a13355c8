snipquiz exam: a mock exam in the real one's shape.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ E() { sq exam -q --db e.db --bank "$BANKS/good.md" "$@"; }

Items per section come from the syllabus (a small bank falls short, and
says so); move with n, p and numbers, mark with m, list with l, answer a
choice with its letter, type an output ending with an empty line, finish
with f. Then: the score against the pass mark, a bar per section, and a
review of every wrong answer. As in the real exam, a question does not
name its objective (that would give the topic away); the review does.

  $ printf 'l\nm\nn\np\n3\nbefore\nZeroDivisionError\n\n1\n-4\n\nf\n' | E --seed 1 PCEP-30-02
  snipquiz exam: section 1 has 2 items here, not 7
  snipquiz exam: section 2 has 0 items here, not 8
  snipquiz exam: section 3 has 0 items here, not 7
  snipquiz exam: section 4 has 1 item here, not 8
  PCEP-30-02: 3 questions, 40 minutes, pass mark 70%.
  
  Question 1 of 3  [*:* left] (glob)
  What does this program print?
    1 | print(-7 // 2)
    A) (raises an exception)
    B) -3.5
    C) -4
    D) (nothing is printed)
  exam> l
    1 --
    2 --
    3 --
  
  Question 1 of 3  [*:* left] (glob)
  What does this program print?
    1 | print(-7 // 2)
    A) (raises an exception)
    B) -3.5
    C) -4
    D) (nothing is printed)
  exam> m
  
  Question 1 of 3  [*:* left]  (marked) (glob)
  What does this program print?
    1 | print(-7 // 2)
    A) (raises an exception)
    B) -3.5
    C) -4
    D) (nothing is printed)
  exam> n
  
  Question 2 of 3  [*:* left] (glob)
  What does this program print?
    1 | name = input("Name? ")
    2 | print("Hello,", name)
  The user types:
  Ada
  Type the output (end with an empty line; the exception's name last if it raises).
  exam> p
  
  Question 1 of 3  [*:* left]  (marked) (glob)
  What does this program print?
    1 | print(-7 // 2)
    A) (raises an exception)
    B) -3.5
    C) -4
    D) (nothing is printed)
  exam> 3
  
  Question 3 of 3  [*:* left] (glob)
  What does this program print?
    1 | print("before")
    2 | print(1 / 0)
  Type the output (end with an empty line; the exception's name last if it raises).
  exam> before
    ...> ZeroDivisionError
    ...> 
  
  Question 3 of 3  [*:* left] (glob)
  What does this program print?
    1 | print("before")
    2 | print(1 / 0)
  Type the output (end with an empty line; the exception's name last if it raises).
  Your answer so far:
  before
  ZeroDivisionError
  exam> 1
  
  Question 1 of 3  [*:* left]  (marked) (glob)
  What does this program print?
    1 | print(-7 // 2)
    A) (raises an exception)
    B) -3.5
    C) -4
    D) (nothing is printed)
  exam> -4
  Answer with a letter from A to D.
  
  Question 1 of 3  [*:* left]  (marked) (glob)
  What does this program print?
    1 | print(-7 // 2)
    A) (raises an exception)
    B) -3.5
    C) -4
    D) (nothing is printed)
  exam> 
  
  Question 1 of 3  [*:* left]  (marked) (glob)
  What does this program print?
    1 | print(-7 // 2)
    A) (raises an exception)
    B) -3.5
    C) -4
    D) (nothing is printed)
  exam> f
  
  Score: 1/3 (33%): not passed (pass mark 70%)
    1   Computer Programming and Python Fu [....................]   0% (0/2)
    4   Functions and Exceptions           [####################] 100% (1/1)
  
  Question 1 (PCEP-30-02 1.4): not answered
    1 | print(-7 // 2)
    A) (raises an exception)   <- a working line taken for an error
    B) -3.5   <- // taken for true division
    C) -4   <- the answer
    D) (nothing is printed)   <- output taken for nothing
  `//` rounds toward minus infinity.
  
  Question 2 (PCEP-30-02 1.5): not answered
    1 | name = input("Name? ")
    2 | print("Hello,", name)
  It prints:
  Name? Hello, Ada
  The prompt goes to stdout, without a newline.

A wrong typed answer is reviewed with a diff against what the program
prints.

  $ printf '2\nHello, Ada\n\nf\n' | sq exam -q --db e2.db --bank "$BANKS/good.md" --seed 1 PCEP-30-02 2>/dev/null | sed -n '/^Question 2 (/,/^$/p'
  Question 2 (PCEP-30-02 1.5): wrong
    1 | name = input("Name? ")
    2 | print("Hello,", name)
  It prints:
  Name? Hello, Ada
  --- your answer
  +++ the program
  @@ -1 +1 @@
  -Hello, Ada
  +Name? Hello, Ada
  The prompt goes to stdout, without a newline.
  

Running out of time finishes the exam, even while it waits at the prompt:
here the input stays open and silent, and the exam ends by the clock (a
limit of 1.2 seconds, looked at after 4), not by the end of the input.

  $ mkfifo answers
  $ E --seed 1 --minutes 0.02 PCEP-30-02 < answers > timed.txt 2>&1 &
  $ exec 3> answers
  $ sleep 4
  $ grep -E '^(Time is up|Score)' timed.txt
  Time is up.
  Score: 0/3 (0%): not passed (pass mark 70%)
  $ exec 3>&-
  $ wait

stats shows the mock exams, with the change from the try before.

  $ sq stats --db e.db | sed -n '/^Mock exams/,$p' | sed 's/^  [0-9-]* [0-9:]*  /  DATE  /'
  Mock exams:
    DATE  PCEP-30-02    33% (1/3) not passed
    DATE  PCEP-30-02     0% (0/3) not passed -33

A question left unanswered (skipped, or the clock ran out) counts against
the exam's score but is not an answer: not in the answers, not a lapse of
the item's review. Of the six questions of the two exams above, one was
answered.

  $ sq stats --db e.db | head -n 1
  1 answer, 1 right (100%)

A draft syllabus is practice-only; usage errors.

  $ E PCPP-32-201
  snipquiz exam: PCPP-32-201 is practice-only while its syllabus is a draft: try 'snipquiz practice --exam PCPP-32-201'
  [2]
  $ E
  snipquiz exam: which exam? e.g. snipquiz exam PCEP-30-02
  Try 'snipquiz exam --help' for more information.
  [2]
  $ E PCXX-00-00
  snipquiz exam: unknown exam 'PCXX-00-00'
  Try 'snipquiz exam --help' for more information.
  [2]
