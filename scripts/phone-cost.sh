# What a page costs a phone, in brotli bytes, sourced by the benchmarks:
#   phone_cost_setup BASE          once, reads the CSS and script sizes
#   phone_cost_header              the table's heading
#   phone_cost LABEL URL [curl options…]   one row, for the page in Finnish
# The HTML is the whole page as sent, an upper bound for its first screen; the
# scripts are what the page makes the browser fetch (public/start.js): the page
# script only, the islands' JS and WASM only where the page has an island, and
# the small JS and WASM of app/enhance only where something is marked
# `data-enhance` (reading aloud).

br_bytes() { curl -fs -H 'Accept-Encoding: br' "$1" | wc -c; }

phone_cost_setup() {
  css_br=$(br_bytes "$1/pkg/askel.css")
  start_br=$(br_bytes "$1/start.js")
  islands_br=$(($(br_bytes "$1/pkg/askel.js") + $(br_bytes "$1/pkg/askel.wasm")))
  enhance_br=$(($(br_bytes "$1/pkg/enhance.js") + $(br_bytes "$1/pkg/enhance.wasm")))
}

phone_cost_header() {
  echo "   targets (issue 20): HTML + CSS <= 14,336 (one round trip); no JS or WASM but the page script"
  echo "   without an island; JS + WASM <= 61,440 on the module player's page"
  printf '%-48s %9s %11s %8s %8s %12s\n' "page (fi, brotli bytes)" "HTML" "HTML + CSS" "islands" "enhance" "JS + WASM"
}

# The HTML's bytes as the server sends them (brotli made on the fly, at a
# lower quality than the precompressed files), and its islands counted in the
# page itself.
phone_cost() {
  local label=$1 url=$2 file headers html plain islands enhanced scripts
  shift 2
  file=$(mktemp) headers=$(mktemp) plain=$(mktemp)
  curl -fs "$@" -H 'Accept-Language: fi' -H 'Accept-Encoding: br' -D "$headers" "$url" -o "$file"
  html=$(wc -c <"$file")
  if grep -qi '^content-encoding: *br' "$headers"; then brotli -dc "$file" >"$plain"; else cp "$file" "$plain"; fi
  islands=$(grep -o '<leptos-island' "$plain" | wc -l || true)
  enhanced=$(grep -o 'data-enhance=""' "$plain" | wc -l || true)
  scripts=$start_br
  if [ "$islands" -gt 0 ]; then scripts=$((scripts + islands_br)); fi
  if [ "$enhanced" -gt 0 ]; then scripts=$((scripts + enhance_br)); fi
  printf '%-48s %9d %11d %8d %8d %12d\n' "$label" "$html" "$((html + css_br))" "$islands" "$enhanced" "$scripts"
  rm -f "$file" "$headers" "$plain"
}
