The command line, as users of git-style tools expect it.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ sq --version
  snipquiz 0.1.0
  Copyright (C) 2026 the snipquiz authors
  License ISC: <https://opensource.org/license/isc-license-txt>
  This is free software: you are free to change and redistribute it.
  There is NO WARRANTY, to the extent permitted by law.
  $ sq -V | head -n 1
  snipquiz 0.1.0
  $ sq --help | head -n 1
  usage: snipquiz [--version] [--help] [--syllabus FILE]... [--color WHEN]
  $ sq help check | head -n 1
  usage: snipquiz check [options] [PATH...]
  $ sq run --help | head -n 1
  usage: snipquiz run [options] FILE|-|BANK.md#ID
  $ sq --help
  usage: snipquiz [--version] [--help] [--syllabus FILE]... [--color WHEN]
                  [<command> [<args>]]
  
  Practise the "what does this code print?" questions of the Python Institute
  exams, with the real CPython as the answer key.
  Without a command, it starts practising.
  
  Commands:
    practice  practise: questions chosen by a review schedule
    exam      a timed mock exam in the real exam's shape
    stats     your progress: what is due, misreadings, readiness for the exam
    progress  export your progress to a JSON file, or import one
    run       run a Python file or a bank item in the oracle
    check     check the answer keys of banks against the oracle
    gen       draw fresh, correctly keyed variants from generators
    topics    list the exams' objectives and their coverage
    questions print built questions: JSON lines, GIFT or a worksheet
  
  Run 'snipquiz <command> --help' for a command's options; 'man snipquiz' for more.
  Report bugs to: https://github.com/snipquiz/snipquiz/issues

Without a command, snipquiz practises (here on an empty input: it ends at
once, with its summary).

  $ XDG_DATA_HOME=$PWD/data sq < /dev/null | tail -n 1
  0 answered, 0 right
  $ ls data/snipquiz
  progress.db

  $ sq frobnicate
  snipquiz: 'frobnicate' is not a command
  Try 'snipquiz --help' for the list of commands.
  [2]
  $ sq --frobnicate
  snipquiz: unknown option '--frobnicate'
  Try 'snipquiz --help' for the list of commands.
  [2]

A failed write of the output is an error, not a success.

  $ sq --help > /dev/full
  snipquiz: writing output failed: No space left on device
  [2]
