#!/usr/bin/env bash
# fuzz.sh [SECONDS] — builds the libFuzzer targets of tests/fuzz/ with clang++ (ASan + UBSan) into
# build/fuzz/ and runs them all at once, at low priority, for SECONDS each (default 60). Seeds come from
# tests/fuzz/corpus/<target>/; what the fuzzer learns goes to build/fuzz/corpus/<target>/, and inputs that
# crash to build/fuzz/artifacts/<target>/ (replay one: build/fuzz/<target> FILE). Ends with a table of
# executions, coverage and crashes per target; exits 1 when any target crashed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-60}
out=build/fuzz
cxx=${FUZZ_CXX:-clang++}
targets=(fuzz_data_loader fuzz_search fuzz_route fuzz_static_html)
declare -A max_len=([fuzz_data_loader]=32768 [fuzz_search]=256 [fuzz_route]=4096 [fuzz_static_html]=32768)

command -v "$cxx" >/dev/null || { echo "fuzz: $cxx not found (apt-get install clang libclang-rt-14-dev)"; exit 2; }
[ -f build/deps/include/nlohmann/json.hpp ] || { echo "fuzz: nlohmann/json not staged: run tools/bootstrap.sh"; exit 2; }
mkdir -p "$out/obj"

# The bundled data as the CMake build makes it.
cmake -DOUT="$root/$out/bundled_data.cpp" -DDIR="$root/assets" -DHEADER=core/bundled_files.h \
      -DFUNC=core::BundledFiles -P cmake/embed_files.cmake

# shellcheck disable=SC2054  # the commas belong to -fsanitize=
flags=(-std=c++17 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
       -DJSON_NOEXCEPTION=1 -Isrc -isystem build/deps/include)
# Core compiled once for all targets, two files at a time; a file is compiled again when it or a header changed.
objects=(); pids=()
for src in src/core/*.cpp "$out/bundled_data.cpp"; do
    obj=$out/obj/$(basename "${src%.cpp}").o
    objects+=("$obj")
    [ -f "$obj" ] && [ ! "$src" -nt "$obj" ] && [ -z "$(find src/core -name '*.h' -newer "$obj")" ] && continue
    echo "fuzz: compiling $src"
    nice -n 10 "$cxx" "${flags[@]}" -fsanitize=fuzzer-no-link -c "$src" -o "$obj" &
    pids+=($!)
    if [ ${#pids[@]} -ge 2 ]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
for pid in "${pids[@]}"; do wait "$pid"; done
for t in "${targets[@]}"; do
    nice -n 10 "$cxx" "${flags[@]}" -fsanitize=fuzzer "tests/fuzz/$t.cpp" "${objects[@]}" -o "$out/$t"
done

echo "fuzz: running ${targets[*]} for $seconds s each, at once"
for t in "${targets[@]}"; do
    mkdir -p "$out/corpus/$t" "$out/artifacts/$t"
    dict=(); [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
    nice -n 10 "$out/$t" "$out/corpus/$t" "tests/fuzz/corpus/$t" "${dict[@]}" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -max_len="${max_len[$t]}" -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$out/artifacts/$t/" > "$out/$t.log" 2>&1 &
done
wait || true

printf '\n%-18s %8s %12s %8s %8s %8s %8s\n' target seconds executions exec/s cov ft crashes
status=0
for t in "${targets[@]}"; do
    log=$out/$t.log
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2)
    ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2)
    crashes=$(find "$out/artifacts/$t" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) -newer "$out/$t" | wc -l)
    printf '%-18s %8s %12s %8s %8s %8s %8s\n' "$t" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$crashes"
    [ "$crashes" -eq 0 ] || status=1
done
for t in "${targets[@]}"; do
    grep -qE 'ERROR: (libFuzzer|AddressSanitizer|UndefinedBehaviorSanitizer)|runtime error:' "$out/$t.log" &&
        { echo "$t: see $out/$t.log"; status=1; }
done
exit $status
