#!/usr/bin/env bash
# Installs whatever the project needs and this machine lacks; quiet when all is there.
#   scripts/setup.sh          build and run: PostgreSQL, Rust targets, cargo-leptos, wasm-bindgen,
#                             wasm-opt, brotli (make run serves the release build)
#   scripts/setup.sh test     also Chromium and the end-to-end test packages
#   scripts/setup.sh bench    also wrk, perf, nginx, twiggy, Chromium and Lighthouse for the benchmarks
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-run}
tools=${ASKEL_TOOLS:-$HOME/.cache/askel-tools}
export PATH="$tools/bin:$HOME/.cargo/bin:$PATH"

CARGO_LEPTOS_VERSION=0.3.10
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' "$root/Cargo.lock")

packages=()
want() { packages+=("$@"); }
has_pg_server() { command -v initdb >/dev/null || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; }

has_pg_server || want postgresql
command -v psql >/dev/null || want postgresql-client
command -v cc >/dev/null || want build-essential
command -v pkg-config >/dev/null || want pkg-config
# npm for Binaryen (below), and in tests for Playwright.
command -v npm >/dev/null || want nodejs npm
# The release build's brotli copies of the small WASM (scripts/build-enhance.sh).
command -v brotli >/dev/null || want brotli
if [ "$mode" = test ]; then
  [ -x /usr/bin/chromium ] || want chromium
  # The same Chromium without its windowing parts, for the tests that need no
  # WASM or service worker: a third less CPU (end2end/playwright.config.ts).
  [ -x /usr/bin/chromium-headless-shell ] || want chromium-headless-shell
  [ -x /usr/bin/chromedriver ] || want chromium-driver
fi
if [ "$mode" = bench ]; then
  command -v curl >/dev/null || want curl
  command -v wrk >/dev/null || want wrk
  [ -x /usr/bin/chromium ] || want chromium
  command -v perf >/dev/null || want linux-perf
  # The load balancer in front of two processes (scripts/bench-processes.sh).
  [ -x /usr/sbin/nginx ] || want nginx-light
fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "setup: installing ${packages[*]} from Debian"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

rustup target list --installed | grep -q '^wasm32-unknown-unknown$' || rustup target add wasm32-unknown-unknown

# cargo-leptos without its downloader: this machine reaches package registries only.
if ! cargo-leptos --version 2>/dev/null | grep -qF "$CARGO_LEPTOS_VERSION"; then
  echo "setup: building cargo-leptos $CARGO_LEPTOS_VERSION (once)"
  cargo install --quiet --locked cargo-leptos --version "$CARGO_LEPTOS_VERSION" --features no_downloads --root "$tools"
fi
# The CLI must match the wasm-bindgen library in Cargo.lock exactly. Not --locked:
# its published lock file names a webpki-roots release that crates.io no longer serves.
if ! wasm-bindgen --version 2>/dev/null | grep -qF "$WASM_BINDGEN_VERSION"; then
  echo "setup: building wasm-bindgen-cli $WASM_BINDGEN_VERSION (once)"
  cargo install --quiet wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --root "$tools"
fi

# wasm-opt for release builds: Binaryen from the npm registry (WebAssembly run by
# Node.js), pinned in scripts/binaryen/. Debian's binaryen 108 does not know what
# rustc and wasm-bindgen now emit: its output failed in Chromium at start-up
# (`WebAssembly.Table.set(): Argument 1 is invalid for table`), so no island ran.
want_binaryen=$(sed -n 's/.*"binaryen": "\(.*\)".*/\1/p' "$root/scripts/binaryen/package.json")
# wasm-opt names its version by the major number only ("version 132").
if ! wasm-opt --version 2>/dev/null | grep -qF "version ${want_binaryen%%.*} "; then
  echo "setup: installing binaryen $want_binaryen (wasm-opt) from npm"
  mkdir -p "$tools/binaryen" "$tools/bin"
  cp "$root/scripts/binaryen/package.json" "$root/scripts/binaryen/package-lock.json" "$tools/binaryen/"
  (cd "$tools/binaryen" && npm ci --no-audit --no-fund --loglevel=error)
  ln -sf "$tools/binaryen/node_modules/binaryen/bin/wasm-opt" "$tools/bin/wasm-opt"
fi

# twiggy, for what the WASM holds (make bench).
TWIGGY_VERSION=0.8.0
if [ "$mode" = bench ] && ! twiggy --version 2>/dev/null | grep -qF "$TWIGGY_VERSION"; then
  echo "setup: building twiggy $TWIGGY_VERSION (once)"
  cargo install --quiet --locked twiggy --version "$TWIGGY_VERSION" --root "$tools"
fi

# Lighthouse, for how three pages load on an emulated phone (make bench),
# pinned in scripts/lighthouse/ and run with Debian's Chromium.
want_lighthouse=$(sed -n 's/.*"lighthouse": "\(.*\)".*/\1/p' "$root/scripts/lighthouse/package.json")
if [ "$mode" = bench ] &&
  ! "$tools/lighthouse/node_modules/.bin/lighthouse" --version 2>/dev/null | grep -qxF "$want_lighthouse"; then
  echo "setup: installing Lighthouse $want_lighthouse from npm"
  mkdir -p "$tools/lighthouse"
  cp "$root/scripts/lighthouse/package.json" "$root/scripts/lighthouse/package-lock.json" "$tools/lighthouse/"
  (cd "$tools/lighthouse" && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "$mode" = test ] && [ ! -d "$root/end2end/node_modules/@playwright/test" ]; then
  (cd "$root/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
