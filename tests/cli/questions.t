snipquiz questions: questions built as practice and mock exams build them
(the same builder: every option run in the oracle), printed instead of
asked, as JSON lines, Moodle GIFT or a Markdown worksheet.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ Q() { sq questions -q --seed 1 "$@"; }

Help, and usage errors (exit status 2):

  $ sq questions --help | head -n 1
  usage: snipquiz questions [options]
  $ sq help questions | grep -e --format
        --format F          json (default), gift or md
  $ sq questions --format xml
  snipquiz questions: --format wants json, gift or md, not 'xml'
  Try 'snipquiz questions --help' for more information.
  [2]
  $ sq questions --form wrong
  snipquiz questions: --form wants output, choice, select, gap, order, error or mixed, not 'wrong'
  Try 'snipquiz questions --help' for more information.
  [2]
  $ sq questions --count 0
  snipquiz questions: --count wants a number from 1 to 1000000, not '0'
  Try 'snipquiz questions --help' for more information.
  [2]
  $ sq questions --seed
  snipquiz questions: option '--seed' wants a value
  Try 'snipquiz questions --help' for more information.
  [2]
  $ sq questions -x
  snipquiz questions: unknown option '-x'
  Try 'snipquiz questions --help' for more information.
  [2]
  $ sq questions extra
  snipquiz questions: unexpected 'extra'
  Try 'snipquiz questions --help' for more information.
  [2]
  $ sq questions --exam PCEP-99
  snipquiz questions: unknown exam 'PCEP-99' (exams: PCEP-30-02, PCAP-31-03, PCPP-32-101, PCPP-32-201)
  Try 'snipquiz questions --help' for more information.
  [2]
  $ sq questions --objective "PCEP-30-02 9.9"
  snipquiz questions: unknown objective 'PCEP-30-02 9.9' (snipquiz topics lists them)
  Try 'snipquiz questions --help' for more information.
  [2]
  $ sq questions --mock PCEP-30-02 --form choice
  snipquiz questions: --mock takes no --exam, --objective, --form or --count: the exam's shape decides
  Try 'snipquiz questions --help' for more information.
  [2]
  $ sq questions --mock PCPP-32-201
  snipquiz questions: PCPP-32-201 has no mock exam while its syllabus is a draft: try 'snipquiz questions --exam PCPP-32-201'
  [2]
  $ sq questions --mock NOPE
  snipquiz questions: unknown exam 'NOPE' (exams: PCEP-30-02, PCAP-31-03, PCPP-32-101, PCPP-32-201)
  Try 'snipquiz questions --help' for more information.
  [2]

