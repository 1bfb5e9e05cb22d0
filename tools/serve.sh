#!/usr/bin/env bash
# serve.sh — installs what is missing, builds, and serves the site at http://127.0.0.1:8080/ (PORT to change).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/build.sh"
exec python3 "$root/tools/serve.py" "$root/build/site" "${PORT:-8080}"
