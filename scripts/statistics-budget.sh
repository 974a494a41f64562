#!/usr/bin/env bash
# What counting visitors costs a reader page: wrk on the post page of the packaged jar with visitor statistics on
# (BLOG_STATISTICS=true, the default) and off, alternately, each run on a fresh start. Prints views/s of each run and
# the ratio of the medians; nothing is asserted here, the budget (>= 95 %) is in the README.
#
#   scripts/statistics-budget.sh [JAR] [ROUNDS]   (default blog-ui/target/blog-ui.jar, 2 rounds; ./geul package)
#
# wrk sends a browser's user agent and a Naver search as referrer, so every view goes the whole way (queued,
# checked against the crawler rules, hashed, grouped, stored). GEUL_BUDGET_PORT (default 18080).
set -euo pipefail
cd "$(dirname "$0")/.."

jar="${1:-blog-ui/target/blog-ui.jar}"
rounds="${2:-2}"
port="${GEUL_BUDGET_PORT:-18080}"
password="budget-admin-password"
work="$(mktemp -d)"
java_home="$(./geul jdk)"
base="http://127.0.0.1:$port"
browser="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
referrer="https://search.naver.com/search.naver?where=nexearch&query=%ED%9A%8C%EA%B3%A0%EB%A1%9D"
app=""

say() { echo "statistics-budget: $*" >&2; }
stop() { if [[ -n "$app" ]]; then kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; app=""; fi; }
trap 'stop; rm -rf "$work"' EXIT

# one run: a fresh blog with one post, warmed up, then 20 s of wrk; prints views/s
run() {
  local statistics="$1" data="$work/data-$RANDOM"
  BLOG_DATA_DIR="$data" BLOG_ADMIN_PASSWORD="$password" SERVER_PORT="$port" BLOG_IMPORT_MEDIA_DOWNLOAD=false \
    BLOG_STATISTICS="$statistics" "$java_home/bin/java" --enable-native-access=ALL-UNNAMED -jar "$jar" \
    >"$work/app-$statistics.log" 2>&1 &
  app=$!
  for _ in $(seq 1 240); do
    curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
    sleep 1
  done
  local slug
  slug=$(curl -fs -u "admin:$password" -H 'Content-Type: application/json' \
    -d '{"title":"2025 회고록","contentHtml":"<p>한 해를 돌아보며 쓴 글입니다.</p>","status":"published","tags":["회고"]}' \
    "$base/api/posts" | sed -n 's/.*"slug":"\([^"]*\)".*/\1/p')
  local path="/posts/$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$slug")"
  # warm-up: the JIT, the caches and (statistics on) the crawler rules, built in the background at start
  wrk -t2 -c8 -d10s -H "User-Agent: $browser" -H "Referer: $referrer" "$base$path" >/dev/null
  sleep 2
  wrk -t2 -c8 -d20s -H "User-Agent: $browser" -H "Referer: $referrer" "$base$path" \
    | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p'
  if [[ "$statistics" == true ]]; then
    sleep 2
    curl -fs -u "admin:$password" "$base/api/admin/stats/summary" >"$work/summary.json"
    say "counted: $(cat "$work/summary.json")"
  fi
  stop
}

on=(); off=()
for round in $(seq 1 "$rounds"); do
  say "round $round: statistics on"
  on+=("$(run true)")
  say "round $round: statistics off"
  off+=("$(run false)")
done
python3 - "${on[*]}" "${off[*]}" <<'PY'
import statistics, sys
on = [float(x) for x in sys.argv[1].split()]
off = [float(x) for x in sys.argv[2].split()]
print("post page views/s with statistics:    " + ", ".join("%.0f" % x for x in on))
print("post page views/s without statistics: " + ", ".join("%.0f" % x for x in off))
print("with / without (medians): %.1f %%" % (100 * statistics.median(on) / statistics.median(off)))
PY
