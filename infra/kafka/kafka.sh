#!/usr/bin/env bash
# Local single-node Apache Kafka broker (KRaft, combined broker+controller)
# for development and integration tests.
#
# The broker jars come from Maven Central via infra/kafka/pom.xml (no tarball,
# no Docker), are cached outside git, and the broker runs as a plain
# background JVM.
#
#   infra/kafka/kafka.sh start    # download once, format fresh storage, start, wait until ready
#   infra/kafka/kafka.sh wait     # block until the running broker is ready (or fail)
#   infra/kafka/kafka.sh status   # exit 0 if running, 1 if not
#   infra/kafka/kafka.sh stop     # SIGTERM, wait, SIGKILL after a timeout
#
# `start` prints KAFKA_BROKERS=127.0.0.1:<port> as its last stdout line, so
# callers can do: eval "$(infra/kafka/kafka.sh start | tail -n1)"
#
# Environment (all optional):
#   KAFKA_VERSION          broker version (default: <kafka.version> in pom.xml)
#   KAFKA_PORT             client listener port (default 19092)
#   KAFKA_CONTROLLER_PORT  KRaft controller listener port (default 19093)
#   KAFKA_HEAP_OPTS        JVM heap flags (default "-Xms256m -Xmx512m")
#   KAFKA_START_TIMEOUT    seconds `start`/`wait` wait for readiness (default 90)
#   KAFKA_STOP_TIMEOUT     seconds `stop` waits before SIGKILL (default 30)
#   RENKEI_CACHE_DIR       cache root (default <repo>/.cache, git-ignored)
#   JAVA_HOME              JDK to use (default: `java` on PATH; needs 17+)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
POM="$SCRIPT_DIR/pom.xml"
LOG4J2_CONFIG="$SCRIPT_DIR/log4j2.properties"

# The version lives in exactly one place (pom.xml); read it from there unless
# overridden, so the cache folder name always matches what maven resolves.
DEFAULT_KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM" | head -n1)"
KAFKA_VERSION="${KAFKA_VERSION:-$DEFAULT_KAFKA_VERSION}"
KAFKA_PORT="${KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"

CACHE_ROOT="${RENKEI_CACHE_DIR:-$REPO_ROOT/.cache}/kafka"
LIB_DIR="$CACHE_ROOT/$KAFKA_VERSION/lib"
# Written only after maven succeeded, so an interrupted download is retried.
LIB_MARKER="$LIB_DIR/.complete"
RUN_DIR="$CACHE_ROOT/run"
DATA_DIR="$RUN_DIR/data"
PID_FILE="$RUN_DIR/kafka.pid"
PROPS_FILE="$RUN_DIR/server.properties"
VERSION_FILE="$RUN_DIR/kafka.version" # version of the broker that is running
SERVER_LOG="$RUN_DIR/server.log"   # log4j2 output (WARN + lifecycle lines)
STDOUT_LOG="$RUN_DIR/kafka.out"    # JVM stdout/stderr (crashes, JVM errors)
LOCK_FILE="$RUN_DIR/.lock"

