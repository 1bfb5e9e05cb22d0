#!/usr/bin/env bash
# bench.sh — builds the site, then prints its transfer size (gzip of each file), the time to the first
# drawn frame in headless Chromium, and frames drawn per second while idle.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/bootstrap.sh"
"$root/tools/build.sh" >/dev/null
node "$root/tools/bench.mjs" "$root/build/site" "$@"
