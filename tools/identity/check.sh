#!/usr/bin/env bash
# Output-identity check for refactors (docs/architecture.md, "Is my change safe?").
#   bash tools/identity/check.sh record   # before the change: writes the reference outputs
#   bash tools/identity/check.sh compare  # after it: rebuilds, reruns, diffs against the reference
# It runs the console in batch mode over every BBC article and every PolNeAR dev text, CoNLL eng.testa
# documents rebuilt as running text, and the three evaluation commands, and compares the outputs byte for byte.
# Scratch files go to $IDENTITY_DIR (default: a folder under the system temp dir); ../shared stays read-only.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode="${1:-compare}"
out="${IDENTITY_DIR:-${TMPDIR:-/tmp}/entityextract-identity}"
# the data folder: ENTITYEXTRACT_DATA, else the first shared/data found walking up from the repository
data="${ENTITYEXTRACT_DATA:-}"
if [ -z "$data" ]; then
  d="$PWD"
  while [ "$d" != / ]; do [ -d "$d/shared/data" ] && { data="$d/shared/data"; break; }; d="$(dirname "$d")"; done
fi
data="${data:-../shared/data}"
mkdir -p "$out/reference" "$out/current"
[ -d "$data" ] || { echo "no data folder at $data"; exit 2; }
target="$out/current"; [ "$mode" = record ] && target="$out/reference"
python3 tools/identity/corpus.py "$data" "$out/corpus.jsonl"
dotnet build EntityExtract.sln -c Release -v q -nologo >/dev/null
dotnet run -c Release --no-build --project samples/EntityExtract.Cli -- --jsonl --threads 2 \
  --input "$out/corpus.jsonl" --output "$target/corpus.out.jsonl" >/dev/null 2>&1
for cmd in eval-ner eval-dates eval-quotes; do
  # timing figures (seconds, tokens/s) vary from run to run; everything else must match
  dotnet run -c Release --no-build --project tools/EntityExtract.Tools -- "$cmd" 2>&1 \
    | sed -E 's/[0-9.]+s \([0-9]+ tokens\/s[^)]*\)/(timing)/' > "$target/$cmd.txt" || true
done
if [ "$mode" = record ]; then echo "recorded reference in $target"; exit 0; fi
status=0
for f in corpus.out.jsonl eval-ner.txt eval-dates.txt eval-quotes.txt; do
  if cmp -s "$out/reference/$f" "$out/current/$f"; then echo "identical: $f"; else echo "DIFFERENT: $f"; status=1; fi
done
exit $status
