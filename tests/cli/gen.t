snipquiz gen: fresh variants of generator templates, keyed by the oracle.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ G="$BANKS/generators.md"

A seed gives the same bank, byte for byte; the variants are distinct.

  $ sq gen -q -g "$G" --seed 5 --count 2 floor-div
  # Generated exam items
  
  <!-- snipquiz gen --seed 5 --count 2 "floor-div" -->
  
  ## floor-div.1
  - objective: PCEP-30-02 1.4
  - form: output
  - generator: floor-div
  - variant: 5:floor-div:0
  
  ```python
  x = -25
  y = 2
  print(x // y, x % y)
  ```
  
  ```output
  -13 1
  ```
  
  ```misread // taken as rounding toward zero
  x = -25
  y = 2
  print(int(x / y), x % y)
  ```
  
  -25 // 2 is -13: `//` rounds toward minus infinity.
  
  ## floor-div.2
  - objective: PCEP-30-02 1.4
  - form: output
  - generator: floor-div
  - variant: 5:floor-div:1
  
  ```python
  x = -17
  y = 7
  print(x // y, x % y)
  ```
  
  ```output
  -3 4
  ```
  
  ```misread // taken as rounding toward zero
  x = -17
  y = 7
  print(int(x / y), x % y)
  ```
  
  -17 // 7 is -3: `//` rounds toward minus infinity.
  $ sq gen -q -g "$G" --seed 5 --count 20 floor-div > a.md
  $ sq gen -q -g "$G" --seed 5 --count 20 floor-div > b.md
  $ cmp a.md b.md
  $ sq gen -q -g "$G" --seed 6 --count 20 floor-div > c.md
  $ cmp -s a.md c.md
  [1]
  $ grep -A 4 '^```python' a.md | grep -c '^x = '
  20
  $ awk '/^```python/ {f = 1; s = ""; next} /^```/ {if (f) print s; f = 0} f {s = s $0 ";"}' a.md | sort -u | wc -l
  20

What gen prints is a bank that passes check.

  $ sq check -q a.md
  20 passed, 0 failed (0 of 20 rerun under another hash seed)

stdin blocks are templates too.

  $ sq gen -q -g "$G" --seed 1 --count 1 greeting | sed -n '/```stdin/,/```output/p'
  ```stdin
  Grace
  ```
  
  ```output

The determinism guard: a template whose output changes with the hash seed,
or shows a memory address, cannot give a variant; broken templates say why.

  $ sq gen -q -g "$G" --seed 1 --count 1 fruit-set > /dev/null
  */generators.md:*: fruit-set: only 0 distinct variants in 20 draws; the last one: unstable output: it differs from one run to the next (string sets, dict order from sets, times, ids) (glob)
  --- hash seed A
  +++ hash seed B
  @@ -1 +1 @@
  -{*} (glob)
  +{*} (glob)
  [1]
  $ sq gen -q -g "$G" --seed 1 --count 1 object-repr 2>&1 >/dev/null | sed 's/0x[0-9a-f]*/ADDR/'
  */generators.md:*: object-repr: only 0 distinct variants in 20 draws; the last one: unstable output: it shows a memory address (ADDR), which changes from run to run (glob)
  $ sq gen -q -g "$G" --seed 1 broken-params > /dev/null
  */generators.md:*: broken-params: the params or where block raised: NameError: name 'undefined_name' is not defined (glob)
  [1]
  $ sq gen -q -g "$G" --seed 1 unknown-value > /dev/null
  */generators.md:*: unknown-value: the template names ${b}, which the params block does not define (glob)
  [1]

check checks templates by drawing three variants each, and runs every
passing item again under another hash seed.

  $ cp "$G" generators.md
  $ sq check -q generators.md 2>&1 | grep -v '^[-+@{ ]'
  generators.md:53: fruit-set: only 0 distinct variants in 40 draws; the last one: unstable output: it differs from one run to the next (string sets, dict order from sets, times, ids)
  generators.md:66: object-repr: only 0 distinct variants in 40 draws; the last one: unstable output: it shows a memory address (*), which changes from run to run (glob)
  generators.md:82: broken-params: the params or where block raised: NameError: name 'undefined_name' is not defined
  generators.md:96: unknown-value: the template names ${b}, which the params block does not define
  2 passed, 4 failed
  $ cp "$BANKS/unstable.md" .
  $ sq check -q unstable.md
  unstable.md:6: string-set: unstable output: it differs from one run to the next (string sets, dict order from sets, times, ids)
  --- hash seed A
  +++ hash seed B
  @@ -1 +1 @@
  -{'date', 'banana', 'cherry', 'apple'}
  +{'cherry', 'date', 'apple', 'banana'}
  1 passed, 1 failed (2 of 2 rerun under another hash seed)
  [1]

Selecting generators: by id, by exam, by "EXAM OBJECTIVE".

  $ sq gen -q -g "$G" --seed 1 --count 1 "PCEP-30-02 1.5" | grep '^## '
  ## greeting.1
  $ sq gen -q -g "$G" --seed 1 --count 1 PCAP-31-03 2>/dev/null | grep '^## '
  [1]
  $ sq gen -q -g "$G" --seed 1 nothing-like-this
  snipquiz gen: no generator matches 'nothing-like-this'
  Try 'snipquiz gen --help' for more information.
  [2]
  $ sq gen -q -g "$G" "PCEP-30-02 9.9"
  snipquiz gen: unknown objective 'PCEP-30-02 9.9' (snipquiz topics lists them)
  Try 'snipquiz gen --help' for more information.
  [2]
  $ sq gen --count 0
  snipquiz gen: --count wants a number from 1 to 1000, not '0'
  Try 'snipquiz gen --help' for more information.
  [2]

Objectives are checked against the syllabus.

  $ printf '## x\n- objective: PCEP-30-02 9.9\n\n```python\nprint(1)\n```\n\n```output\n1\n```\n' > unknown.md
  $ sq check -q unknown.md
  unknown.md:2: x: unknown objective 'PCEP-30-02 9.9' (snipquiz topics lists them)
  0 passed, 0 failed, 1 error
  [1]

snipquiz topics: the syllabus with its coverage.

  $ sq topics PCPP-32-101 | head -n 3
  PCPP-32-101  PCPP1 \xe2\x80\x93 Certified Professional Python Programmer Level 1 (45 items, 65 min, pass 70%) (esc)
    1     Advanced Object-Oriented Programming (35%, 15 items)
      1.1   Understand and explain the basic terms and programmi * items * gen (glob)
  $ sq topics --tsv | awk -F '\t' '{print NF}' | sort -u
  6
  $ sq topics --tsv | grep -c '^PCEP-30-02	'
  15
  $ sq topics --tsv | awk -F '\t' '$6 == "no" {print $1, $2}' | head -n 3
  PCPP-32-101 2.2
  PCPP-32-101 3.1
  PCPP-32-101 4.1
  $ sq topics PCPP-32-101 | grep -A 1 '^    2.2 '
      2.2   Employ the PEP 8 guidelines, coding conventions, and * items * gen (glob)
            not runnable: * (glob)
  $ sq topics PCXX-00-00
  snipquiz topics: unknown exam 'PCXX-00-00' (exams: PCEP-30-02, PCAP-31-03, PCPP-32-101, PCPP-32-201)
  Try 'snipquiz topics --help' for more information.
  [2]
