#!/usr/bin/env bash
# name-origin.sh ORIGIN [SITE] — names the site's own origin (scheme://host[:port], as visitors reach it) next to
# every 'self' in the Content-Security-Policy of a built site: the <meta> of each page and the rule in _headers
# (SITE defaults to build/site; tools/build.sh runs this when APPFINDER_ORIGIN is set). Needed only where the app
# is shown in a frame sandboxed without allow-same-origin: that frame's origin is opaque, and WebKit (Safari)
# then matches nothing with 'self', so the app's own scripts, style and wasm would be refused (WebKit bug
# 316847). Chromium and Firefox match 'self' there already. The policy names nothing but the site itself.
# Running it twice changes nothing.
set -euo pipefail
origin=${1:-}
site=${2:-build/site}
if ! [[ $origin =~ ^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$ ]]; then
    echo "name-origin: \"$origin\" is not an origin such as https://apps.example.nhs.uk (scheme and host, no path)" >&2
    exit 2
fi
[ -f "$site/index.html" ] || { echo "name-origin: $site/index.html not found: build the site first (tools/build.sh)" >&2; exit 2; }
export ORIGIN=$origin
# Only on the policy's own lines, and only where the origin does not follow 'self' already.
perl -pi -e 's/\x27self\x27(?! \Q$ENV{ORIGIN}\E(?=[ ;"]|$))/\x27self\x27 $ENV{ORIGIN}/g if /http-equiv="Content-Security-Policy"|^\s*Content-Security-Policy:/' \
    "$site"/*.html "$site/_headers"
n=$(grep -l -F "'self' $origin" "$site"/*.html | wc -l)
echo "name-origin: $origin named in the policy of $n pages and _headers"
