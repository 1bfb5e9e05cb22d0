#!/usr/bin/env bash
# bench.sh — builds the site and, beside it, a bare Dear ImGui web app (bench/bare: the same ImGui and
# Emscripten, one window drawn every frame), then prints them side by side from one run: transfer size (gzip
# of each file the page fetches), time to the first drawn frame and frames drawn per second while idle in
# headless Chromium (medians), Lighthouse scores (mobile), and search p50/p99 at 10,000 apps (native CLI,
# and WebAssembly under Node where the web build has appfinder-bench); ours as a ratio of the bare app's.
# A table, then one JSON line {ours, bare, ratio}. Extra arguments go to tools/bench.mjs (e.g. --runs 5).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/tools/bootstrap.sh"
"$root/tools/build.sh" >/dev/null
export NODE_PATH=/usr/share/nodejs          # emcc's JS optimizer needs Debian's acorn
jobs=$(nproc)

# The bare app: its own small project with Emscripten's toolchain, into build/bench/bare-site/.
cmake -S "$root/bench/bare" -B "$root/build/bench/bare" -DCMAKE_BUILD_TYPE=MinSizeRel \
      -DCMAKE_TOOLCHAIN_FILE=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake >/dev/null
cmake --build "$root/build/bench/bare" -j"$jobs" >/dev/null

# The search bench as WebAssembly, where the web build has that target (cmake/bench.cmake).
wasm_args=()
web_targets=$(cmake --build --preset web --target help 2>/dev/null || true)
if grep -q 'appfinder-bench' <<<"$web_targets"; then
    cmake --build --preset web --target appfinder-bench >/dev/null
    wasm_args=(--search-wasm "$root/build/web/appfinder-bench.js")
fi

node "$root/tools/bench.mjs" "$root/build/site" --bare "$root/build/bench/bare-site" --runs 5 --lighthouse \
     --search-cli "$root/build/native/appfinder-cli" "${wasm_args[@]+"${wasm_args[@]}"}" "$@"
