#!/usr/bin/env bash
# What a crowd of first-time readers costs the server: 10,000 first visits (no cookies, as from a link shared on a
# community site) to reader pages (the front page, posts, tag, archive and search pages) of a running
# jar. Prints the heap in use after a full GC before and after, and how many HTTP sessions the server holds
# (Tomcat's session objects in the heap, counted by jcmd). Nothing is asserted here; the figures are in the README
# beside the reader budgets.
#
#   scripts/reader-first-visits.sh [JAR]      (default blog-ui/target/blog-ui.jar; build it with ./geul package)
#
# GEUL_VISITS (default 10000), GEUL_VISIT_THREADS (8), GEUL_BUDGET_PORT (18081). Needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."

jar="${1:-blog-ui/target/blog-ui.jar}"
port="${GEUL_BUDGET_PORT:-18081}"
visits="${GEUL_VISITS:-10000}"
threads="${GEUL_VISIT_THREADS:-8}"
password="first-visits-admin-password"
work="$(mktemp -d)"
java_home="$(./geul jdk)"

say() { echo "first visits: $*" >&2; }

say "starting $jar on port $port (data in $work)"
BLOG_DATA_DIR="$work/data" BLOG_ADMIN_PASSWORD="$password" SERVER_PORT="$port" BLOG_IMPORT_MEDIA_DOWNLOAD=false \
  "$java_home/bin/java" --enable-native-access=ALL-UNNAMED -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  kill -0 $app 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 1
done

base="http://127.0.0.1:$port"
auth="admin:$password"
slugs=()
for i in $(seq 1 20); do
  post=$(curl -fs -u "$auth" -H 'Content-Type: application/json' \
    -d "{\"title\":\"제주 여행 $i일째\",\"contentHtml\":\"<p>바다가 정말 파랬다. 오늘은 $i번째 날, 오름에 올랐다.</p>\",\"status\":\"published\",\"tags\":[\"제주\",\"여행\"]}" \
    "$base/api/posts")
  slugs+=("$(echo "$post" | sed -n 's/.*"slug":"\([^"]*\)".*/\1/p')")
done
paths="$work/paths"
for slug in "${slugs[@]}"; do
  python3 -c 'import sys,urllib.parse; print("/posts/" + urllib.parse.quote(sys.argv[1]))' "$slug"
done >"$paths"
printf '%s\n' "/" "/tag/%EC%A0%9C%EC%A3%BC" "/tag/%EC%97%AC%ED%96%89" "/archive/$(date -u +%Y/%-m)" \
  "/search?q=%EB%B0%94%EB%8B%A4" "/search?q=%EC%98%A4%EB%A6%84" >>"$paths"

# the heap in use after a full GC (GC.run twice: what the first frees may only be freed by the second), in KB
heap_used() {
  "$java_home/bin/jcmd" "$app" GC.run >/dev/null
  "$java_home/bin/jcmd" "$app" GC.run >/dev/null
  "$java_home/bin/jcmd" "$app" GC.heap_info | sed -n 's/.* heap .*used \([0-9]*\)K.*/\1/p' | head -1
}
# HTTP sessions the server holds: Tomcat's session objects alive in the heap (the histogram is made after a full GC)
sessions() {
  "$java_home/bin/jcmd" "$app" GC.class_histogram | awk '$4 == "org.apache.catalina.session.StandardSession" {n=$2} END {print n+0}'
}
vaadin_sessions() {
  "$java_home/bin/jcmd" "$app" GC.class_histogram | awk '$4 ~ /^com.vaadin.flow.server.VaadinSession$|SpringVaadinSession$/ {n+=$2} END {print n+0}'
}

visit() {
  python3 - "$base" "$paths" "$1" "$threads" <<'PY'
import concurrent.futures, http.client, sys, time, urllib.parse
base, paths, count, threads = sys.argv[1], open(sys.argv[2]).read().split(), int(sys.argv[3]), int(sys.argv[4])
host = urllib.parse.urlparse(base)

def first_visit(i):
    # a new connection and no cookie: a reader who has never been here
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    try:
        connection.request("GET", paths[i % len(paths)], headers={"Accept": "text/html", "Accept-Language": "ko"})
        response = connection.getresponse()
        response.read()
        cookies = [v for k, v in response.getheaders() if k.lower() == "set-cookie"]
        return response.status, any(c.startswith("JSESSIONID") for c in cookies)
    finally:
        connection.close()

started = time.monotonic()
with concurrent.futures.ThreadPoolExecutor(threads) as pool:
    results = list(pool.map(first_visit, range(count)))
took = time.monotonic() - started
ok = sum(1 for status, _ in results if status == 200)
cookies = sum(1 for _, cookie in results if cookie)
print("%d first visits in %.1f s (%.0f/s): %d answered 200, %d got a session cookie" % (count, took, count / took, ok, cookies))
PY
}

say "warming up with 1000 visits"
visit 1000 >/dev/null
before=$(heap_used)
sessions_before=$(sessions)
say "sending $visits first visits from $threads client threads"
visit "$visits"
after=$(heap_used)
sessions_after=$(sessions)
printf 'heap used after a full GC: before %d KB, after %d KB (%+d KB, %+.1f bytes a visit)\n' "$before" "$after" \
  "$((after - before))" "$(python3 -c "print(($after - $before) * 1024 / $visits)")"
printf 'HTTP sessions held: before %d, after %d; Vaadin sessions after: %d\n' "$sessions_before" "$sessions_after" \
  "$(vaadin_sessions)"
printf 'resident memory of the app: %d MB\n' "$(($(ps -o rss= -p "$app") / 1024))"