JSON lines (the default): one object per question, with the item, its
exam and objective, the form, the stem, the code as shown, each option
with its letter, whether it is right, where it comes from (the program's
own run, a misreading of it run, a generic answer, the bank's own) and
the misreading's words, how many to pick, and the answer.

  $ Q --bank "$BANKS/forms.md" --objective "PCEP-30-02 1.4" | $PYTHON_EXE -m json.tool --json-lines
  {
      "item": "forms.md#floor-choice",
      "exam": "PCEP-30-02",
      "objective": "PCEP-30-02 1.4",
      "form": "choice",
      "stem_kind": "output",
      "stem": "What does this program print?",
      "code": "print(7 // 2)\n",
      "input": null,
      "aim": null,
      "options": [
          {
              "letter": "A",
              "text": "The code raises an exception",
              "right": false,
              "source": "bank",
              "label": "not what it gives"
          },
          {
              "letter": "B",
              "text": "3.5",
              "right": false,
              "source": "bank",
              "label": "not what it gives"
          },
          {
              "letter": "C",
              "text": "3",
              "right": true,
              "source": "bank",
              "label": null
          },
          {
              "letter": "D",
              "text": "4",
              "right": false,
              "source": "bank",
              "label": "not what it gives"
          }
      ],
      "pick": 1,
      "answer": "C",
      "explanation": "`//` is floor division.\n",
      "key": "run",
      "source": null
  }
  $ Q --bank "$BANKS/select.md" --objective "PCEP-30-02 3.2" --form select | $PYTHON_EXE -m json.tool --json-lines
  {
      "item": "select.md#append-total",
      "exam": "PCEP-30-02",
      "objective": "PCEP-30-02 3.2",
      "form": "select",
      "stem_kind": "select",
      "stem": "Which two statements about this program are true? (Select two answers)",
      "code": "nums = [3, 1, 2]\nnums.append(4)\ntotal = sum(nums)\nprint(total)\nprint(nums[-1])\n",
      "input": null,
      "aim": null,
      "options": [
          {
              "letter": "A",
              "text": "The second line printed is `1`",
              "right": false,
              "source": "misreading",
              "label": "the minus sign overlooked"
          },
          {
              "letter": "B",
              "text": "It ends without an exception",
              "right": true,
              "source": "truth",
              "label": null
          },
          {
              "letter": "C",
              "text": "The second line printed is `4`",
              "right": true,
              "source": "truth",
              "label": null
          },
          {
              "letter": "D",
              "text": "The second line printed is `2`",
              "right": false,
              "source": "misreading",
              "label": "x[-1] taken as the second-to-last"
          },
          {
              "letter": "E",
              "text": "It raises TypeError",
              "right": false,
              "source": "misreading",
              "label": "append taken for extend"
          }
      ],
      "pick": 2,
      "answer": "BC",
      "explanation": "`append` adds one item; `nums[-1]` is the last one.\n",
      "key": "run",
      "source": null
  }

The same seed gives the same questions, byte for byte; --count draws
that many at random.

  $ B() { Q --bank "$BANKS/forms.md" --bank "$BANKS/good.md" "$@"; }
  $ B > a.json
  $ B > b.json
  $ cmp a.json b.json
  $ wc -l < a.json
  7
  $ B --count 3 | cut -d , -f 1
  {"item":"forms.md#last-item-gap"
  {"item":"good.md#echo-input"
  {"item":"good.md#zero-division"
  $ B --count 3 --seed 2 | cut -d , -f 1
  {"item":"good.md#zero-division"
  {"item":"forms.md#floor-choice"
  {"item":"forms.md#last-item-gap"

--form keeps only the questions that can be asked in that form, and says
how many items it skipped:

  $ Q --bank "$BANKS/forms.md" --bank "$BANKS/order.md" --form order | cut -c 1-40
  snipquiz questions: 4 items skipped: they cannot be asked as order
  {"item":"order.md#order-me","exam":"PCEP
  $ Q --bank "$BANKS/choice.md" --form order
  snipquiz questions: 1 item skipped: it cannot be asked as order
  snipquiz questions: no questions left
  [1]

A mock exam: per section as many items as the syllabus says (a small bank
falls short, and says so), in the exam's item types only: picked or
ordered, never typed.

  $ Q --mock PCEP-30-02 > mock.json
  $ $PYTHON_EXE -c 'import json, sys, collections; qs = [json.loads(l) for l in open("mock.json")]; print(sorted(collections.Counter(q["objective"].split()[1].split(".")[0] for q in qs).items())); print(all(q["pick"] > 0 for q in qs))'
  [('1', 7), ('2', 8), ('3', 7), ('4', 8)]
  True
  $ Q --mock PCEP-30-02 --bank "$BANKS/good.md" --bank "$BANKS/forms.md" | cut -c 1-48
  snipquiz questions: section 1 has 3 items here, not 7
  snipquiz questions: section 2 has 1 item here, not 8
  snipquiz questions: section 3 has 2 items here, not 7
  snipquiz questions: section 4 has 1 item here, not 8
  {"item":"good.md#echo-input","exam":"PCEP-30-02"
  {"item":"forms.md#floor-choice","exam":"PCEP-30-
  {"item":"good.md#floor-division-negative","exam"
  {"item":"forms.md#running-total","exam":"PCEP-30
  {"item":"forms.md#last-item-gap","exam":"PCEP-30
  {"item":"forms.md#alias-select","exam":"PCEP-30-
  {"item":"good.md#zero-division","exam":"PCEP-30-

GIFT, for Moodle: the name, the question in HTML (the code in <pre>),
then the options: = right, ~ wrong, # the misreading it comes from;
#### the explanation. Every ~ = # { } : and backslash is escaped, and
line breaks are written \n, as Moodle's own export does, so that a blank
line or a line starting with // in the code cannot end the question or
be read as a comment.

  $ Q --bank "$BANKS/export.md" --objective "PCEP-30-02 3.3" --format gift
  ::export.md\#braces-and-tildes::[html]<p>What does it print? The braces are a <em>dict's</em>.</p>\n<pre><code>d \= \{&quot;a&quot;\: 1\}  \# \{key\: value\}\n\nn \= (7\n     // 2)\ns \= &quot;x\=1 \~ y\#z\:\\\\n&quot;\nprint(d, n, s.count(&quot;\~&quot;), len(s))</code></pre>{
  \t~<code>The code raises an exception</code>#not what it gives (esc)
  \t~<code>\\{'a'\\: 1\\} 3.5 1 12</code>#not what it gives (esc)
  \t=<code>\\{'a'\\: 1\\} 3 1 12</code> (esc)
  \t~<code>\\{a\\: 1\\} 3 1 12</code>#not what it gives (esc)
  \t####<p><code>//</code> at the start of a line continues the expression in brackets, and\\n<code>&quot;\\\\\\\\n&quot;</code> is two characters\\: a backslash and <code>n</code>.</p> (esc)
  }
  

"Select two": each right option earns half, each wrong one takes half
away, as the exams' partial credit does.

  $ Q --bank "$BANKS/forms.md" --objective "PCEP-30-02 2.2" --format gift
  ::forms.md\#running-total::[html]<p>Which two statements about this program are true? (Select two answers)</p>\n<pre><code>total \= 0\nfor n in [3, 4]\:\n    total +\= n\nprint(total)</code></pre>{
  \t~%-50%The first line printed is <code>4</code>#x +\\= y taken as x \\= y (esc)
  \t~%50%The first line printed is <code>7</code> (esc)
  \t~%50%<code>total</code> is 7 after the code runs (esc)
  \t~%-50%<code>total</code> is 4 after the code runs#x +\\= y taken as x \\= y (esc)
  }
  

Typed output becomes a short answer only when one can hold it: Moodle's
ignores case, takes * for any text, and holds one line. GIFT has no
ordering type. What is left out is counted on stderr.

  $ Q --bank "$BANKS/export.md" --bank "$BANKS/order.md" --form output --format gift
  snipquiz questions: 2 typed questions left out: a GIFT short answer would grade them wrongly (it ignores case and holds one line; a gap takes any fill that works)
  ::export.md\#six-sevens::[html]<p>What does this program print?</p>\n<pre><code>print(6 * 7)</code></pre>{
  \t=%100%42 (esc)
  }
  
  ::order.md\#order-me::[html]<p>What does this program print?</p>\n<pre><code>nums \= [3, 1, 2]\nnums.append(5)\nnums.sort()\nprint(nums)</code></pre>{
  \t=%100%[1, 2, 3, 5] (esc)
  \t####<p>Append, then sort, then print.</p> (esc)
  }
  
  $ Q --bank "$BANKS/order.md" --form order --format gift
  snipquiz questions: 1 ordering question left out: GIFT has no ordering type
  snipquiz questions: no questions left
  [1]

A worksheet in Markdown: numbered questions, the answers at the end with
what each wrong option comes from, and the explanations.

  $ Q --bank "$BANKS/forms.md" --objective "PCEP-30-02 1.4" --format md
  # Questions
  
  ## Question 1
  
  What does this program print?
  
  ```python
  print(7 // 2)
  ```
  
  A) `The code raises an exception`
  
  B) `3.5`
  
  C) `3`
  
  D) `4`
  
  ## Answers
  
  **1.** C (A: not what it gives; B: not what it gives; D: not what it gives)
  
  `//` is floor division.
  
  $ Q --bank "$BANKS/good.md" --objective "PCEP-30-02 4.3" --format md
  # Questions
  
  ## Question 1
  
  This program stops with an exception. Which line raises it, and which exception is it?
  
  ```python
  print("before")
  print(1 / 0)
  ```
  
  A) It runs without an exception
  
  B) Line 2 raises ValueError
  
  C) Line 2 raises ZeroDivisionError
  
  D) Line 1 raises ZeroDivisionError
  
  ## Answers
  
  **1.** C (A: the exception missed; B: the right line, a related exception; D: the right exception, a line too early)
  
  Output printed before the exception is part of the answer.
  
