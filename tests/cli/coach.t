snipquiz as a coach: the record of answers (and of questions skipped or
left blank), the schedule computed from it, `stats` and `stats --json`,
drills of one misreading, and progress moved between machines.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ P() { sq practice -q --db c.db --bank "$BANKS/good.md" --seed 1 --form output --objective "PCEP-30-02 1.4" --count 1 "$@"; }
  $ db() { "$PYTHON_EXE" -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); [print(*r, sep="|") for r in c.execute(sys.argv[2])]' "$@"; }
  $ js() { "$PYTHON_EXE" -c 'import json, sys; d = json.load(sys.stdin); print(eval(sys.argv[1]))' "$1"; }

A skipped question shows its answer and is recorded as shown: neither
right nor wrong, and no change to the item's schedule.

  $ printf ':skip\n' | P | tail -n 5
  The answer: -4
  
  `//` rounds toward minus infinity.
  
  0 answered, 0 right, 1 skipped
  $ db c.db 'select event, correct, grade from answer'
  skip|None|None
  $ db c.db 'select reps, lapses from card'
  0|0

Answered right just after seeing the answer is no success: the schedule
takes it as a lapse, and stats does not count it right.

  $ printf -- '-4\n\n' | P | grep -E '^(Right|1 answered)'
  Right.
  1 answered, 1 right (100%)
  $ db c.db 'select event, correct, grade from answer'
  skip|None|None
  answer|1|1
  $ db c.db 'select reps, lapses from card'
  1|0
  $ sq stats --db c.db | head -n 1
  1 answer, 0 right (0%)

stats --json: one object; its keys are documented in snipquiz(1).

  $ sq stats --db c.db --json | js 'sorted(d)'
  ['answers', 'days', 'due', 'forecast', 'leeches', 'misreadings', 'mock_exams', 'objectives', 'practised_today', 'readiness', 'right', 'seconds', 'skipped', 'streak']
  $ sq stats --db nothing.db --json | js 'sorted(d)'
  ['answers', 'days', 'due', 'forecast', 'leeches', 'misreadings', 'mock_exams', 'objectives', 'practised_today', 'readiness', 'right', 'seconds', 'skipped', 'streak']
  $ test -e nothing.db
  [1]
  $ sq stats --db c.db --json | js '(d["answers"], d["skipped"], d["streak"], d["practised_today"], len(d["forecast"]))'
  (1, 1, 1, True, 7)
  $ sq stats --db c.db --json | js 'd["objectives"]'
  [{'objective': 'PCEP-30-02 1.4', 'title': 'Choose operators and data types adequate to the problem', 'answered': 1, 'right': 0}]

A database of snipquiz's first version is migrated when it is opened to
write (its cards computed again from its answers), and read in a copy
in memory where it is only read: stats changes nothing.

  $ "$PYTHON_EXE" - <<'PY'
  > import sqlite3
  > c = sqlite3.connect("v1.db")
  > c.executescript("""
  > create table answer (id integer primary key, at real not null, item text not null, objective text, form text, correct integer not null, given text);
  > create table card (item text primary key, objective text, stability real not null, difficulty real not null, last real not null, reps integer not null, lapses integer not null);
  > create table exam (id integer primary key, at real not null, exam text not null, seconds integer not null, right integer not null, total integer not null, passed integer not null);
  > insert into answer values (1, 20780.5, 'b.md#x', 'PCEP-30-02 1.4', 'output', 1, '3');
  > insert into answer values (2, 20783.5, 'b.md#x', 'PCEP-30-02 1.4', 'output', 1, '3');
  > insert into answer values (3, 20784.5, 'b.md#y', 'PCEP-30-02 2.2', 'choice', 0, 'B');
  > insert into card values ('b.md#x', 'PCEP-30-02 1.4', 40.0, 1.0, 20783.5, 2, 0);
  > insert into card values ('b.md#y', 'PCEP-30-02 2.2', 0.48, 6.0, 20784.5, 1, 1);
  > insert into exam values (1, 20784.6, 'PCEP-30-02', 1800, 20, 30, 0);
  > pragma application_id = 1397840433; pragma user_version = 1;
  > """)
  > PY
  $ cp v1.db v1.orig
  $ sq stats --db v1.db | head -n 2
  3 answers, 2 right (66%)
  Time spent: 30 min over 3 days.
  $ cmp v1.db v1.orig
  $ sq progress --db v1.db export v1.json
  Exported 3 answers and 1 mock exam to v1.json.
  $ cmp v1.db v1.orig
  $ printf ':quit\n' | P --db v1.db > /dev/null
  $ db v1.db 'pragma user_version'
  2
  $ db v1.db 'select item, reps, lapses, round(stability, 4), round(difficulty, 4) from card order by item'
  b.md#x|2|0|13.8269|2.1112
  b.md#y|1|0|0.212|6.4133
  $ db v1.db 'select uid, grade from answer order by id'
  v1-20780.500000000-b.md#x|3
  v1-20783.500000000-b.md#x|3
  v1-20784.500000000-b.md#y|1

