#!/usr/bin/env bash
# How three pages load on a phone, as Lighthouse sees them: its default mobile
# emulation (a mid-range phone, slow 4G, CPU four times slower), Debian's
# Chromium, Finnish. Prints the scores and the largest contentful paint.
#   scripts/lighthouse.sh BASE SESSION    SESSION: a signed-in jobseeker's askel_session
# Installed by scripts/setup.sh bench (pinned in scripts/lighthouse/).
set -euo pipefail
base=$1 session=$2
lighthouse=${ASKEL_TOOLS:-$HOME/.cache/askel-tools}/lighthouse/node_modules/.bin/lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

# One page: "performance accessibility best-practices lcp-ms tbt-ms lowered-by".
scores() { # url [cookie]
  local report
  report=$(mktemp)
  "$lighthouse" "$1" --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility,best-practices \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --extra-headers="{\"Accept-Language\": \"fi\"${2:+, \"Cookie\": \"askel_session=$2\"}}" >/dev/null 2>&1
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const score = (c) => Math.round(r.categories[c].score * 100);
    const ms = (a) => Math.round(r.audits[a].numericValue);
    // What lowered a score: the weighed audits (and metrics) below 0.9.
    const lowered = Object.values(r.categories)
      .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0).map((ref) => r.audits[ref.id]))
      .filter((a) => a.score !== null && a.score < 0.9)
      .map((a) => a.id);
    if (r.runtimeError) {
      console.log("- - - - -", "error:" + r.runtimeError.code);
    } else {
      console.log(score("performance"), score("accessibility"), score("best-practices"),
        ms("largest-contentful-paint"), ms("total-blocking-time"), lowered.join(",") || "-");
    }
  ' "$report"
  rm -f "$report"
}

row() { # label url [cookie]
  local perf a11y practices lcp tbt lowered result
  result=$(scores "$2" "${3:-}")
  # A run that failed (the browser timed out, say) is tried once more.
  [[ $result != *error:* ]] || result=$(scores "$2" "${3:-}")
  read -r perf a11y practices lcp tbt lowered <<<"$result"
  printf '%-34s %5s %5s %9s %7s %7s  %s\n' "$1" "$perf" "$a11y" "$practices" "$lcp" "$tbt" "$lowered"
}

echo "== Lighthouse $("$lighthouse" --version), mobile emulation, slow 4G (scripts/lighthouse.sh)"
echo "   targets (issue 20): performance >= 95, accessibility 100, best practices 100"
printf '%-34s %5s %5s %9s %7s %7s  %s\n' "page (fi)" "perf" "a11y" "practices" "LCP ms" "TBT ms" "lowered by"
row "home /" "$base/"
row "module step /modules/cv/steps/parts" "$base/modules/cv/steps/parts" "$session"
row "events /events" "$base/events" "$session"
