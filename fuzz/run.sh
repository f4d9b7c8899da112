#!/usr/bin/env bash
# Longer fuzzing runs with AFL++ and SharpFuzz:  bash fuzz/run.sh [SECONDS]   (default 600)
# Installs AFL++ (Debian) and the SharpFuzz instrumenter (a .NET tool), builds the harness, instruments
# EntityExtract.dll, and fuzzes the whole pipeline from the inputs in fuzz/seeds. Findings land in
# fuzz/out/default/crashes; copy each one into tests/EntityExtract.Tests/Robustness/FuzzFindings/,
# where a test replays every file there forever after.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
command -v afl-fuzz >/dev/null || { apt-get update -qq && apt-get install -y -qq afl++; }
tools="$PWD/fuzz/.tools"
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --tool-path "$tools"
out="$PWD/fuzz/bin"
dotnet publish fuzz/EntityExtract.Fuzz -c Release -o "$out" --nologo
"$tools/sharpfuzz" "$out/EntityExtract.dll"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
timeout --preserve-status "$seconds" afl-fuzz -i fuzz/seeds -o fuzz/out -t 10000 -m none -- "$out/EntityExtract.Fuzz" || true
ls fuzz/out/default/crashes 2>/dev/null | grep -v README || echo "no crashes"
