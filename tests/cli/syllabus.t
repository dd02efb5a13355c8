An exam added as data: a syllabus file (the worked example of
docs/syllabus-format.md, run here as the doc gives it) adds PCEP-30-03
and maps PCEP-30-02's objectives onto it.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ export XDG_DATA_HOME=$PWD/data XDG_STATE_HOME=$PWD/state
  $ awk '/^```json$/ {on = 1; next} /^```$/ {on = 0} on' "$DOCS/syllabus-format.md" > pcep-30-03.json
  $ head -3 pcep-30-03.json
  {
    "version": 1,
    "exams": [

Without the file, there is no such exam.

  $ sq topics PCEP-30-03
  snipquiz topics: unknown exam 'PCEP-30-03' (exams: PCEP-30-02, PCAP-31-03, PCPP-32-101, PCPP-32-201)
  Try 'snipquiz topics --help' for more information.
  [2]

Every command that takes an exam names the valid ones when given another.

  $ sq stats NOPE
  snipquiz stats: unknown exam 'NOPE' (exams: PCEP-30-02, PCAP-31-03, PCPP-32-101, PCPP-32-201)
  Try 'snipquiz stats --help' for more information.
  [2]
  $ sq practice --exam NOPE < /dev/null
  snipquiz practice: unknown exam 'NOPE' (exams: PCEP-30-02, PCAP-31-03, PCPP-32-101, PCPP-32-201)
  Try 'snipquiz practice --help' for more information.
  [2]

Given with --syllabus, or found in $XDG_DATA_HOME/snipquiz/syllabi, it
lists the new exam, with the items retagged from PCEP-30-02 counted.

  $ sq --syllabus pcep-30-03.json topics --tsv PCEP-30-03 | cut -f 1,2,6
  PCEP-30-03	1.1	yes
  PCEP-30-03	1.2	no
  PCEP-30-03	2.1	yes
  $ mkdir -p data/snipquiz/syllabi && cp pcep-30-03.json data/snipquiz/syllabi/
  $ sq topics --tsv PCEP-30-03 | awk -F '\t' '$4 > 0 && $5 > 0' | wc -l
  3

Practice, the exports and mock exams select the new exam's items.

  $ sq questions -e PCEP-30-03 -n 2 --seed 1 | grep -o '"objective":"[^"]*"' | sort -u | grep -v PCEP-30-03
  [1]
  $ sq questions --mock PCEP-30-03 --seed 1 | wc -l
  18

A bank may name the new exam's objectives.

  $ cat > new.md <<'EOF'
  > ## loop-count
  > - objective: PCEP-30-03 2.1
  > - covers: while
  > 
  > ```python
  > i = 0
  > while i < 3:
  >     i += 1
  > print(i)
  > ```
  > 
  > ```output
  > 3
  > ```
  > EOF
  $ sq check new.md
  1 passed, 0 failed (0 of 1 rerun under another hash seed)

A malformed file, and a retag onto an objective no syllabus has, are
errors naming the file.

  $ printf '{"exams": 3}\n' > data/snipquiz/syllabi/zz-bad.json
  $ sq topics 2>&1 | head -1
  snipquiz topics: cannot read the syllabus: */zz-bad.json: 'exams' must be a list (glob)
  $ printf '{"retag": {"PCEP-30-02 1.1": "PCEP-30-09 1.1"}}\n' > data/snipquiz/syllabi/zz-bad.json
  $ sq topics 2>&1 | head -1
  snipquiz topics: cannot read the syllabus: retag: 'PCEP-30-02 1.1' maps to 'PCEP-30-09 1.1', which no syllabus has
