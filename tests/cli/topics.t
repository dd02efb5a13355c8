Coverage to the sub-bullet: an item names the sub-bullets of its
objective it covers (- covers:, the syllabus's words or a unique prefix,
';'-separated), and topics --subtopics counts items, concept items and
generators per sub-bullet.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ cp "$BANKS/covers.md" .

check refuses a prefix that starts several sub-bullets, and a name that
is none; a sub-bullet whose words hold ';' is named whole.

  $ sq check covers.md
  covers.md:31: ambiguous: covers: 'Boolean' starts several of 1.4's sub-bullets ('snipquiz topics --subtopics' lists them)
  covers.md:43: unknown: covers: 'walrus operator' is none of 1.4's sub-bullets ('snipquiz topics --subtopics' lists them)
  3 passed, 0 failed, 2 errors (1 with an authored key, not run) (0 of 2 rerun under another hash seed)
  [1]

The TSV has one line per sub-bullet: exam, objective, sub-bullet,
items, concept items, generators.

  $ sq topics --subtopics --tsv -b covers.md | awk -F '\t' '$4 + $5 + $6 > 0'
  PCEP-30-02	1.1	interpreting and the interpreter, compilation and the compiler	0	1	0
  PCEP-30-02	1.4	numeric operators: ** * / % // + -	1	0	0
  PCEP-30-02	1.4	priorities and binding	1	0	0
  PCPP-32-101	1.1	creating classes, methods, and class and instance variables; calling methods; accessing class and instance variables	1	0	0
  $ sq topics --subtopics --tsv | awk -F '\t' 'NF != 6' | wc -l
  0

The text marks with '!' each sub-bullet short of the target (two items,
and a generator where the objective runs code) and counts those met.

  $ sq topics --subtopics -b covers.md PCEP-30-02 | head -4
  PCEP-30-02  PCEP \xe2\x80\x93 Certified Entry-Level Python Programmer (esc)
    1.1   Understand fundamental terms and definitions
      ! interpreting and the interpreter, compilation an   0 items   1 concept   0 gen
      ! lexis, syntax, and semantics                       0 items   0 concept   0 gen
  $ sq topics --subtopics -b covers.md PCEP-30-02 | tail -1
    0 of 83 sub-bullets meet the target
