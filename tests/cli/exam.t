snipquiz exam: a mock exam in the real one's shape.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ E() { sq exam -q --db e.db --bank "$BANKS/good.md" "$@"; }

Items per section come from the syllabus (a small bank falls short, and
says so), asked only in the exam's item types: single choice, select two,
code insertion (a gap with options), ordering; nothing is typed but
letters. Move with n, p and numbers, mark with m, list with l, answer with
letters (B; AC for a select), finish with f. Then: the score in points
against the pass mark (a select earns a share per right pick, as in the
exam), points per section, and a review of every answer not right. As in
the real exam, a question does not name its objective (that would give
the topic away); the review does.

  $ printf 'l\nm\nn\np\n3\nZ\nB\n2\nA\n1\n-4\n\nB\nf\n' | E --seed 1 PCEP-30-02
  snipquiz exam: section 1 has 2 items here, not 7
  snipquiz exam: section 2 has 0 items here, not 8
  snipquiz exam: section 3 has 0 items here, not 7
  snipquiz exam: section 4 has 1 item here, not 8
  PCEP-30-02: 3 questions, 40 minutes, pass mark 70%.
  
  Question 1 of 3  [39:59 left]
  Which of these, put in place of ___, makes the program print:
  -4
    1 | print(-___ // 2)
    A) 7
    B) 6
    C) 14
    D) 0
  exam> l
    1 --
    2 --
    3 --
  
  Question 1 of 3  [39:59 left]
  Which of these, put in place of ___, makes the program print:
  -4
    1 | print(-___ // 2)
    A) 7
    B) 6
    C) 14
    D) 0
  exam> m
  
  Question 1 of 3  [39:59 left]  (marked)
  Which of these, put in place of ___, makes the program print:
  -4
    1 | print(-___ // 2)
    A) 7
    B) 6
    C) 14
    D) 0
  exam> n
  
  Question 2 of 3  [39:59 left]
  What does this program print?
    1 | name = input("Name? ")
    2 | print("Hello,", name)
  The user types:
  Ada
    A) (nothing is printed)
    B) Name? Hello,Ada
    C) Name? Hello, Ada
  exam> p
  
  Question 1 of 3  [39:59 left]  (marked)
  Which of these, put in place of ___, makes the program print:
  -4
    1 | print(-___ // 2)
    A) 7
    B) 6
    C) 14
    D) 0
  exam> 3
  
  Question 3 of 3  [39:59 left]
  This program stops with an exception. Which line raises it, and which exception is it?
    1 | print("before")
    2 | print(1 / 0)
    A) It runs without an exception
    B) Line 2 raises ZeroDivisionError
    C) Line 2 raises ValueError
    D) Line 1 raises ZeroDivisionError
  exam> Z
  Answer with the letter of the right option, A to D.
  
  Question 3 of 3  [39:59 left]
  This program stops with an exception. Which line raises it, and which exception is it?
    1 | print("before")
    2 | print(1 / 0)
    A) It runs without an exception
    B) Line 2 raises ZeroDivisionError
    C) Line 2 raises ValueError
    D) Line 1 raises ZeroDivisionError
  exam> B
  
  Question 3 of 3  [39:59 left]
  This program stops with an exception. Which line raises it, and which exception is it?
    1 | print("before")
    2 | print(1 / 0)
    A) It runs without an exception
    B) Line 2 raises ZeroDivisionError   <- your answer
    C) Line 2 raises ValueError
    D) Line 1 raises ZeroDivisionError
  exam> 2
  
  Question 2 of 3  [39:59 left]
  What does this program print?
    1 | name = input("Name? ")
    2 | print("Hello,", name)
  The user types:
  Ada
    A) (nothing is printed)
    B) Name? Hello,Ada
    C) Name? Hello, Ada
  exam> A
  
  Question 3 of 3  [39:59 left]
  This program stops with an exception. Which line raises it, and which exception is it?
    1 | print("before")
    2 | print(1 / 0)
    A) It runs without an exception
    B) Line 2 raises ZeroDivisionError   <- your answer
    C) Line 2 raises ValueError
    D) Line 1 raises ZeroDivisionError
  exam> 1
  
  Question 1 of 3  [39:59 left]  (marked)
  Which of these, put in place of ___, makes the program print:
  -4
    1 | print(-___ // 2)
    A) 7
    B) 6
    C) 14
    D) 0
  exam> -4
  Answer with the letter of the right option, A to D.
  
  Question 1 of 3  [39:59 left]  (marked)
  Which of these, put in place of ___, makes the program print:
  -4
    1 | print(-___ // 2)
    A) 7
    B) 6
    C) 14
    D) 0
  exam> 
  
  Question 1 of 3  [39:59 left]  (marked)
  Which of these, put in place of ___, makes the program print:
  -4
    1 | print(-___ // 2)
    A) 7
    B) 6
    C) 14
    D) 0
  exam> B
  
  Question 2 of 3  [39:59 left]
  What does this program print?
    1 | name = input("Name? ")
    2 | print("Hello,", name)
  The user types:
  Ada
    A) (nothing is printed)   <- your answer
    B) Name? Hello,Ada
    C) Name? Hello, Ada
  exam> f
  
  Score: 1/3 (33%): not passed (pass mark 70%)
    1   Computer Programming and Python Fu [....................]   0% (0/2)
    4   Functions and Exceptions           [####################] 100% (1/1)
  
  Question 1 (PCEP-30-02 1.4): wrong
  Which of these, put in place of ___, makes the program print:
  -4
    1 | print(-___ // 2)
    A) 7
    B) 6
    C) 14
    D) 0
  Your answer: B
  Wrong: the answer is A.
    A) 7   <- the answer
    B) 6   <- it then prints -3
    C) 14   <- it then prints -7
    D) 0   <- it then prints 0
  
  `//` rounds toward minus infinity.
  
  Question 2 (PCEP-30-02 1.5): wrong
  What does this program print?
    1 | name = input("Name? ")
    2 | print("Hello,", name)
  The user types:
  Ada
    A) (nothing is printed)
    B) Name? Hello,Ada
    C) Name? Hello, Ada
  Your answer: A
  Wrong: the answer is C.
    A) (nothing is printed)   <- output taken for nothing
    B) Name? Hello,Ada   <- print puts no space between items
    C) Name? Hello, Ada   <- what the program does
  
  The prompt goes to stdout, without a newline.

