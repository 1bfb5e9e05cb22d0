#!/usr/bin/env bash
# bootstrap.sh — installs what the project needs on a Debian machine, idempotently and quickly when
# everything is there: Debian packages (among them the three browser engines: chromium, firefox-esr, and
# webkit2gtk-driver with the MiniBrowser of libwebkit2gtk-4.1-0; xvfb and xauth give the last two a
# display; universal-ctags for tools/check-file-state.mjs), Dear ImGui 1.90.1 from Debian's source package
# (checked by sha256), and the browser-test packages from package-lock.json. Nothing third-party is
# committed; no browser is downloaded by npm.
#   tools/bootstrap.sh            everything
#   tools/bootstrap.sh --no-npm   skip the browser-test packages (build only)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
want_npm=1
[ "${1:-}" = "--no-npm" ] && want_npm=0

packages=(emscripten nlohmann-json3-dev doctest-dev cmake make g++ clang libclang-rt-14-dev
          chromium fonttools fonts-noto-core terser dpkg-dev xz-utils ca-certificates nodejs npm nginx openssl
          firefox-esr webkit2gtk-driver xvfb xauth universal-ctags)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
# nodejs/npm may come from elsewhere on a developer machine; only ask apt when the commands are absent.
if command -v node >/dev/null && command -v npm >/dev/null; then
    filtered=(); for p in "${missing[@]}"; do [ "$p" = nodejs ] || [ "$p" = npm ] || filtered+=("$p"); done
    missing=("${filtered[@]+"${filtered[@]}"}")
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "bootstrap: installing ${missing[*]}"
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Dear ImGui 1.90.1 from Debian's source package (suite trixie), through a private deb-src list so
# the system's own lists stay untouched.
imgui_dir="$root/build/deps/imgui"
imgui_sha=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
if [ ! -f "$imgui_dir/.verified-$imgui_sha" ]; then
    work="$root/build/deps/apt"
    rm -rf "$work" "$imgui_dir"; mkdir -p "$work/lists/partial" "$work/src"
    echo "deb-src http://deb.debian.org/debian trixie main" > "$work/sources.list"
    apt_opts=(-o Dir::Etc::SourceList="$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
              -o Dir::State::Lists="$work/lists" -o APT::Sandbox::User=root)
    echo "bootstrap: fetching Dear ImGui 1.90.1 from Debian's source package"
    apt-get "${apt_opts[@]}" update -qq
    (cd "$work/src" && apt-get "${apt_opts[@]}" source --download-only -qq imgui=1.90.1+ds-1)
    orig="$work/src/imgui_1.90.1+ds.orig.tar.xz"
    got=$(sha256sum "$orig" | cut -d' ' -f1)
    if [ "$got" != "$imgui_sha" ]; then
        echo "bootstrap: $orig has sha256 $got, expected $imgui_sha; refusing to use it" >&2
        exit 1
    fi
    mkdir -p "$imgui_dir"
    tar -xJf "$orig" -C "$imgui_dir" --strip-components=1
    touch "$imgui_dir/.verified-$imgui_sha"
    rm -rf "$work"
fi

# nlohmann/json staged on its own, because Emscripten's toolchain must not see /usr/include.
stage="$root/build/deps/include"
if [ ! -e "$stage/nlohmann/json.hpp" ]; then
    mkdir -p "$stage"; ln -sfn /usr/include/nlohmann "$stage/nlohmann"
fi

if [ $want_npm -eq 1 ]; then
    stamp="$root/node_modules/.lock-$(sha256sum "$root/package-lock.json" | cut -c1-16)"
    if [ ! -f "$stamp" ]; then
        echo "bootstrap: npm ci (browser-test packages)"
        (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
        touch "$stamp"
    fi
fi
