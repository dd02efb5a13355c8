`snipquiz questions --stats` measures the questions instead of printing
them: per exam and overall, over the banks and two variants of each
generator template (drawn with --seed), each figure beside its target.
Each item is built twice: as "What does this program print?" with its
misreadings (how many have four options, three of them misreadings; how
many wrong options are generic), and as mixed practice builds it (the
stems, where the right option is, how long a choice took: the wall
clock, masked here).

  $ sq() { "$SNIPQUIZ" "$@"; }
  $ sq questions -q --stats --seed 1 --bank "$BANKS/stems.md" --bank "$BANKS/gen-one.md"
  PCEP-30-02: 5 items (3 curated, 2 generator variants)
    four options, three misreadings    3/5 (60%)        target >= 90%  NOT met
    askable as an output choice        5/5 (100%)
    generic wrong options              2/14 (14%)       target <= 5%   NOT met
    output stem in mixed practice      3/5 (60%)        target <= 60%  met
    stems in mixed practice            output 3, behaviour 1, variable 1
    right option (choice)              A 1, B 3, C 1, D 0 (1 with fewer than four options)
    choice build, median               * ms (p90 *)* target < 100ms * (glob)
  overall: 5 items (3 curated, 2 generator variants)
    four options, three misreadings    3/5 (60%)        target >= 90%  NOT met
    askable as an output choice        5/5 (100%)
    generic wrong options              2/14 (14%)       target <= 5%   NOT met
    output stem in mixed practice      3/5 (60%)        target <= 60%  met
    stems in mixed practice            output 3, behaviour 1, variable 1
    right option (choice)              A 1, B 3, C 1, D 0 (1 with fewer than four options)
    choice build, median               * ms (p90 *)* target < 100ms * (glob)

The same seed gives the same figures (the timings aside).

  $ sq questions -q --stats --seed 1 --bank "$BANKS/stems.md" --bank "$BANKS/gen-one.md" | grep -v 'choice build' > a
  $ sq questions -q --stats --seed 1 --bank "$BANKS/stems.md" --bank "$BANKS/gen-one.md" | grep -v 'choice build' > b
  $ cmp a b

--verbose (-v) also lists the items that fall short, for an author to
give them misreadings.

  $ sq questions -q --stats -v --seed 1 --bank "$BANKS/stems.md" --bank "$BANKS/gen-one.md" | sed -n '/^short/,$p'
  short of four options with three misreadings: 2 items
    stems.md#stars (PCEP-30-02 2.2): 2 of 3 wrong options are misreadings
    stems.md#index (PCEP-30-02 4.3): 1 of 2 wrong options are misreadings
  $ sq questions -q -v
  snipquiz questions: --verbose lists what --stats measures: give --stats too
  Try 'snipquiz questions --help' for more information.
  [2]

--stats measures every item as practice asks it: it takes no --mock,
--form or --count.

  $ sq questions -q --stats --form choice
  snipquiz questions: --stats takes no --mock, --form or --count: it measures every item, as practice asks it
  Try 'snipquiz questions --help' for more information.
  [2]
