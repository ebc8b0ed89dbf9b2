# shellcheck shell=bash disable=SC2034  # variables are used by the sourcing scripts
# Shared helpers for the deploy/local scripts (sourced, not executed).

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"
STATE="$LOCAL_DIR/.state"
PIDS="$STATE/pids"
LOGS="$STATE/logs"
KAFKA_DIR="$STATE/kafka"
KAFKA_LIBS="$KAFKA_DIR/libs"
PGDATA="$STATE/pg/data"
JWT_DIR="$STATE/jwt"
STACK_ENV="$STATE/stack.env"   # written by up: PG_MODE PG_HOST PG_PORT PG_USER PG_PASSWORD

SERVICES=(ticket-service routing-service qa-service reporting-service)
KAFKA_PORT=9092
KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
JWT_ISSUER=opsdesk-local
JWT_AUDIENCE=opsdesk   # the services refuse tokens for another audience (MP_JWT_VERIFY_AUDIENCES)

die() { echo "error: $*" >&2; exit 1; }
log() { echo "==> $*"; }

svc_port() {
  case "$1" in
    ticket-service) echo 8081 ;;
    routing-service) echo 8082 ;;
    qa-service) echo 8083 ;;
    reporting-service) echo 8084 ;;
    *) die "unknown service: $1" ;;
  esac
}
svc_db() { echo "${1%-service}"; }
svc_jar() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# Milliseconds since the epoch, and seconds elapsed since such a stamp.
now_ms() { date +%s%3N; }
since() { local d=$(( $(now_ms) - $1 )); printf '%d.%01ds' $((d / 1000)) $((d % 1000 / 100)); }

# Prints the pid of component NAME if its pid file points at a live process of this stack
# (its command line mentions the state folder); returns 1 otherwise.
live_pid() {
  local file="$PIDS/$1.pid" pid
  [[ -f "$file" ]] || return 1
  pid="$(head -n1 "$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$STATE" || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Readiness of a service: prints UP, or what was seen instead; returns 0 only for UP.
svc_health() {
  local out code
  out="$(curl -s -m 3 -w '\n%{http_code}' "http://127.0.0.1:$(svc_port "$1")/q/health/ready" 2>/dev/null)" \
    || { echo "no answer"; return 1; }
  code="${out##*$'\n'}"
  if [[ "$code" == 200 ]] && grep -Eq '"status" *: *"UP"' <<<"$out"; then echo UP; return 0; fi
  echo "HTTP $code"; return 1
}

# PostgreSQL refuses to run as root: run its server binaries in an unmapped user namespace.
as_pg() { if [[ "$(id -u)" == 0 ]]; then unshare -U "$@"; else "$@"; fi; }

pg_bin() {
  local d
  d="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n1)"
  [[ -n "$d" ]] && echo "$d"
}

# Runs a Kafka class with the downloaded jars; WARN-level logging to stderr.
kafka_java() {
  [[ -d "$KAFKA_LIBS" ]] || die "Kafka jars not downloaded yet: run deploy/local/up first"
  java -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/tools-log4j2.properties" -cp "$KAFKA_LIBS/*" "$@"
}
