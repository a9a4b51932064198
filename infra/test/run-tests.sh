#!/usr/bin/env bash
# `npm test`: compile (server and web pages), type-check and lint, then run every jest tier
# (unit, int, e2e) against a real PostgreSQL and a real Kafka, and then the browser tier (the
# built web pages in Chromium, against the whole backbone).
#   DATABASE_URL   use this PostgreSQL; otherwise an embedded one is started for the run.
#   KAFKA_BROKERS  use these brokers; otherwise infra/kafka provisions one (needs java + mvn).
#   REQUIRE_KAFKA=1  a missing Kafka fails the run instead of skipping the Kafka tests.
#   RENKEI_CHROMIUM  the Chromium to drive (default /usr/bin/chromium: apt-get install -y chromium).
#   REQUIRE_BROWSER=1  a missing Chromium fails the run instead of skipping the browser tier.
# Extra arguments go to jest, in one run over every tier (e.g. `npm test -- --selectProjects unit`).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
cache="${RENKEI_CACHE_DIR:-$root/.cache}"

step() { printf '\n== %s\n' "$*"; }

cleanup() {
  local status=$?
  if [[ -n "${pg_pid:-}" ]]; then kill -TERM "$pg_pid" 2>/dev/null && wait "$pg_pid" 2>/dev/null || true; fi
  if [[ "${kafka_started:-0}" == 1 ]]; then bash infra/kafka/kafka.sh stop >/dev/null 2>&1 || true; fi
  exit "$status"
}
trap cleanup EXIT

step "lock file in sync with every workspace package (what npm ci will demand)"
if ! npm ci --dry-run --no-audit --no-fund >/dev/null 2>&1; then
  npm ci --dry-run --no-audit --no-fund 2>&1 | grep -E 'Missing|Invalid' | head -5 >&2 || true
  echo "package-lock.json is out of date: run npm install and commit it" >&2
  exit 1
fi

step "build (tsc; vite for the web pages)"
npm run --silent build
step "type-check tests (tsc --noEmit)"
npm run --silent typecheck
step "lint (eslint, Nx module boundaries)"
npm run --silent lint

if [[ -z "${DATABASE_URL:-}" ]]; then
  step "PostgreSQL: starting an embedded server for this run"
  pg_dir="$cache/test-postgres"
  rm -rf "$pg_dir"
  pg_log="$cache/test-postgres.log"
  mkdir -p "$cache"
  node dist/libs/embedded-postgres/src/cli.js "$pg_dir" "${TEST_PG_PORT:-54330}" renkei_test --ephemeral </dev/null >"$pg_log" 2>&1 &
  pg_pid=$!
  for _ in $(seq 1 600); do
    if grep -q '^DATABASE_URL=' "$pg_log"; then break; fi
    if ! kill -0 "$pg_pid" 2>/dev/null; then cat "$pg_log"; echo "embedded PostgreSQL did not start" >&2; exit 1; fi
    sleep 0.1
  done
  DATABASE_URL="$(grep -m1 '^DATABASE_URL=' "$pg_log" | cut -d= -f2-)"
  [[ -n "$DATABASE_URL" ]] || { cat "$pg_log"; echo "embedded PostgreSQL did not report ready" >&2; exit 1; }
  export DATABASE_URL
else
  step "PostgreSQL: using DATABASE_URL"
fi

if [[ -z "${KAFKA_BROKERS:-}" ]]; then
  if command -v java >/dev/null && command -v mvn >/dev/null; then
    step "Kafka: provisioning a local broker (infra/kafka)"
    started_at=$(date +%s)
    KAFKA_BROKERS="$(bash infra/kafka/kafka.sh start | tail -n1 | sed -n 's/^KAFKA_BROKERS=//p')"
    kafka_started=1
    [[ -n "$KAFKA_BROKERS" ]] || { echo "Kafka did not report its brokers" >&2; exit 1; }
    export KAFKA_BROKERS
    echo "Kafka ready at $KAFKA_BROKERS in $(( $(date +%s) - started_at )) s"
  elif [[ "${REQUIRE_KAFKA:-0}" == 1 ]]; then
    echo "REQUIRE_KAFKA=1 but KAFKA_BROKERS is not set and java/mvn are missing to provision Kafka" >&2
    exit 1
  else
    echo "!!!!! KAFKA TESTS WILL BE SKIPPED: no KAFKA_BROKERS and no java+mvn to provision Kafka (set REQUIRE_KAFKA=1 to make this an error) !!!!!"
  fi
else
  step "Kafka: using KAFKA_BROKERS=$KAFKA_BROKERS"
fi

export KAFKAJS_NO_PARTITIONER_WARNING=1
# --forceExit: a leaked handle must fail loudly in review, not hang CI for 90 minutes after the summary.
if (( $# > 0 )); then
  step "jest: $*"
  npx jest --ci --forceExit "$@"
  exit 0
fi

step "jest: unit, int and e2e tiers"
npx jest --ci --forceExit --selectProjects unit int e2e

step "jest: browser tier (the built web pages in Chromium)"
chromium="${RENKEI_CHROMIUM:-/usr/bin/chromium}"
if [[ -x "$chromium" ]]; then
  started_at=$(date +%s)
  npx jest --ci --forceExit --selectProjects browser
  echo "browser tier took $(( $(date +%s) - started_at )) s; screenshots in artifacts/screenshots/"
elif [[ "${REQUIRE_BROWSER:-0}" == 1 ]]; then
  echo "REQUIRE_BROWSER=1 but there is no Chromium at $chromium (apt-get install -y chromium, or set RENKEI_CHROMIUM)" >&2
  exit 1
else
  echo "!!!!! BROWSER TESTS WILL BE SKIPPED: no Chromium at $chromium (apt-get install -y chromium, or set RENKEI_CHROMIUM; REQUIRE_BROWSER=1 makes this an error) !!!!!"
fi
