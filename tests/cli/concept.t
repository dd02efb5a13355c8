Concept items: a question no program can prove (what CPython does with
source, TCP against UDP), its options marked by the bank and each wrong
one saying why, and the source the key comes from. check validates their
form and never runs them; the quiz and the exports say the key is the
bank's.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ cp "$BANKS/concept.md" "$BANKS/concept-bad.md" .
  $ export XDG_DATA_HOME=$PWD/data XDG_STATE_HOME=$PWD/state

check passes them, counted apart: their keys were not run.

  $ sq check -v concept.md
  concept.md:3: cpython-compiles-to-bytecode: ok (authored key, not run)
  concept.md:24: tcp-vs-udp: ok (authored key, not run)
  2 passed, 0 failed (2 with authored keys, not run)
  $ sq check --format json concept.md | grep -c '"authored":true'
  2

A concept item without a source, a wrong option without its reason, a
program, eval options or no question is a parse error at its line; so
are an unknown kind and an unknown need.

  $ sq check concept-bad.md
  concept-bad.md:3: no-source: a concept item's key is the bank's word: name its source ('- source: PEP 8', '- source: https://docs.python.org/3/glossary.html')
  concept-bad.md:24: no-why: say why option 'Two spaces per indentation level' is wrong, on a line under it: '    why: ...'
  concept-bad.md:32: with-code: a concept item runs nothing, so has no ```python block (drop '- kind: concept' to have the oracle key a program)
  concept-bad.md:43: eval-options: a concept item's options are statements its marks judge: ```options, not ```options eval
  concept-bad.md:53: no-question: a concept item asks its question in prose above its ```options
  concept-bad.md:61: bad-kind: kind is 'program' (the default) or 'concept', not 'quiz'
  concept-bad.md:69: bad-needs: needs: unknown need 'gpu' (known: display, subprocess, requests, pytest)
  1 passed, 0 failed, 7 errors (1 with an authored key, not run)
  [1]

--lint flags a concept item whose options quote code a run could judge:
that key should be proven, not authored.

  $ sq check --lint concept-bad.md 2>&1 | grep lint
  concept-bad.md:83: runnable-claim: lint: option '`7 // 2` gives 3' quotes code a run could judge: prove it with ```options eval under a program
  concept-bad.md:84: runnable-claim: lint: option '`7 // 2` gives 3.5' quotes code a run could judge: prove it with ```options eval under a program

Practice asks them as the exams do, one right option or "select two",
and after the answer gives each option's reason and the key's source.

  $ printf 'B\nAC\n' | sq practice -b concept.md --seed 2
  
  Question 1 of 2  PCEP-30-02 1.1
  What does CPython do with a program's source before running it?
    A) It checks the types of every variable before running
    B) It translates the source to machine code, like a C compiler
    C) It interprets each line of source text as it reads it, with no compile step
    D) It compiles the source to bytecode, which its virtual machine then interprets
  answer> B
  Wrong: the answer is D.
    A) It checks the types of every variable before running   <- Python checks types while the program runs; nothing checks them beforehand
    B) It translates the source to machine code, like a C compiler   <- CPython makes bytecode for its own virtual machine, not machine code for the processor
    C) It interprets each line of source text as it reads it, with no compile step   <- the whole module is compiled to bytecode first, which is why a SyntaxError anywhere stops the program before its first line runs
    D) It compiles the source to bytecode, which its virtual machine then interprets   <- right
  
  The glossary: Python source code is compiled into bytecode, the internal
  representation of a Python program in the CPython interpreter.
  
  (Key given by the bank, not proven by running; source: https://docs.python.org/3/glossary.html#term-bytecode)
  
  Question 2 of 2  PCPP-32-101 4.1
  Which two statements about TCP and UDP are true? (Select two answers)
    A) TCP keeps the boundaries between the messages sent
    B) UDP opens a connection with a three-way handshake
    C) TCP delivers a stream of bytes in order, or reports an error
    D) UDP sends datagrams that may be lost or arrive out of order
  answer> AC
  Wrong: the answer is CD.
    A) TCP keeps the boundaries between the messages sent   <- TCP is a byte stream: two sends may arrive as one recv
    B) UDP opens a connection with a three-way handshake   <- that is TCP's handshake; UDP has no connection
    C) TCP delivers a stream of bytes in order, or reports an error   <- right
    D) UDP sends datagrams that may be lost or arrive out of order   <- right
  
  TCP is connection-oriented and reliable; UDP is connectionless.
  
  (Key given by the bank, not proven by running; source: Python documentation, socket \xe2\x80\x94 Low-level networking interface) (esc)
  
  2 answered, 0 right (0%)
    PCEP-30-02 1.1   0 right, 1 wrong
    PCPP-32-101 4.1  0 right, 1 wrong
  Next review: tomorrow (2 items)

The export says where each key comes from.

  $ sq questions -b concept.md --seed 1 | grep -o '"key":"[a-z]*"'
  "key":"authored"
  "key":"authored"

questions --stats counts them apart: its figures are about programs and
their misreadings.

  $ sq questions -b concept.md --stats | grep -A1 '^overall'
  overall: 0 items (0 curated, 0 generator variants)
    concept items                      2 (authored keys: not in the figures below)
