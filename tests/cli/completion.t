Shell completion: bash's, sourced as bash-completion would, offers the
commands, each command's options (from the tables its --help is made
from), the values an option takes, and the exams and objectives.

  $ c() { bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _snipquiz; printf "%s\n" "${COMPREPLY[@]}"' - "$srcdir/completions/snipquiz" "$SNIPQUIZ" "$@"; }
  $ c ""
  help
  practice
  exam
  stats
  progress
  run
  check
  gen
  topics
  questions
  $ c st
  stats
  $ c --c
  --color
  $ c --color ""
  auto
  always
  never
  $ c check --f
  --format
  --filter
  --fail-fast
  $ c check --format ""
  text
  tap
  junit
  json
  $ c practice -
  --exam
  --objective
  --bank
  --form
  --stem
  --misreading
  --count
  --seed
  --db
  --quiet
  --color
  --help
  $ c practice --color = al
  always
  $ c practice -e PCP
  PCPP-32-101
  PCPP-32-201
  $ c practice -f o
  order
  output
  $ c questions --objective 'PCAP-31-03\ 1.'
  PCAP-31-03\ 1.1
  PCAP-31-03\ 1.2
  PCAP-31-03\ 1.3
  PCAP-31-03\ 1.4
  PCAP-31-03\ 1.5
  $ c exam ""
  PCEP-30-02
  PCAP-31-03
  PCPP-32-101
  PCPP-32-201
  $ c progress ""
  export
  import
  $ c help ch
  check

The options offered are the command's own: the table's, with -h, --help.

  $ "$SNIPQUIZ" --complete check | cut -f 1 | grep -c .
  20
  $ "$SNIPQUIZ" --complete questions | grep -- '--format'
  --format\t\tF\tjson gift md (esc)