A newer snipquiz's database is left alone.

  $ cp c.db future.db
  $ db future.db 'pragma user_version = 9'
  $ sq stats --db future.db
  snipquiz stats: future.db was written by a newer snipquiz (progress version 9; this one reads up to 2): snipquiz leaves it alone
  [2]

Moving progress: export, then import into another database; importing
the same file again adds nothing; the schedule follows from the answers.

  $ sq progress --db c.db export c.json
  Exported 2 answers and 0 mock exams to c.json.
  $ sq progress --db other.db import c.json
  Imported 2 answers (0 already here) and 0 mock exams into other.db.
  $ sq progress --db other.db import c.json
  Imported 0 answers (2 already here) and 0 mock exams into other.db.
  $ sq progress --db other.db import v1.json
  Imported 3 answers (0 already here) and 1 mock exam into other.db.
  $ db other.db 'select count(*) from answer'
  5
  $ db c.db 'select item, stability, difficulty, reps, lapses from card' > a
  $ db other.db 'select item, stability, difficulty, reps, lapses from card where item like "good.md%"' > b
  $ cmp a b
  $ sq stats --db other.db | head -n 1
  4 answers, 2 right (50%)

An import that fails changes nothing and says why.

  $ cp other.db other.orig
  $ echo '{"format": "snipquiz-progress", "version": 2, "answers": [{"uid": "x", "at": 1}]}' > bad.json
  $ sq progress --db other.db import bad.json
  snipquiz progress: bad.json: answers[0] is not an answer (it needs uid, at, item; event, correct, seconds and misreadings of their types)
  [2]
  $ echo '[1, 2' > broken.json
  $ sq progress --db other.db import broken.json
  snipquiz progress: broken.json:2:0: not JSON: ']' expected near end of file
  [2]
  $ echo '{"answers": []}' > foreign.json
  $ sq progress --db other.db import foreign.json
  snipquiz progress: foreign.json: not a snipquiz progress export (no "format": "snipquiz-progress")
  [2]
  $ sq progress --db other.db import /dev/null
  snipquiz progress: /dev/null: not a regular file
  [2]
  $ db other.db 'select count(*) from answer'
  5
  $ sq progress --db other.db frobnicate x.json
  snipquiz progress: unknown action 'frobnicate' (export or import)
  Try 'snipquiz progress --help' for more information.
  [2]
  $ sq progress --db none.db export x.json
  snipquiz progress: no progress yet in none.db
  [1]
  $ test -e none.db
  [1]

A drill: --misreading names one misreading by its words, its catalogue
id, or words found in one label only.

  $ sq practice -q --db d.db --misreading 'range end' --count 1 < /dev/null
  snipquiz practice: 'range end' names 2 misreadings: 'range end taken as inclusive', 'the range end taken as inclusive'; give more of the words
  Try 'snipquiz practice --help' for more information.
  [2]
  $ sq practice -q --db d.db --misreading 'no such thing' --count 1 < /dev/null
  snipquiz practice: no misreading is called 'no such thing' (stats lists yours; docs/misreadings.md all of them)
  Try 'snipquiz practice --help' for more information.
  [2]
  $ printf 'B\n' | sq practice -q --db d.db --bank "$BANKS/good.md" --misreading floordiv-true --count 1 --seed 1 | sed -n '/^What/,/^answer/p'
  What does this program print?
    1 | print(-7 // 2)
    A) -3
    B) -3.5
    C) -4
    D) 3
  answer> B
  $ printf '\n' | sq practice -q --db d.db --bank "$BANKS/good.md" --misreading 'print(type(x))' --count 1
  snipquiz practice: no item here may show 'print(type(x)) taken as showing the bare name (int, not <class 'int'>)'
  [1]