Every item type of the exam, and nothing typed: a bank whose items ask
for their own forms gives one question of each (the stems, in order).

  $ printf 'n\nn\nn\nn\nf\n' | sq exam -q --db t.db --bank "$BANKS/exam-types.md" --seed 1 PCEP-30-02 2>/dev/null | sed "/Score:/q" | grep -E "^(exam> n|What|Which|Put|This program|Type|Score)"
  What does this program print?
  exam> n
  Which two statements about this program are true? (Select two answers)
  exam> n
  Which slice gives the last two items?
  Which of these, put in place of ___, makes the program print:
  exam> n
  Put all the lines but one (it does not belong) in an order that makes the program print:
  exam> n
  This program stops with an exception. Which line raises it, and which exception is it?
  Score: 0/5 (0%): not passed (pass mark 70%)

A typed output is not an answer in a mock exam.

  $ printf '2\nHello, Ada\nf\n' | sq exam -q --db e2.db --bank "$BANKS/good.md" --seed 1 PCEP-30-02 2>/dev/null | sed -n '/^exam> Hello/,/^exam>/p'
  exam> Hello, Ada
  Answer with the letter of the right option, A to C.
  
  Question 2 of 3  [39:59 left]
  What does this program print?
    1 | name = input("Name? ")
    2 | print("Hello,", name)
  The user types:
  Ada
    A) (nothing is printed)
    B) Name? Hello,Ada
    C) Name? Hello, Ada
  exam> f

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

  $ sq stats --db e.db | sed -n '/^Mock exams/,$p' | sed 's/^  [0-9][0-9-]* [0-9:]*  /  DATE  /'
  Mock exams:
    DATE  PCEP-30-02    33% (1/3) not passed
    DATE  PCEP-30-02     0% (0/3) not passed -33
  
  Would you pass today? (a real exam's score today, with an 80% interval)
    PCEP-30-02    24% (5-47%): not yet, the pass mark being 70%
                 from 3 answers on 3 of 15 objectives and 2 mock exams
  
  Next 20 minutes, for PCEP-30-02:
    practise 2.1, now 40%, worth up to 7.3% of the score: Make decisions and branch the flow with the if instruction
      snipquiz practice --objective "PCEP-30-02 2.1"
    practise 2.2, now 40%, worth up to 7.3% of the score: Perform different types of iterations
      snipquiz practice --objective "PCEP-30-02 2.2"
    practise 4.1, now 40%, worth up to 3.5% of the score: Decompose the code using functions
      snipquiz practice --objective "PCEP-30-02 4.1"

A question left unanswered (skipped, or the clock ran out) counts against
the exam's score but is not an answer: not in the answers, not a lapse of
the item's review. Of the six questions of the two exams above, three
were answered (one right).

  $ sq stats --db e.db | head -n 1
  3 answers, 1 right (33%)

A draft syllabus is practice-only; usage errors.

  $ E PCPP-32-201
  snipquiz exam: PCPP-32-201 is practice-only while its syllabus is a draft: try 'snipquiz practice --exam PCPP-32-201'
  [2]
  $ E
  snipquiz exam: which exam? e.g. snipquiz exam PCEP-30-02
  Try 'snipquiz exam --help' for more information.
  [2]
  $ E PCXX-00-00
  snipquiz exam: unknown exam 'PCXX-00-00' (exams: PCEP-30-02, PCAP-31-03, PCPP-32-101, PCPP-32-201)
  Try 'snipquiz exam --help' for more information.
  [2]
