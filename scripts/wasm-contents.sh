#!/usr/bin/env bash
# What the islands' WebAssembly holds (twiggy), for `make bench`:
#   scripts/wasm-contents.sh NAMED.wasm SHIPPED.wasm
# NAMED is the release build before wasm-bindgen and wasm-opt (it keeps the
# function names), SHIPPED the file the server sends.
set -euo pipefail
named=$1
shipped=$2

echo "   by crate: bytes of code before wasm-opt (the names and wasm-bindgen's sections left out)"
twiggy top -n 1000000 "$named" | awk -F'┊' '
  NR > 2 && $3 !~ /^ *custom section| subsection$|Σ|\.\.\. and/ {
    name = $3; sub(/^ +/, "", name)
    crate = "(other)"
    if (name ~ /^export "__wbindgen_describe/ || name ~ /^__wbindgen_describe/) next
    if (match(name, /[a-z_][a-z0-9_]*(\[[0-9a-f]+\])?::/)) {
      crate = substr(name, RSTART, RLENGTH - 2); sub(/\[.*/, "", crate)
    } else if (name ~ /^data segment/) crate = "(data)"
    bytes[crate] += $1
  }
  END { for (c in bytes) printf "   %9d  %s\n", bytes[c], c }' | sort -rn | head -12

echo "   largest functions (bytes before wasm-opt)"
twiggy top -n 12 "$named" | awk -F'┊' 'NR > 2 && $3 !~ /^ *custom section| subsection$|data segment|Σ|\.\.\. and/ {
  name = $3; sub(/^ +/, "", name); gsub(/\[[0-9a-f]+\]/, "", name)
  printf "   %9d  %s\n", $1, substr(name, 1, 110) }'

echo "   per island: bytes of the shipped WASM only that island needs (retained by its export;"
echo "   the rest, the framework and what islands share, every island page loads)"
twiggy top -n 1000000 --retained "$shipped" | awk -F'┊' '$3 ~ /export "[A-Z][A-Za-z]*_[0-9]+"/ {
  name = $3; sub(/^ *export "/, "", name); sub(/_[0-9]+".*/, "", name)
  printf "   %9d  %s\n", $1, name }'
