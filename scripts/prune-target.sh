#!/usr/bin/env bash
# Keeps a long-lived cargo build cache from filling the disk: every change
# leaves new builds of our own crates (and their incremental state) behind.
# Past the limit, those are removed; third-party crates stay, so the next
# build compiles only our code again.
set -euo pipefail
target="${1:?usage: prune-target.sh TARGET_DIR [LIMIT_GIB]}"
limit_gib="${2:-20}"
[ -d "$target" ] || exit 0
used_gib=$(( $(du -sk "$target" | cut -f1) / 1024 / 1024 ))
[ "$used_gib" -ge "$limit_gib" ] || exit 0
echo "prune-target: $target holds ${used_gib} GiB (limit ${limit_gib}); removing builds of our own crates"
ours=$(sed -n 's/^name = "\(.*\)"$/\1/p' server/Cargo.toml app/Cargo.toml | tr '-' '_')
ours="$ours askel $(basename -s .rs server/tests/*.rs | tr '\n' ' ')"
for profile in "$target"/debug "$target"/release "$target"/wasm32-unknown-unknown/*; do
  [ -d "$profile/deps" ] || continue
  rm -rf "$profile/incremental"
  for crate in $ours; do
    find "$profile/deps" -maxdepth 1 -type f \( -name "$crate-*" -o -name "lib$crate-*" \) -delete
  done
done
echo "prune-target: now $(du -sh "$target" | cut -f1)"
