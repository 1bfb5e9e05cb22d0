#!/usr/bin/env bash
# bench-search.sh — times search on the synthetic catalogue natively (appfinder-cli bench) and as
# WebAssembly under Node (appfinder-bench.js), building both first. Per-query detail goes to stderr;
# stdout gets exactly two JSON lines, native then wasm.
#   tools/bench-search.sh [--apps N] [--rounds R]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}

log=$(mktemp)
trap 'rm -f "$log"' EXIT
quietly() {                                  # run a build step, showing its output only when it fails
    if ! "$@" >"$log" 2>&1; then cat "$log" >&2; echo "bench-search: failed: $*" >&2; exit 1; fi
}
quietly cmake --preset native
quietly cmake --build --preset native --target appfinder-cli -j2
quietly cmake --preset web
quietly cmake --build --preset web --target appfinder-bench

run() {                                      # detail to stderr, the last (JSON) line to stdout
    "$@" >"$log"
    head -n -1 "$log" >&2
    tail -n 1 "$log"
}
run build/native/appfinder-cli bench "$@"
run node build/web/appfinder-bench.js "$@"
