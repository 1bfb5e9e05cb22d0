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
cp "$root/build/web/appfinder.wasm" "$site/"
# Smaller JavaScript with Debian's terser (there is no Closure compiler here). The Emscripten glue is one
# script of its own, so its top-level names can be shortened too; only Module, which boot.js sets, keeps
# its name. Our own scripts are wrapped in functions and keep their global names (AppfinderLayer).
terser "$root/build/web/appfinder.js" --compress toplevel,passes=2 --mangle toplevel,reserved=[Module] \
       --output "$site/appfinder.js"
for f in embed-builder.js card.js; do   # embed.js stays readable: web editors copy it
    terser "$root/web/$f" --compress --mangle --output "$site/$f"
done
# The page's own two scripts as one file: one request, and one gzip stream that shares their words (-170 B).
terser "$root/web/boot.js" "$root/web/layer.js" --compress --mangle --output "$site/boot.js"
rm "$site/layer.js"
# The style sheets without their comments and indentation (app.css is part of the first load: 300 B less gzip).
# Only those two things go, so every rule stays as written. Strings are matched first and kept whole, so a
# "/*" inside one is not taken for a comment.
for f in app.css embed-builder.css; do
    perl -0pe 's{("(?:[^"\\]|\\.)*"|'"'"'(?:[^'"'"'\\]|\\.)*'"'"')|/\*.*?\*/}{defined $1 ? $1 : ""}gse;
               s/^[ \t]+//gm; s/\n{2,}/\n/g; s/\A\n//' "$root/web/$f" > "$site/$f"
done
# The pages, for readers without JavaScript or WebGL: index.html (the shell with the Programme as plain HTML)
# and a text page for each other screen (timeline.html, money.html, trusts.html, apps.html, wearables.html, sources.html).
"$root/build/native/appfinder-cli" html --shell "$root/shell.html" --builder "$root/web/embed.html" "$site"
# Content-hashed names, so hosts can cache them for a year; the .html pages and embed.js keep fixed names.
hashed() {   # hashed FILE: renames build/site/FILE to NAME.HASH.EXT and prints the new name
    local f=$1 h
    h=$(sha256sum "$site/$f" | cut -c1-10)
    local new="${f%.*}.$h.${f##*.}"
    mv "$site/$f" "$site/$new"
    echo "$new"
}
wasm=$(hashed appfinder.wasm)
sed -i "s/\"appfinder\.wasm\"/\"$wasm\"/" "$site/appfinder.js"
grep -q "\"$wasm\"" "$site/appfinder.js" || { echo "build: could not point appfinder.js at $wasm" >&2; exit 1; }
# The progress bar's whole (web/boot.js): the bytes of the app's script and wasm as the browser decodes them,
# which a compressed response's Content-Length does not say.
sed -i "s/data-bytes=\"0 0\"/data-bytes=\"$(stat -c%s "$site/appfinder.js") $(stat -c%s "$site/$wasm")\"/" "$site/index.html"
grep -q 'data-bytes="[1-9]' "$site/index.html" || { echo "build: could not write the sizes into index.html" >&2; exit 1; }
for f in appfinder.js boot.js app.css embed-builder.js embed-builder.css card.js; do
    new=$(hashed "$f")
    sed -i "s/\"$f\"/\"$new\"/g" "$site"/*.html
done
# _headers names each hashed file: a pattern such as /*.js would match embed.js too (see web/_headers).
for f in "$site"/*.[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f].*; do
    printf '/%s\n  Cache-Control: public, max-age=31536000, immutable\n' "$(basename "$f")" >> "$site/_headers"
    if [[ $f == *.wasm ]]; then printf '  Content-Type: application/wasm\n' >> "$site/_headers"; fi
done
if grep -l -E '"(appfinder|boot|layer)\.js"|"app\.css"' "$site"/*.html; then
    echo "build: the pages above still name a file by its unhashed name" >&2; exit 1
fi

# Where the app is framed with sandbox="allow-scripts" alone, WebKit needs the site's origin named in its policy.
if [ -n "${APPFINDER_ORIGIN:-}" ]; then "$root/tools/name-origin.sh" "$APPFINDER_ORIGIN" "$site"; fi

echo "build: site in build/site/ ($(du -sk "$site" | cut -f1) KB), CLI in build/native/appfinder-cli"