if [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi

# Kept light for a 2-core machine: SerialGC has no concurrent GC threads, and
# C1-only JIT (TieredStopAtLevel=1) starts noticeably faster while being more
# than fast enough for test traffic.
JVM_OPTS=(
  -XX:+UseSerialGC
  -XX:TieredStopAtLevel=1
  -XX:+ExitOnOutOfMemoryError
  -Djava.awt.headless=true
)

log() { echo "kafka.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

# Serialise start/stop: parallel test runners may call `start` concurrently,
# and two JVMs racing for the same data dir/ports would both fail.
take_lock() {
  mkdir -p "$RUN_DIR"
  exec 9>"$LOCK_FILE"
  if command -v flock >/dev/null 2>&1; then
    flock -w 300 9 || die "could not acquire $LOCK_FILE within 300s"
  fi
}

# kill -0 also succeeds for zombies (exited, not yet reaped - happens when the
# container's PID 1 does not reap orphans), so check the process state too.
is_alive() {
  kill -0 "$1" 2>/dev/null || return 1
  local state
  state="$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$1/status" 2>/dev/null || true)"
  [[ "$state" != "Z" && "$state" != "X" ]]
}

# Prints the pid of the running broker, or nothing. A pid alone is not trusted
# (pids get reused after reboots/crashes): the process must also be our
# kafka.Kafka JVM, recognised by the server.properties path on its command line.
running_pid() {
  [[ -f "$PID_FILE" ]] || return 0
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  is_alive "$pid" || return 0
  if [[ -r "/proc/$pid/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "kafka.Kafka $PROPS_FILE" || return 0
  fi
  echo "$pid"
}

# The running broker may have been started with other settings than this
# invocation's environment (e.g. `KAFKA_VERSION=3.9.1 kafka.sh start`, then a
# plain `kafka.sh status`). Report what is really running: the port comes
# from the generated server.properties, the version from kafka.version.
running_port() {
  sed -n 's|^advertised.listeners=PLAINTEXT://127.0.0.1:\([0-9]*\)$|\1|p' "$PROPS_FILE" 2>/dev/null || true
}
running_version() {
  cat "$VERSION_FILE" 2>/dev/null || true
}

# Fetch the broker classpath into the cache, once per version.
ensure_libs() {
  [[ -f "$LIB_MARKER" ]] && return 0
  command -v mvn >/dev/null 2>&1 || die "maven (mvn) is required for the first download"
  log "downloading Kafka $KAFKA_VERSION from Maven Central into $LIB_DIR (first run only)..."
  local tmp="$LIB_DIR.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$(dirname "$LIB_DIR")"
  if ! mvn -q -B -f "$POM" -Dkafka.version="$KAFKA_VERSION" \
      dependency:copy-dependencies -DoutputDirectory="$tmp" -DincludeScope=runtime >&2; then
    rm -rf "$tmp"
    die "maven could not resolve org.apache.kafka:kafka_2.13:$KAFKA_VERSION"
  fi
  # Download into a temp folder and swap it in, so a half-filled lib folder is
  # never mistaken for a complete one.
  rm -rf "$LIB_DIR"
  mv "$tmp" "$LIB_DIR"
  echo "$KAFKA_VERSION" >"$LIB_MARKER"
}

# KRaft cluster ids are 16 random bytes in URL-safe base64 without padding.
# Generated here instead of via `StorageTool random-uuid` to save a JVM start.
# One starting with "-" would be read as an option by the tool's argument parser (as
# Kafka's own Uuid does, draw again until it does not).
new_cluster_id() {
  local id
  id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  while [[ "$id" == -* ]]; do
    id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  done
  printf '%s' "$id"
}

write_server_properties() {
  cat >"$PROPS_FILE" <<EOF
# Generated by infra/kafka/kafka.sh - edits are overwritten on every start.
# Single-node KRaft: this JVM is both the broker and the (only) controller.
node.id=1
process.roles=broker,controller
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
# Loopback only: this broker is for local tests, never exposed on the network.
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
log.dirs=$DATA_DIR

# Topic defaults for a one-broker cluster (internal topics default to RF 3,
# which a single broker could never satisfy).
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=3
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# Consumers in tests should get partitions immediately, not after 3 s.
group.initial.rebalance.delay.ms=0
auto.leader.rebalance.enable=false

# Small files: tests write little; smaller segments and pre-allocated indexes
# make topic creation (and the 3 __consumer_offsets partitions) cheaper.
log.segment.bytes=8388608
log.index.size.max.bytes=1048576
log.retention.hours=24
# The log cleaner (for compacted internal topics) grabs a 128 MiB buffer by
# default - a quarter of our heap. 8 MiB is plenty here.
log.cleaner.threads=1
log.cleaner.dedupe.buffer.size=8388608

# Fewer threads than the defaults (sized for big servers) on a 2-core box.
num.network.threads=2
num.io.threads=2
background.threads=2
num.recovery.threads.per.data.dir=1
num.replica.fetchers=1
EOF
}

port_in_use() {
  # bash's /dev/tcp: succeeds if something accepts connections on the port.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Speak real Kafka protocol: send an ApiVersions v0 request and check the
# response carries our correlation id and error code 0 (NONE). This proves the
# broker's request handlers are serving - a plain TCP connect is not enough,
# because the kernel accepts connections before Kafka processes requests.
api_versions_ok() {
  local port="$1" reply
  # shellcheck disable=SC2016 # $1 is expanded by the inner bash, on purpose
  reply="$(timeout 5 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    # size=15 | api_key=18 (ApiVersions) | api_version=0 | correlation_id=7 | client_id="probe"
    printf "\x00\x00\x00\x0f\x00\x12\x00\x00\x00\x00\x00\x07\x00\x05probe" >&3
    # response: size(4) correlation_id(4) error_code(2)
    head -c 10 <&3 | od -An -tx1 | tr -d " \n"
  ' _ "$port" 2>/dev/null)" || return 1
  [[ "${reply:8:12}" == "000000070000" ]]
}

print_log_tail() {
  local f
  for f in "$STDOUT_LOG" "$SERVER_LOG"; do
    if [[ -s "$f" ]]; then
      log "---- last 40 lines of $f ----"
      tail -n 40 "$f" >&2
    fi
  done
}

# ---------------------------------------------------------------------------
# Subcommands
# ---------------------------------------------------------------------------

cmd_wait() {
  local deadline=$((SECONDS + KAFKA_START_TIMEOUT))
  local pid port
  pid="$(running_pid)"
  [[ -n "$pid" ]] || { print_log_tail; die "broker is not running (no live pid in $PID_FILE; if it was just started, it exited - see log above)"; }
  port="$(running_port)"
  port="${port:-$KAFKA_PORT}"
  while :; do
    # Readiness = the server logged that it finished starting (controller
    # elected, broker registered and unfenced) AND it answers Kafka requests.
    if grep -q "Kafka Server started" "$SERVER_LOG" 2>/dev/null && api_versions_ok "$port"; then
      return 0
    fi
    if ! is_alive "$pid"; then
      print_log_tail
      die "broker process $pid exited during startup"
    fi
    if ((SECONDS >= deadline)); then
      print_log_tail
      die "broker not ready after ${KAFKA_START_TIMEOUT}s (pid $pid still running; see $SERVER_LOG)"
    fi
    sleep 0.2
  done
}

cmd_start() {
  take_lock
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    # Idempotent: a second `start` just confirms readiness of the same broker
    # (it is not restarted, so its data is kept).
    local port version
    port="$(running_port)"
    version="$(running_version)"
    log "already running (pid $pid, Kafka ${version:-?}, port ${port:-?})"
    if [[ "$port" != "$KAFKA_PORT" || "$version" != "$KAFKA_VERSION" ]]; then
      log "WARNING: requested Kafka $KAFKA_VERSION on port $KAFKA_PORT; run '$0 stop' first to change it"
    fi
    cmd_wait
    echo "KAFKA_BROKERS=127.0.0.1:${port:-$KAFKA_PORT}"
    return 0
  fi

  # A stale broker from another checkout/cache dir, or any other service,
  # would make our JVM die with "Address already in use" - say so up front.
  local p
  for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    port_in_use "$p" && die "port $p on 127.0.0.1 is already in use (set KAFKA_PORT / KAFKA_CONTROLLER_PORT)"
  done

  ensure_libs

  # Fresh storage on every start: tests want a clean broker, and formatting
  # an empty dir is much faster than recovering old logs.
  rm -rf "$DATA_DIR" "$SERVER_LOG" "$STDOUT_LOG" "$PID_FILE"
  mkdir -p "$DATA_DIR"
  write_server_properties
  echo "$KAFKA_VERSION" >"$VERSION_FILE"

  local cp="$LIB_DIR/*"
  # Static quorum (controller.quorum.voters) => plain `format -t <id>`; works on
  # both Kafka 3.9 and 4.x. (--standalone is only for dynamic quorums.)
  if ! "$JAVA" "${JVM_OPTS[@]}" -Xmx256m -cp "$cp" \
      -Dlog4j2.configurationFile="$LOG4J2_CONFIG" -Dkafka.logs.dir="$RUN_DIR" \
      kafka.tools.StorageTool format -t "$(new_cluster_id)" -c "$PROPS_FILE" >"$STDOUT_LOG" 2>&1; then
    print_log_tail
    die "formatting KRaft storage failed"
  fi

  # setsid: detach from the caller's process group so Ctrl-C in a test runner
  # does not kill the broker mid-write; `stop` is the way to end it.
  # The inner shell writes its own pid and then exec's java, so the pid file
  # holds the JVM's pid (not a wrapper's). `9>&-` keeps the lock fd out of the
  # long-lived JVM, otherwise the lock would be held until the broker exits.
  # shellcheck disable=SC2086,SC2016 # word-split KAFKA_HEAP_OPTS; $$/$0/$@ belong to the inner bash
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
    "$JAVA" $KAFKA_HEAP_OPTS "${JVM_OPTS[@]}" \
    -Dlog4j2.configurationFile="$LOG4J2_CONFIG" -Dkafka.logs.dir="$RUN_DIR" \
    -cp "$cp" kafka.Kafka "$PROPS_FILE" \
    </dev/null >>"$STDOUT_LOG" 2>&1 9>&- &

  # Wait for the pid file the child writes (normally instant).
  local tries=50
  while [[ ! -s "$PID_FILE" ]] && ((tries-- > 0)); do sleep 0.1; done
  [[ -s "$PID_FILE" ]] || die "broker failed to launch (no pid file)"
  log "started Kafka $KAFKA_VERSION (pid $(cat "$PID_FILE")), waiting for readiness..."

  cmd_wait
  log "ready on 127.0.0.1:$KAFKA_PORT"
  echo "KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT"
}

cmd_stop() {
  take_lock
  local pid
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    log "not running"
    rm -f "$PID_FILE"
    return 0
  fi
  log "stopping pid $pid..."
  # SIGTERM triggers Kafka's orderly shutdown hook (flush, close logs).
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + KAFKA_STOP_TIMEOUT))
  while is_alive "$pid"; do
    if ((SECONDS >= deadline)); then
      log "still alive after ${KAFKA_STOP_TIMEOUT}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  # A killed process may linger for a moment before the kernel reaps it.
  while is_alive "$pid"; do sleep 0.1; done
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    echo "running pid=$pid version=$(running_version) brokers=127.0.0.1:$(running_port)"
    return 0
  fi
  echo "not running"
  return 1
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  wait) cmd_wait ;;
  *)
    echo "usage: $0 {start|stop|status|wait}" >&2
    exit 2
    ;;
esac
