The command line, as users of git-style tools expect it.

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ sq --version
  snipquiz 0.1.0
  $ sq --help | head -n 1
  usage: snipquiz [--version] [--help] <command> [<args>]
  $ sq help check | head -n 1
  usage: snipquiz check [options] [PATH...]
  $ sq run --help | head -n 1
  usage: snipquiz run [options] FILE|-|BANK.md#ID
  $ sq
  usage: snipquiz [--version] [--help] <command> [<args>]
  
  Practise the "what does this code print?" questions of the Python Institute
  exams, with the real CPython as the answer key.
  
  Commands:
    run      run a Python file or a bank item in the oracle
    check    check the answer keys of banks against the oracle
    gen      draw fresh, correctly keyed variants from generators
    topics   list the exams' objectives and their coverage
  
  Run 'snipquiz <command> --help' for a command's options; 'man snipquiz' for more.
  [2]
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
