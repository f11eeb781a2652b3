#!/usr/bin/env bash
# Builds the small WebAssembly of `app/enhance` (reading aloud) into a site's
# pkg/ as enhance.js and enhance.wasm, beside the islands' bundle that
# cargo-leptos builds (cargo-leptos builds one library per site):
#   scripts/build-enhance.sh debug SITE_ROOT      what `make dev` serves
#   scripts/build-enhance.sh release SITE_ROOT    the wasm-release profile,
#       through wasm-opt with cargo-leptos' own flags (Cargo.toml), and with
#       brotli and gzip copies beside each file as `--precompress` makes them
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=$1
site=$2
target=${CARGO_TARGET_DIR:-$root/target}
out=$site/pkg
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case $mode in
  debug) profile=dev dir=debug ;;
  release) profile=wasm-release dir=wasm-release ;;
  *) echo "build-enhance.sh: debug or release, not $mode" >&2; exit 2 ;;
esac
cargo build --locked -p enhance --lib --target wasm32-unknown-unknown --profile "$profile"
# The name section only helps a debugger; a phone would download it.
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --out-dir "$work" --out-name enhance "$target/wasm32-unknown-unknown/$dir/enhance.wasm"

if [ "$mode" = release ]; then
  # The same optimiser flags cargo-leptos gives the islands' bundle.
  mapfile -t flags < <(sed -n 's/^wasm-opt-features = \[\(.*\)\]$/\1/p' "$root/Cargo.toml" | tr -d '" ' | tr ',' '\n')
  if [ "${#flags[@]}" -eq 0 ]; then
    echo "build-enhance.sh: no wasm-opt-features line in Cargo.toml" >&2
    exit 1
  fi
  wasm-opt "${flags[@]}" -o "$work/enhance_bg.wasm" "$work/enhance_bg.wasm"
fi
# wasm-bindgen's glue fetches `enhance_bg.wasm` next to itself unless told
# otherwise; start.js always names the file, so that default is never used.
mv "$work/enhance_bg.wasm" "$work/enhance.wasm"
# Compressed beside the build first, so a failure leaves no stale or empty
# copy for the server to prefer.
if [ "$mode" = release ]; then
  for name in enhance.js enhance.wasm; do
    brotli -q 11 -c "$work/$name" >"$work/$name.br"
    gzip -9 -n -c "$work/$name" >"$work/$name.gz"
  done
fi
rm -f "$out"/enhance.{js,wasm}{,.br,.gz}
install -m 644 "$work"/enhance.* "$out/"
