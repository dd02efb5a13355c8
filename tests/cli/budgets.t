snipquiz runs each snippet with budgets of its own: what one item holds
never changes what the item beside it gets, whatever -j says.

  $ sq() { "$SNIPQUIZ" "$@"; }

Processes: the first item starts threads until its budget (64) is spent
and holds them while the second, run at the same time, starts three of
its own. Both must pass, in both oracles.

Files: the third item fills its scratch space (64 MiB, its own tmpfs)
and holds it while the fourth writes a file of its own. Ports: the fifth
serves on a port while the sixth serves on the same one.

  $ sq check -q -j 2 "$BANKS/budgets.md"
  6 passed, 0 failed (6 of 6 rerun under another hash seed)
