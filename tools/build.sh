#!/usr/bin/env bash
# build.sh — builds the deployable static site (build/site/) and the native CLI (build/native/appfinder-cli).
# Installs what is missing first (tools/bootstrap.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/tools/bootstrap.sh" --no-npm
export NODE_PATH=/usr/share/nodejs          # emcc's JS optimizer needs Debian's acorn
jobs=$(nproc)

cmake --preset native >/dev/null
cmake --build --preset native -j"$jobs"
cmake --preset web >/dev/null
cmake --build --preset web -j"$jobs" --target appfinder

site="$root/build/site"
rm -rf "$site"
mkdir -p "$site"
cp -r "$root/web/." "$site/"
cp "$root/build/web/appfinder.js" "$root/build/web/appfinder.wasm" "$site/"
# The page: the shell with every screen's content as plain HTML, for readers without JavaScript or WebGL.
"$root/build/native/appfinder-cli" html --shell "$root/shell.html" "$site/index.html"
echo "build: site in build/site/ ($(du -sk "$site" | cut -f1) KB), CLI in build/native/appfinder-cli"
