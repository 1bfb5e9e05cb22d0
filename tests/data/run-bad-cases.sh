#!/usr/bin/env bash
# run-bad-cases.sh — runs `appfinder-cli validate` on every case of tests/data/bad/ (see its README) and
# checks that the bad data is reported, not crashed on: exit status 1, a line naming the EXPECT file and
# pointer or words, no hang, no sanitizer report. A case whose EXPECT says "strict: yes" is a
# weak link, a warning: it runs with --strict. Ends with "bad data: N passed, N failed".
# APPFINDER_CLI picks another build of the CLI, e.g. build/sanitize/appfinder-cli.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${APPFINDER_CLI:-$root/build/native/appfinder-cli}
cases=$root/tests/data/bad
[ -x "$cli" ] || { echo "run-bad-cases: $cli not built (cmake --build --preset native)"; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# expect_field CASE KEY: the value of "KEY: value" in CASE/EXPECT.
expect_field() { sed -n "s/^$2: //p" "$1/EXPECT" | head -n 1; }

# build_folder CASE DIR: the good files of assets/, with the case's files over them, those named in
# REMOVE taken out, and @@REPEAT COUNT TEXT@@ expanded in the files named in GENERATE.
build_folder() {
    local case=$1 dir=$2 f
    rm -rf "$dir" && mkdir -p "$dir"
    cp "$root"/assets/*.json "$dir"/
    for f in "$case"/*.json; do [ -e "$f" ] && cp "$f" "$dir"/; done
    if [ -f "$case/REMOVE" ]; then
        while read -r f; do [ -n "$f" ] && rm -f "$dir/$f"; done < "$case/REMOVE"
    fi
    if [ -f "$case/GENERATE" ]; then
        while read -r f; do
            [ -n "$f" ] && perl -0777 -pe 's/\@\@REPEAT (\d+) (.*?)\@\@/$2 x $1/ges' "$case/$f" > "$dir/$f"
        done < "$case/GENERATE"
    fi
}

passed=0; failed=0
for case in "$cases"/*/; do
    case=${case%/}; name=$(basename "$case")
    file=$(expect_field "$case" file); names=$(expect_field "$case" names)
    if [ -z "$file" ] || [ -z "$names" ]; then
        echo "FAIL $name: EXPECT needs 'file:' and 'names:' lines"; failed=$((failed + 1)); continue
    fi
    build_folder "$case" "$work/data"
    strict=(); [ "$(expect_field "$case" strict)" = yes ] && strict=(--strict)   # a warning case: fails only under --strict
    # The time limit only catches a hang (a loop that never ends), so it is far above what any case needs even
    # on one slow core under the sanitizers; how fast validation runs is a benchmark's business, not a test's.
    timeout 600 "$cli" validate "${strict[@]}" "$work/data" > "$work/out" 2> "$work/err"
    status=$?

    # A pointer must be the pointer of a line ("file: /p: ..."); other words may be anywhere in a line of the file.
    if [[ $names == /* ]]; then
        named=$(grep -cF -- "$file: $names: " "$work/out")
    else
        named=$(grep -F -- "$file: " "$work/out" | grep -cF -- "$names")
    fi
    problem=""
    if [ "$status" -eq 124 ]; then problem="hung (no answer in 600 s)"
    elif [ "$status" -ge 128 ]; then problem="crashed (exit status $status)"
    elif grep -qE 'Sanitizer|runtime error:' "$work/err"; then problem="sanitizer report: $(grep -m1 -E 'Sanitizer|runtime error:' "$work/err")"
    elif [ "$status" -ne 1 ]; then problem="exit status $status, expected 1"
    elif [ "$named" -eq 0 ]; then problem="no line names $file and '$names'; got: $(head -c 300 "$work/out" | tr '\n' '|')"
    fi
    if [ -z "$problem" ]; then
        echo "ok   $name"; passed=$((passed + 1))
    else
        echo "FAIL $name: $problem"; failed=$((failed + 1))
    fi
done

echo "bad data: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
