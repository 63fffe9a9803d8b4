# What bench/signing and bench/faults share: the load driver (bench/load-driver), the check that the platform is
# up, PostgreSQL's address, and waiting for the platform to finish earlier work. Sourced after REPO and BENCH (the
# script's name, for messages) are set.
#
# shellcheck shell=bash

DRIVER_MODULE="$REPO/bench/load-driver"
DRIVER_JAR="$DRIVER_MODULE/target/chorus-load-driver.jar"
RESULTS_DIR="$REPO/bench/results"
KAFKA_LIB="$REPO/deploy/local/kafka/target/lib"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA_BIN="$JAVA_HOME/bin/java"; else JAVA_BIN="$(command -v java)"; fi

DB_HOST="${DB_HOST:-localhost}" DB_PORT="${DB_PORT:-5432}" DB_USER="${DB_USER:-postgres}"
export PGPASSWORD="${DB_PASSWORD:-postgres}"
PG=(-h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER")

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() { echo "$BENCH: $*" >&2; exit 1; }
answers_200() { [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null)" == 200 ]]; }

# The platform must be up: the services on the signing path, and the mailbox that the confirmations read.
require_platform() {
  local url
  for url in http://127.0.0.1:8080/q/health/ready http://127.0.0.1:8081/q/health/ready \
    http://127.0.0.1:8083/q/health/ready http://127.0.0.1:8025/health; do
    answers_200 "$url" || die "the platform is not running ($url does not answer): start it with deploy/local/chorus up."
  done
  command -v psql >/dev/null || die "psql is missing: install PostgreSQL's client tools (apt-get install postgresql-client)."
}

# Build the driver when it is missing or older than its sources.
build_driver() {
  if [[ ! -f "$DRIVER_JAR" ]] || [[ -n "$(find "$DRIVER_MODULE/src" "$DRIVER_MODULE/pom.xml" "$REPO/pom.xml" -newer "$DRIVER_JAR" -print -quit)" ]]; then
    echo "$BENCH: building the load driver (./mvnw -q -DskipTests -f bench/load-driver/pom.xml package)" >&2
    (cd "$REPO" && ./mvnw -q -DskipTests -f bench/load-driver/pom.xml package) >&2
  fi
}

# run_driver DRIVER OPTION... -- the driver with the options every bench passes; its report on stdout.
run_driver() {
  "$JAVA_BIN" -Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$DRIVER_JAR" \
    --run-dir "$REPO/.local/run" --clock-ticks "$(getconf CLK_TCK)" --page-size "$(getconf PAGESIZE)" \
    --db-url "jdbc:postgresql://$DB_HOST:$DB_PORT/chorus_petition" --db-user "$DB_USER" "$@"
}

# "outbox_event=N <group>=N ... email_queued=N" -- the rows waiting in petition-service's outbox, how far each
# consumer group is behind on the signatures topic, and the emails notification-service has yet to send: the work
# the platform still has from before.
backlog() {
  local outbox groups queued
  outbox="$(psql "${PG[@]}" -X -At -d chorus_petition -c 'SELECT count(*) FROM outbox_event' 2>/dev/null || echo '?')"
  if groups="$("$JAVA_BIN" -Xmx128m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$REPO/deploy/local/kafka/log4j2.properties" \
    -Dchorus.log.file=/dev/null -cp "$KAFKA_LIB/*" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
    --bootstrap-server "${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}" --describe --all-groups --timeout 10000 2>/dev/null)"; then
    # LAG is "-" while a group has committed nothing on a partition: it is then behind by the whole partition.
    groups="$(awk '$2 == "signatures" && $5 ~ /^[0-9]+$/ { lag[$1] += ($6 ~ /^[0-9]+$/ ? $6 : $5) }
      END { for (g in lag) printf " %s=%d", g, lag[g] }' <<<"$groups")"
    groups="${groups:- kafka=?}"
  else
    groups=" kafka=?"
  fi
  queued="$(psql "${PG[@]}" -X -At -d chorus_notification -c "SELECT count(*) FROM email_message WHERE status = 'QUEUED'" \
    2>/dev/null || echo '?')"
  echo "outbox_event=${outbox}${groups} email_queued=${queued}"
}

# Is every count in that line zero?
quiet() {
  local count
  for count in $1; do [[ "$count" == *=0 ]] || return 1; done
}

# wait_until_quiet SECONDS -- earlier work first: a load on top of a backlog would measure the backlog too. Leaves
# what was left in BACKLOG_BEFORE.
wait_until_quiet() {
  local waited=0
  BACKLOG_BEFORE="$(backlog)"
  until quiet "$BACKLOG_BEFORE" || ((waited >= $1)); do
    echo "$BENCH: waiting for the platform to finish earlier work: $BACKLOG_BEFORE" >&2
    sleep 15
    waited=$((waited + 15))
    BACKLOG_BEFORE="$(backlog)"
  done
  quiet "$BACKLOG_BEFORE" || echo "$BENCH: still not quiet after $1 s; measuring anyway: $BACKLOG_BEFORE" >&2
}

# report_backlog REPORT -- appends the work left before and after the run to the report.
report_backlog() {
  {
    echo
    echo "Work left to the platform (petition-service's outbox; consumer groups behind on the signatures topic;"
    echo "emails queued in notification-service)"
    echo "  before the load: $BACKLOG_BEFORE"
    echo "  after the report: $(backlog)"
  } | tee -a "$1"
}