Would you pass today? The estimate moves the expected way: answers right
raise it, wrong ones lower it, and its interval narrows with evidence.

  $ mk() { "$PYTHON_EXE" -c '
  > import json, sys, time
  > now = time.time() / 86400
  > tag, right, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
  > objs = ["PCEP-30-02 1.4", "PCEP-30-02 2.2", "PCEP-30-02 3.1", "PCEP-30-02 4.3"]
  > answers = [{"uid": "%s-%d" % (tag, i), "at": now - 1 + i / 1e4, "item": "x.md#%d" % i,
  >     "objective": objs[i % 4], "form": "choice", "event": "answer",
  >     "correct": right, "given": "A", "seconds": 20, "misreadings": []} for i in range(n)]
  > print(json.dumps({"format": "snipquiz-progress", "version": 2, "answers": answers, "exams": []}))
  > ' "$@"; }
  $ est() { sq stats --db r.db --json | js '(d["readiness"]["PCEP-30-02"]["low"], d["readiness"]["PCEP-30-02"]["estimate"], d["readiness"]["PCEP-30-02"]["high"])'; }
  $ mk a 1 20 > a.json; mk b 0 20 > b.json; mk c 1 40 > c.json
  $ sq progress --db r.db import a.json
  Imported 20 answers (0 already here) and 0 mock exams into r.db.
  $ est > e1
  $ sq progress --db r.db import b.json
  Imported 20 answers (0 already here) and 0 mock exams into r.db.
  $ est > e2
  $ sq progress --db r.db import c.json
  Imported 40 answers (0 already here) and 0 mock exams into r.db.
  $ est > e3
  $ "$PYTHON_EXE" -c '
  > e1, e2, e3 = (eval(open(f).read()) for f in ("e1", "e2", "e3"))
  > print("wrong lowers it:", e2[1] < e1[1], "| right raises it:", e3[1] > e2[1])
  > print("inside its interval:", all(l <= e <= h for l, e, h in (e1, e2, e3)))'
  wrong lowers it: True | right raises it: True
  inside its interval: True
  $ sq stats --db r.db PCEP-30-02 | sed -n '/^Would you pass/,$p' | sed -E 's/[0-9][0-9.]*/N/g; s/(borderline|not yet|likely to pass)/VERDICT/'
  Would you pass today? (a real exam's score today, with an N% interval)
    PCEP-N-N    N% (N-N%): VERDICT, the pass mark being N%
                 from N answers on N of N objectives
  
  Next N minutes, for PCEP-N-N:
    practise N, now N%, worth up to N% of the score: Make decisions and branch the flow with the if instruction
      snipquiz practice --objective "PCEP-N-N N"
    practise N, now N%, worth up to N% of the score: Perform different types of iterations
      snipquiz practice --objective "PCEP-N-N N"
    practise N, now N%, worth up to N% of the score: Decompose the code using functions
      snipquiz practice --objective "PCEP-N-N N"

Misreadings as evidence: a scripted learner picks B (range end taken as
inclusive), then A (x += y taken as x = y), then B again, then types what
the first misreading prints (so does a second one: both are made). stats
counts each as made or resisted.

  $ M() { sq practice -q --db m.db --bank "$BANKS/choice.md" --count 1 --seed 2 "$@"; }
  $ printf 'B\n' | M | grep -E '^(You|  [a-z])'
  You misread line 2 (`for i in range(4):`): range end taken as inclusive.
    range end taken as inclusive
  $ printf 'A\n' | M | grep -E '^(You|  [a-z])'
  You misread line 3 (`total += i`): x += y taken as x = y.
    x += y taken as x = y
  $ printf 'B\n' | M > /dev/null
  $ printf '10 3\n\n' | M --form output | grep -E '^(You|  [a-z])'
  You misread line 2 (`for i in range(4):`): range end taken as inclusive, or range(n) taken as counting 1 to n.
    range end taken as inclusive
    range(n) taken as counting 1 to n
  $ sq stats --db m.db --json | js '[(m["label"], m["made"], m["resisted"]) for m in d["misreadings"]]'
  [('range end taken as inclusive', 3, 1), ('range(n) taken as counting 1 to n', 1, 0), ('x += y taken as x = y', 1, 2)]
  $ sq stats --db m.db | sed -n '/^Misreadings/,/^$/p'
  Misreadings (made: picked, typed or ordered; resisted: shown and not picked):
    made 3, resisted 1: range end taken as inclusive
    made 1, resisted 0: range(n) taken as counting 1 to n
    made 1, resisted 2: x += y taken as x = y
  
  $ sq progress --db m.db export - | js 'sorted((m["label"], m["made"], m["line"]) for m in d["answers"][0]["misreadings"])'
  [('range end taken as inclusive', True, 2), ('x += y taken as x = y', False, 3)]

The misreading made most is named in the plan, to drill.

  $ sq stats --db m.db | grep -A 1 '^  drill'
    drill "range end taken as inclusive" (made 3, resisted 1)
      snipquiz practice --misreading "range end taken as inclusive"
    drill "range(n) taken as counting 1 to n" (made 1, resisted 0)
      snipquiz practice --misreading "range(n) taken as counting 1 to n"
