#!/bin/sh
# tests/fuzz/seeds.sh SRCDIR DIR: fill DIR with the fuzzer's seed corpus,
# every bank the project has: the bundled banks and generators, the test
# banks, and the example banks of README.md and docs/*.md (cut out as
# tests/docs.test cuts them).
set -eu
srcdir=$1
dir=$2
rm -rf "$dir"
mkdir -p "$dir"
for f in "$srcdir"/snippets/*.md "$srcdir"/generators/*.md \
    "$srcdir"/tests/banks/*.md; do
	[ -f "$f" ] || continue
	base=$(basename "$(dirname "$f")")
	cp "$f" "$dir/$base-$(basename "$f")"
done
for doc in "$srcdir/README.md" "$srcdir"/docs/*.md; do
	[ -f "$doc" ] || continue
	awk -v dir="$dir" -v base="$(basename "$doc" .md)" '
		!inblock && /^````+markdown/ {
			fence = $0; sub(/markdown.*/, "", fence)
			n++; file = sprintf("%s/doc-%s-%02d.md", dir, base, n)
			inblock = 1; next
		}
		inblock && $0 == fence { inblock = 0; close(file); next }
		inblock { print > file }
	' "$doc"
done
echo "seeds.sh: $(ls "$dir" | wc -l) seed banks in $dir"
