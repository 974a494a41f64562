#!/usr/bin/env bash
# Reader pages as people meet them: Lighthouse (mobile defaults) on a post holding the seed post, a post with
# photos and code blocks, the home page, a tag page and a search page, then wrk on the post page. Prints the
# figures; nothing is asserted here, the budgets are in the README.
#
#   scripts/reader-budgets.sh [JAR]      (default blog-ui/target/blog-ui.jar; build it with ./geul package)
#
# Needs: Node.js 24 (./geul installs it), Debian's chromium, wrk. Lighthouse 13.5.0 is installed into
# GEUL_LIGHTHOUSE_HOME (default ~/.cache/geul/lighthouse) on first use. GEUL_BUDGET_PORT (default 18080).
# GEUL_BUDGET_RUNS (default 3): Lighthouse runs per page, the median printed. GEUL_BUDGET_REPORTS=DIR keeps every
# Lighthouse report (JSON) there, to see what the main thread did.
set -euo pipefail
cd "$(dirname "$0")/.."

jar="${1:-blog-ui/target/blog-ui.jar}"
port="${GEUL_BUDGET_PORT:-18080}"
password="budget-admin-password"
lighthouse_home="${GEUL_LIGHTHOUSE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/geul/lighthouse}"
seed="${GEUL_SEED_POST:-../shared/data/seed-post-ko.txt}"
work="$(mktemp -d)"
reports="${GEUL_BUDGET_REPORTS:-}"
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

# a post as a developer writes one: text, photos uploaded to the blog, and code in three languages
png() { python3 - "$1" "$2" <<'PY'
import struct, sys, zlib
w, h = int(sys.argv[1]), int(sys.argv[2])
row = b"\x00" + bytes((40, 108, 176)) * w
chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
sys.stdout.buffer.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                        + chunk(b"IDAT", zlib.compress(row * h, 9)) + chunk(b"IEND", b""))
PY
}
images=()
for size in "1200 800" "800 1200" "1600 900"; do
  png $size >"$work/image.png"
  images+=("$(curl -fs -u "$auth" -H 'Content-Type: image/png' --data-binary @"$work/image.png" "$base/api/media" \
    | sed -n 's/.*"path":"\([^"]*\)".*/\1/p')")
done
code_body=$(python3 - "$seed" "${images[@]}" <<'PY'
import html, json, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if l.strip()]
images = sys.argv[2:]
code = {
    "java": "public final class Greeting {\n    private final String name;\n\n    Greeting(String name) {\n"
            "        this.name = name; // 이름\n    }\n\n    String text() {\n        return \"안녕, \" + name;\n    }\n}",
    "python": "def words(text: str) -> dict[str, int]:\n    counts = {}\n    for word in text.split():\n"
              "        counts[word] = counts.get(word, 0) + 1  # 단어 수\n    return counts\n",
    "bash": "#!/usr/bin/env bash\nset -euo pipefail\nfor file in *.md; do\n  echo \"$file: $(wc -l < \"$file\")\"\ndone",
}
parts = []
for i, line in enumerate(lines):
    parts.append("<p>%s</p>" % html.escape(line))
    if i % 4 == 1 and images:
        parts.append('<figure><img src="%s" alt="사진 %d"></figure>' % (images.pop(0), i))
    if i % 4 == 3 and code:
        language, text = code.popitem()
        parts.append('<pre><code class="language-%s">%s</code></pre>' % (language, html.escape(text)))
print(json.dumps("".join(parts)))
PY
)
code_post=$(curl -fs -u "$auth" -H 'Content-Type: application/json' \
  -d "{\"title\":\"코드와 사진이 있는 글\",\"contentHtml\":$code_body,\"status\":\"published\"}" "$base/api/posts")
code_path="/posts/$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' \
  "$(echo "$code_post" | sed -n 's/.*"slug":"\([^"]*\)".*/\1/p')")"

# Lighthouse's figures vary from run to run (its simulated throttling scales what the CPU did): each page is
# measured GEUL_BUDGET_RUNS times (default 3) and the median of each figure is printed, as Lighthouse advises
runs="${GEUL_BUDGET_RUNS:-3}"
flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
printf '%-28s %5s %5s %5s %5s %8s %7s %6s %8s\n' page perf a11y bp seo "LCP(ms)" "TBT(ms)" CLS "KB"
for path in "$post_path" "$code_path" "/" "/tag/%ED%9A%8C%EA%B3%A0" "/search?q=%ED%9A%8C%EC%82%AC"; do
  rm -f "$work"/lh-*.json
  for run in $(seq 1 "$runs"); do
    CHROME_PATH=/usr/bin/chromium "$lighthouse_home/node_modules/.bin/lighthouse" "$base$path" --quiet \
      --output=json --output-path="$work/lh-$run.json" --chrome-flags="$flags" >/dev/null 2>&1 \
      || echo "$path: lighthouse run $run failed"
  done
  ls "$work"/lh-*.json >/dev/null 2>&1 || continue
  python3 - "$path" "$work"/lh-*.json <<'PY'
import json, statistics, sys, urllib.parse
reports = [json.load(open(f)) for f in sys.argv[2:]]
def median(get):
    return statistics.median(get(r) for r in reports)
score = lambda k: median(lambda r: round((r["categories"][k]["score"] or 0) * 100))
audit = lambda k: median(lambda r: r["audits"][k]["numericValue"])
print("%-28s %5d %5d %5d %5d %8.0f %7.0f %6.3f %8.1f" % (urllib.parse.unquote(sys.argv[1])[:28], score("performance"),
      score("accessibility"), score("best-practices"), score("seo"), audit("largest-contentful-paint"),
      audit("total-blocking-time"), audit("cumulative-layout-shift"), audit("total-byte-weight") / 1024))
PY
  if [[ -n "$reports" ]]; then
    mkdir -p "$reports"
    for report in "$work"/lh-*.json; do
      cp "$report" "$reports/$(echo "$path" | tr -c 'A-Za-z0-9\n' '_' | cut -c1-40)-$(basename "$report")"
    done
  fi
done

say "wrk: 8 connections, 2 threads, 20 s on the post page"
wrk -t2 -c8 -d20s "$base$post_path" | sed -n 's/^Requests\/sec: *\(.*\)/post page views\/s: \1/p; s/^ *Latency *\(.*\)/latency (avg, stdev, max, +\/-): \1/p'
if curl -sI "$base$post_path" | grep -qi '^set-cookie: JSESSIONID'; then echo "a reader got a session cookie"; else echo "no session cookie for readers"; fi
