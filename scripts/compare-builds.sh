#!/bin/bash
# Byte-identical output check between two builds of the CLI (for engine work that must not change
# results): check --json and the text report on samples/, test/fixtures/** (each folder and each
# file) and the seeds beside the repo when present, and eval (plain and --variants) on the seeds and
# each labelled fixture folder. Usage: scripts/compare-builds.sh OTHER_BUILD [THIS_BUILD]
# (builds as made by `node scripts/build-cli.js`, e.g. another worktree's build/). Exit 1 on any difference.
set -u
other=${1:?usage: scripts/compare-builds.sh OTHER_BUILD [THIS_BUILD]}
this=${2:-build}
cd "$(dirname "$0")/.."
out=$(mktemp -d)
dirs="samples test/fixtures/unseen test/fixtures/years test/fixtures/years-heldout"
[ -d ../shared/seeds ] && dirs="$dirs ../shared/seeds"
for side in other this; do
  if [ $side = other ]; then B=$other; else B=$this; fi
  mkdir -p "$out/$side"
  i=0
  for d in $dirs; do
    i=$((i + 1))
    node "$B/src/cli/bin.js" check "$d" --json > "$out/$side/check$i.json" 2>&1
    node "$B/src/cli/bin.js" check "$d" > "$out/$side/check$i.txt" 2>&1
  done
  for f in $(find test/fixtures -type f \( -name '*.txt' -o -name '*.md' \) | sort); do
    node "$B/src/cli/bin.js" check "$f" --json >> "$out/$side/files.json" 2>&1
  done
  node "$B/src/cli/eval.js" > "$out/$side/eval.txt" 2>&1
  node "$B/src/cli/eval.js" --variants > "$out/$side/eval-variants.txt" 2>&1
  for d in unseen years years-heldout; do
    node "$B/src/cli/eval.js" --dir "test/fixtures/$d" > "$out/$side/eval-$d.txt" 2>&1
    node "$B/src/cli/eval.js" --variants --dir "test/fixtures/$d" > "$out/$side/eval-variants-$d.txt" 2>&1
  done
done
status=0
for f in "$out"/other/*; do
  name=$(basename "$f")
  if ! cmp -s "$f" "$out/this/$name"; then
    echo "differs: $name (diff $f $out/this/$name)"
    status=1
  fi
done
[ $status = 0 ] && echo "same: $(ls "$out/other" | wc -l) outputs byte-identical" && rm -rf "$out"
exit $status
