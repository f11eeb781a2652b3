# What a page costs a phone, in brotli bytes, sourced by the benchmarks:
#   phone_cost_setup BASE          once, reads the CSS and script sizes
#   phone_cost_header              the table's heading
#   phone_cost LABEL URL [curl options…]   one row, for the page in Finnish
# The HTML is the whole page as sent, an upper bound for its first screen; the
# scripts are what the page makes the browser fetch: the page script only,
# and the islands' JS and WASM only where the page has an island.

br_bytes() { curl -fs -H 'Accept-Encoding: br' "$1" | wc -c; }

phone_cost_setup() {
  css_br=$(br_bytes "$1/pkg/askel.css")
  start_br=$(br_bytes "$1/start.js")
  islands_br=$(($(br_bytes "$1/pkg/askel.js") + $(br_bytes "$1/pkg/askel.wasm")))
}

phone_cost_header() {
  echo "   targets (issue 20): HTML + CSS <= 14,336 (one round trip); no JS or WASM but the page script"
  echo "   without an island; JS + WASM <= 61,440 on the module player's page"
  printf '%-48s %9s %11s %8s %12s\n' "page (fi, brotli bytes)" "HTML" "HTML + CSS" "islands" "JS + WASM"
}

# The HTML's bytes as the server sends them (brotli made on the fly, at a
# lower quality than the precompressed files), and its islands counted in the
# page itself.
phone_cost() {
  local label=$1 url=$2 file headers html islands scripts
  shift 2
  file=$(mktemp) headers=$(mktemp)
  curl -fs "$@" -H 'Accept-Language: fi' -H 'Accept-Encoding: br' -D "$headers" "$url" -o "$file"
  html=$(wc -c <"$file")
  if grep -qi '^content-encoding: *br' "$headers"; then
    islands=$(brotli -dc "$file" | grep -o '<leptos-island' | wc -l || true)
  else
    islands=$(grep -o '<leptos-island' "$file" | wc -l || true)
  fi
  scripts=$start_br
  if [ "$islands" -gt 0 ]; then scripts=$((start_br + islands_br)); fi
  printf '%-48s %9d %11d %8d %12d\n' "$label" "$html" "$((html + css_br))" "$islands" "$scripts"
  rm -f "$file" "$headers"
}
