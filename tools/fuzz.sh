#!/usr/bin/env bash
# fuzz.sh [SECONDS] — builds the libFuzzer targets (every tests/fuzz/fuzz_*.cpp, with ASan + UBSan) through
# the CMake `fuzz` preset into build/fuzz/ and runs them all at once, at low priority, for SECONDS each
# (default 60). Seeds come from tests/fuzz/corpus/<target>/ (never written to); what the fuzzer learns goes
# to build/fuzz-run/corpus/<target>/, and inputs that crash to build/fuzz-run/artifacts/<target>/ (replay
# one: build/fuzz/<target> FILE). Ends with a table of executions, coverage and crashes per target, and
# the line "fuzz: N passed, N failed"; exits 1 when any target crashed. tools/test.sh runs it for 20 s.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-60}
out=build/fuzz-run
command -v clang++ >/dev/null || { echo "fuzz: clang++ not found (apt-get install clang libclang-rt-14-dev)"; exit 2; }
[ -f build/deps/include/nlohmann/json.hpp ] || { echo "fuzz: nlohmann/json not staged: run tools/bootstrap.sh"; exit 2; }

nice -n 10 cmake --preset fuzz >/dev/null
nice -n 10 cmake --build --preset fuzz -j"$(nproc)" >/dev/null
targets=()
for src in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "${src%.cpp}")"); done
# The longest input each target is given; a target not listed gets 4096 bytes.
declare -A max_len=([fuzz_data_loader]=32768 [fuzz_search]=256 [fuzz_route]=4096 [fuzz_static_html]=32768)
mkdir -p "$out"
stamp=$out/.started; touch "$stamp"

echo "fuzz: running ${targets[*]} for $seconds s each, at once"
for t in "${targets[@]}"; do
    mkdir -p "$out/corpus/$t" "$out/artifacts/$t"
    dict=(); [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
    mkdir -p "tests/fuzz/corpus/$t"
    nice -n 10 "build/fuzz/$t" "$out/corpus/$t" "tests/fuzz/corpus/$t" "${dict[@]}" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -max_len="${max_len[$t]:-4096}" -timeout=30 \
        -print_final_stats=1 -artifact_prefix="$out/artifacts/$t/" > "$out/$t.log" 2>&1 &
done
wait || true

printf '\n%-18s %8s %12s %8s %8s %8s %8s\n' target seconds executions exec/s cov ft crashes
status=0; ok=0; bad=0
for t in "${targets[@]}"; do
    log=$out/$t.log
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2)
    ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2)
    crashes=$(find "$out/artifacts/$t" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) -newer "$stamp" | wc -l)
    printf '%-18s %8s %12s %8s %8s %8s %8s\n' "$t" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$crashes"
    if [ "$crashes" -eq 0 ] && ! grep -qE 'ERROR: (libFuzzer|AddressSanitizer|UndefinedBehaviorSanitizer)|runtime error:' "$log"; then
        ok=$((ok + 1))
    else
        bad=$((bad + 1)); status=1
    fi
done
for t in "${targets[@]}"; do
    grep -qE 'ERROR: (libFuzzer|AddressSanitizer|UndefinedBehaviorSanitizer)|runtime error:' "$out/$t.log" &&
        echo "$t: see $out/$t.log"
done
echo "fuzz: $ok passed, $bad failed"
exit $status
