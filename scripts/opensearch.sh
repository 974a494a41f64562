#!/usr/bin/env bash
# A local OpenSearch node with the Korean (nori) analysis plugin, for geul's `elasticsearch` search backend.
#   scripts/opensearch.sh start|stop|status     (usually as `./geul opensearch ...`, which finds the JDK)
# Everything comes from Maven Central through the Maven wrapper: OpenSearch's integ-test distribution (no bundled
# JDK, no security plugin) and a nori plugin zip put together here from the plugin's jar and Lucene's, because no
# plugin zip is published there. One node, on 127.0.0.1 only.
#
#   GEUL_OPENSEARCH_PORT   HTTP port (default 9200)
#   GEUL_OPENSEARCH_HOME   install, data and logs (default $BLOG_DATA_DIR/opensearch, i.e. ./data/opensearch)
#   GEUL_OPENSEARCH_HEAP   JVM heap (default 512m)
#   GEUL_OPENSEARCH_START_TIMEOUT, GEUL_OPENSEARCH_STOP_TIMEOUT   seconds (default 180 and 60)
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=3.8.0
LUCENE_VERSION=10.5.0 # the Lucene OpenSearch 3.8.0 is built on: nori's dictionary comes with it

port="${GEUL_OPENSEARCH_PORT:-9200}"
heap="${GEUL_OPENSEARCH_HEAP:-512m}"
start_timeout="${GEUL_OPENSEARCH_START_TIMEOUT:-180}"
stop_timeout="${GEUL_OPENSEARCH_STOP_TIMEOUT:-60}"
home="${GEUL_OPENSEARCH_HOME:-${BLOG_DATA_DIR:-./data}/opensearch}"
case "$home" in /*) ;; *) home="$PWD/${home#./}" ;; esac
home="${home%/}"
install_dir="$home/opensearch-$VERSION"
data_dir="$home/data"
logs_dir="$home/logs"
run_dir="$home/run"
tmp_dir="$home/tmp"
pid_file="$run_dir/opensearch.pid"
port_file="$run_dir/port"

say() { printf '%s\n' "$*" >&2; }
die() { say "opensearch: $*"; exit 1; }

usage() {
  cat >&2 <<USAGE
usage: ./geul opensearch start    install OpenSearch $VERSION with analysis-nori (once) and start one node
                                  on http://127.0.0.1:\${GEUL_OPENSEARCH_PORT:-9200}
       ./geul opensearch stop     stop it
       ./geul opensearch status   running or not, and the cluster's health (exit 0 healthy, 3 not running)
USAGE
}

require_tools() {
  [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] \
    || die "JAVA_HOME must point at a JDK 21 or newer: run this as ./geul opensearch, which finds one"
  command -v curl >/dev/null || die "curl is needed to talk to the node: install it"
}

# OpenSearch refuses to run as root: root runs the node as nobody.
as_root() { [[ "$(id -u)" -eq 0 ]]; }
as_node() {
  if ! as_root; then
    "$@"
  elif command -v runuser >/dev/null; then
    runuser -u nobody -- "$@"
  elif command -v setpriv >/dev/null; then
    setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --init-groups -- "$@"
  else
    su -s "$BASH" nobody -c "$(printf '%q ' "$@")"
  fi
}

is_node() { # pid: alive, and an OpenSearch node (not a pid since reused by another program)
  local args
  [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null || return 1
  if [[ -r "/proc/$1/cmdline" ]]; then args="$(tr '\0' ' ' <"/proc/$1/cmdline")"; else args="$(ps -ww -p "$1" -o args= 2>/dev/null)"; fi
  [[ "$args" == *org.opensearch.bootstrap.OpenSearch* ]]
}

# The pid of this home's node when it runs: from its pid file, or, while it starts and has not written one yet,
# the process started with this home's data folder.
node_pid() {
  local pid
  if [[ -s "$pid_file" ]]; then
    pid="$(tr -dc 0-9 <"$pid_file")"
    is_node "$pid" && printf '%s\n' "$pid"
    return
  fi
  command -v pgrep >/dev/null || return 1
  for pid in $(pgrep -f -- "-Epath.data=$data_dir( |\$)"); do
    if is_node "$pid"; then printf '%s\n' "$pid"; return 0; fi
  done
  return 1
}

running_port() { if [[ -s "$port_file" ]]; then tr -dc 0-9 <"$port_file"; else printf '%s' "$port"; fi; }
url_of() { printf 'http://127.0.0.1:%s' "$1"; }
healthy() { curl -fsS --max-time 5 "$1/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

log_offset=0 # the size of the node's log before this start: older runs' lines are not shown
log_tail() {
  if [[ -s "$logs_dir/launcher.log" ]]; then
    say "--- last lines of $logs_dir/launcher.log"
    tail -n 25 "$logs_dir/launcher.log" >&2
  fi
  if [[ -s "$logs_dir/geul.log" ]] && (($(wc -c <"$logs_dir/geul.log") > log_offset)); then
    say "--- last lines of $logs_dir/geul.log"
    tail -c +$((log_offset + 1)) "$logs_dir/geul.log" | tail -n 25 >&2
  fi
}

# nobody must be able to walk down to the home folder (it cannot when it lies under /root, for example).
check_reachable() {
  as_root || return 0
  as_node test -x "$home" 2>/dev/null && return 0
  local dir="" part
  local IFS=/
  for part in ${home#/}; do
    dir="$dir/$part"
    if ! as_node test -x "$dir" 2>/dev/null; then
      die "OpenSearch refuses to run as root, so it runs as nobody, who cannot enter $dir ($(stat -c '%A %U:%G' "$dir")).
Put the node where nobody can reach it, e.g. GEUL_OPENSEARCH_HOME=/var/tmp/geul-opensearch, or let it through: chmod o+x $dir"
    fi
  done
}

# Copies one artifact from Maven Central (through the local Maven repository) into $downloads.
fetch() {
  say "  fetching $1"
  ./mvnw -q -B -N dependency:copy -Dartifact="$1" -DoutputDirectory="$downloads" \
    || die "could not fetch $1 from Maven Central"
}

install_opensearch() {
  if [[ -x "$install_dir/bin/opensearch" && -f "$install_dir/plugins/analysis-nori/plugin-descriptor.properties" ]]; then
    return
  fi
  local started=$SECONDS downloads="$home/download"
  rm -rf "$downloads" && mkdir -p "$downloads"
  if [[ ! -x "$install_dir/bin/opensearch" ]]; then
    say "Installing OpenSearch $VERSION into $install_dir"
    fetch "org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip"
    local unpack="$home/unpack"
    rm -rf "$unpack" "$install_dir" && mkdir -p "$unpack"
    if command -v unzip >/dev/null; then
      unzip -q "$downloads/opensearch-$VERSION.zip" -d "$unpack"
    else
      (cd "$unpack" && "$JAVA_HOME/bin/jar" -xf "$downloads/opensearch-$VERSION.zip" && chmod +x "opensearch-$VERSION"/bin/*)
    fi
    mv "$unpack/opensearch-$VERSION" "$install_dir"
    rm -rf "$unpack" "$downloads/opensearch-$VERSION.zip"
  fi

  say "Installing the analysis-nori plugin"
  fetch "org.opensearch.plugin:analysis-nori:$VERSION:jar"
  fetch "org.apache.lucene:lucene-analysis-nori:$LUCENE_VERSION:jar"
  local plugin="$downloads/analysis-nori"
  mkdir -p "$plugin"
  mv "$downloads/analysis-nori-$VERSION.jar" "$downloads/lucene-analysis-nori-$LUCENE_VERSION.jar" "$plugin/"
  cat >"$plugin/plugin-descriptor.properties" <<DESCRIPTOR
name=analysis-nori
description=Korean (nori) analysis
version=$VERSION
opensearch.version=$VERSION
java.version=21
classname=org.opensearch.plugin.analysis.nori.AnalysisNoriPlugin
has.native.controller=false
DESCRIPTOR
  "$JAVA_HOME/bin/jar" --create --no-manifest --file "$downloads/analysis-nori-$VERSION.zip" -C "$plugin" .
  rm -rf "$install_dir/plugins/analysis-nori"
  OPENSEARCH_JAVA_HOME="$JAVA_HOME" "$install_dir/bin/opensearch-plugin" install --batch \
    "file://$downloads/analysis-nori-$VERSION.zip" >&2 || die "installing the analysis-nori plugin failed"
  [[ -f "$install_dir/plugins/analysis-nori/plugin-descriptor.properties" ]] || die "analysis-nori did not install"
  rm -rf "$downloads"
  say "Installed in $((SECONDS - started)) s"
}

stop_node() { # pid
  local pid="$1" waited=0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && ((waited < stop_timeout)); do sleep 1; waited=$((waited + 1)); done
  if kill -0 "$pid" 2>/dev/null; then
    say "OpenSearch (pid $pid) did not stop within $stop_timeout s: killing it"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 1; done
  fi
  rm -f "$pid_file" "$port_file"
}

# Waits for the node to answer yellow or green; the launcher's -d returns at once, even when the node dies later.
wait_until_healthy() { # since (SECONDS)
  local since="$1" url pid
  url="$(url_of "$(running_port)")"
  while ! healthy "$url"; do
    if ! node_pid >/dev/null; then
      log_tail
      die "OpenSearch stopped while starting (see $logs_dir)"
    fi
    if ((SECONDS - since >= start_timeout)); then
      log_tail
      if pid="$(node_pid)"; then stop_node "$pid"; fi
      die "OpenSearch did not answer at $url within $start_timeout s; stopped it (see $logs_dir)"
    fi
    sleep 2
  done
}

check_plugin() { # url
  local plugins
  plugins="$(curl -fsS --max-time 10 "$1/_cat/plugins?h=component" 2>/dev/null || true)"
  if ! grep -qx 'analysis-nori' <<<"$plugins"; then
    local pid
    if pid="$(node_pid)"; then stop_node "$pid"; fi
    die "the node does not list analysis-nori in _cat/plugins (it listed: ${plugins:-nothing}); stopped it.
Remove $install_dir to install again."
  fi
}

start() {
  require_tools
  local pid url
  if pid="$(node_pid)"; then
    local running
    running="$(running_port)"
    url="$(url_of "$running")"
    [[ "$running" == "$port" ]] \
      || die "this home's node already runs at $url (pid $pid), not on port $port: stop it first (GEUL_OPENSEARCH_HOME=$home)"
    if healthy "$url"; then
      check_plugin "$url"
      echo "OpenSearch $VERSION with analysis-nori is already running at $url (pid $pid)"
      return 0
    fi
    say "OpenSearch (pid $pid) is starting; waiting for it"
    wait_until_healthy "$SECONDS"
    check_plugin "$url"
    echo "OpenSearch $VERSION with analysis-nori is running at $url"
    return 0
  fi
  rm -f "$pid_file" "$port_file"
  port_taken "$port" && die "port $port is in use by another program: choose another with GEUL_OPENSEARCH_PORT"

  mkdir -p "$home"
  check_reachable
  install_opensearch
  mkdir -p "$data_dir" "$logs_dir" "$run_dir" "$tmp_dir"
  printf '%s\n' "$port" >"$port_file"
  if as_root; then
    chown -R nobody: "$install_dir" "$data_dir" "$logs_dir" "$run_dir" "$tmp_dir"
  fi

  url="$(url_of "$port")"
  say "Starting OpenSearch $VERSION on $url (as $(as_node id -un), logs in $logs_dir)"
  [[ -f "$logs_dir/geul.log" ]] && log_offset="$(wc -c <"$logs_dir/geul.log")"
  local since=$SECONDS
  (
    cd "$home"
    as_node env OPENSEARCH_JAVA_HOME="$JAVA_HOME" OPENSEARCH_JAVA_OPTS="-Xms$heap -Xmx$heap" OPENSEARCH_TMPDIR="$tmp_dir" \
      "$install_dir/bin/opensearch" -d -p "$pid_file" \
      -Ecluster.name=geul -Enode.name=geul -Ediscovery.type=single-node \
      -Enetwork.host=127.0.0.1 -Ehttp.port="$port" \
      -Epath.data="$data_dir" -Epath.logs="$logs_dir" \
      -Ecluster.routing.allocation.disk.threshold_enabled=false -Eaction.auto_create_index=true
  ) >"$logs_dir/launcher.log" 2>&1 </dev/null || { log_tail; die "the OpenSearch launcher failed"; }
  wait_until_healthy "$since"
  say "Healthy after $((SECONDS - since)) s"
  check_plugin "$url"
  echo "OpenSearch $VERSION with analysis-nori is running at $url"
}

stop() {
  local pid
  if ! pid="$(node_pid)"; then
    rm -f "$pid_file" "$port_file"
    echo "OpenSearch is not running (GEUL_OPENSEARCH_HOME=$home)"
    return 0
  fi
  stop_node "$pid"
  echo "OpenSearch stopped (pid $pid)"
}

status() {
  local pid url health state
  if ! pid="$(node_pid)"; then
    echo "OpenSearch is not running (GEUL_OPENSEARCH_HOME=$home)"
    return 3
  fi
  url="$(url_of "$(running_port)")"
  health="$(curl -sS --max-time 5 "$url/_cluster/health" 2>/dev/null || true)"
  state="$(sed -n 's/.*"status" *: *"\([a-z]*\)".*/\1/p' <<<"$health")"
  echo "OpenSearch $VERSION is running at $url (pid $pid), cluster health: ${state:-no answer}"
  [[ "$state" == green || "$state" == yellow ]]
}

case "${1:-}" in
  start)  start ;;
  stop)   stop ;;
  status) status ;;
  *)      usage; exit 2 ;;
esac
