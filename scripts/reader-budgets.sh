#!/usr/bin/env bash
# Reader pages as people meet them: Lighthouse (mobile defaults) on a post holding the seed post, the home page, a
# category page and a search page, then wrk on the post page. Prints the figures; nothing is asserted here, the
# budgets are in the README.
#
#   scripts/reader-budgets.sh [JAR]      (default blog-ui/target/blog-ui.jar; build it with ./geul package)
#
# Needs: Node.js 24 (./geul installs it), Debian's chromium, wrk. Lighthouse 13.5.0 is installed into
# GEUL_LIGHTHOUSE_HOME (default ~/.cache/geul/lighthouse) on first use. GEUL_BUDGET_PORT (default 18080).
set -euo pipefail
cd "$(dirname "$0")/.."

jar="${1:-blog-ui/target/blog-ui.jar}"
port="${GEUL_BUDGET_PORT:-18080}"
password="budget-admin-password"
lighthouse_home="${GEUL_LIGHTHOUSE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/geul/lighthouse}"
seed="${GEUL_SEED_POST:-../shared/data/seed-post-ko.txt}"
work="$(mktemp -d)"
java_home="$(./geul jdk)"
node_bin="${GEUL_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/geul/node24}/bin"
export PATH="$node_bin:$PATH"

say() { echo "budgets: $*" >&2; }

if [[ ! -x "$lighthouse_home/node_modules/.bin/lighthouse" ]]; then
  say "installing lighthouse 13.5.0 into $lighthouse_home"
  mkdir -p "$lighthouse_home"
  npm i -E --silent --no-audit --no-fund --prefix "$lighthouse_home" lighthouse@13.5.0 >&2
fi

say "starting $jar on port $port (data in $work)"
BLOG_DATA_DIR="$work/data" BLOG_ADMIN_PASSWORD="$password" SERVER_PORT="$port" BLOG_IMPORT_MEDIA_DOWNLOAD=false \
  "$java_home/bin/java" --enable-native-access=ALL-UNNAMED -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done

base="http://127.0.0.1:$port"
auth="admin:$password"
category_id=$(curl -fs -u "$auth" -H 'Content-Type: application/json' -d '{"name":"회고록"}' \
  "$base/api/admin/categories" 2>/dev/null | sed -n 's/.*"id":\([0-9]*\).*/\1/p' || true)
body=$(python3 -c 'import html,json,sys; t=open(sys.argv[1],encoding="utf-8").read().split("\n")
print(json.dumps("".join("<p>%s</p>" % html.escape(l) for l in t if l.strip())))' "$seed")
post=$(curl -fs -u "$auth" -H 'Content-Type: application/json' \
  -d "{\"title\":\"2025 회고록\",\"contentHtml\":$body,\"status\":\"published\",\"tags\":[\"회고\"]${category_id:+,\"categoryId\":$category_id}}" \
  "$base/api/posts")
slug=$(echo "$post" | sed -n 's/.*"slug":"\([^"]*\)".*/\1/p')
for i in 1 2 3 4 5; do
  curl -fs -u "$auth" -H 'Content-Type: application/json' \
    -d "{\"title\":\"지난 글 $i\",\"contentHtml\":\"<p>회사에서 쿠버네티스를 배운 이야기 $i</p>\",\"status\":\"published\"}" \
    "$base/api/posts" >/dev/null
done
post_path="/posts/$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$slug")"

flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
printf '%-28s %5s %5s %5s %5s %8s %7s %6s %8s\n' page perf a11y bp seo "LCP(ms)" "TBT(ms)" CLS "KB"
for path in "$post_path" "/" "/tag/%ED%9A%8C%EA%B3%A0" "/search?q=%ED%9A%8C%EC%82%AC"; do
  CHROME_PATH=/usr/bin/chromium "$lighthouse_home/node_modules/.bin/lighthouse" "$base$path" --quiet \
    --output=json --output-path="$work/lh.json" --chrome-flags="$flags" >/dev/null 2>&1 || { echo "$path: lighthouse failed"; continue; }
  python3 - "$work/lh.json" "$path" <<'PY'
import json, sys, urllib.parse
r = json.load(open(sys.argv[1]))
c, a = r["categories"], r["audits"]
score = lambda k: round((c[k]["score"] or 0) * 100)
print("%-28s %5d %5d %5d %5d %8.0f %7.0f %6.3f %8.1f" % (urllib.parse.unquote(sys.argv[2])[:28], score("performance"),
      score("accessibility"), score("best-practices"), score("seo"), a["largest-contentful-paint"]["numericValue"],
      a["total-blocking-time"]["numericValue"], a["cumulative-layout-shift"]["numericValue"],
      a["total-byte-weight"]["numericValue"] / 1024))
PY
done

say "wrk: 8 connections, 2 threads, 20 s on the post page"
wrk -t2 -c8 -d20s "$base$post_path" | sed -n 's/^Requests\/sec: *\(.*\)/post page views\/s: \1/p; s/^ *Latency *\(.*\)/latency (avg, stdev, max, +\/-): \1/p'
if curl -sI "$base$post_path" | grep -qi '^set-cookie: JSESSIONID'; then echo "a reader got a session cookie"; else echo "no session cookie for readers"; fi
