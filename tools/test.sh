#!/usr/bin/env bash
# test.sh — installs what is missing, builds, and runs every test: unit (native, and under ASan+UBSan),
# data, a short fuzzing smoke (each libFuzzer target for 20 s on the committed corpus, when clang is there),
# and browser. Prints one closing line: "suites: N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Each step's time is printed ("-- NAME: N s"), so a slow run shows where its time went.
step_start=$SECONDS
took() { echo "-- $1: $((SECONDS - step_start)) s"; step_start=$SECONDS; }
"$root/tools/bootstrap.sh" || { echo "test: bootstrap failed"; exit 1; }
took bootstrap
"$root/tools/build.sh" || { echo "test: build failed"; exit 1; }
took build

passed=0; failed=0; failures=()
run() {   # run NAME COMMAND...: one suite
    local name=$1; shift
    echo "== $name"
    if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
    took "$name"
}

# The unit tests' one binary runs every test case in one process (CTest would start it once per case, 239
# starts: 10.0 s against 2.9 s here), then CTest runs its tests that are not doctest cases (label doctest).
unit_tests() {   # unit_tests PRESET
    "build/$1/tests/appfinder_tests" --minimal && ctest --preset "$1" --output-on-failure -LE doctest
}
sanitized_unit_tests() {
    cmake --preset sanitize >/dev/null && cmake --build --preset sanitize -j"$(nproc)" --target appfinder_tests >/dev/null &&
        unit_tests sanitize
}
run "unit tests (native)" unit_tests native
run "bundled data validates, with no weak links" build/native/appfinder-cli validate --strict assets
run "bad data is reported, never crashed on" tests/data/run-bad-cases.sh
if [ "${SKIP_SANITIZE:-0}" != 1 ]; then
    run "unit tests (ASan+UBSan)" sanitized_unit_tests
fi
if command -v clang++ >/dev/null; then
    run "fuzzing smoke (20 s a target)" tools/fuzz.sh "${FUZZ_SECONDS:-20}"
fi
run "browser tests" node --test --test-concurrency=1 tests/e2e/

echo
[ ${#failures[@]} -gt 0 ] && echo "failed suites: ${failures[*]}"
echo "-- in all: $SECONDS s"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
