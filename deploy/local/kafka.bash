# Kafka: one KRaft node (broker + controller) from the jars in deploy/local/kafka/target/lib, its storage formatted
# once under .local/kafka/, and the topics Chorus uses, created once. Sourced by chorus.
#
# shellcheck shell=bash

KAFKA_MODULE="$SCRIPT_DIR/kafka"
KAFKA_LIB="$KAFKA_MODULE/target/lib"
KAFKA_HOME="$LOCAL_DIR/kafka"
KAFKA_HEAP_OPTS="-Xms128m -Xmx384m"
# Short-lived Kafka command-line tools: small heap, no C2 compiler, quick to start.
KAFKA_TOOL_JAVA_OPTS=(-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true)

DAY_MS=86400000
# topic:partitions:retention.ms[:max.message.bytes] -- `signatures` and `deliveries` carry personal data, so they
# keep it for 7 days; letters carry their PDF (letter-service's Topics.LETTERS_MAX_MESSAGE_BYTES), names-sent every
# signature id a batch named (ids and target codes only).
TOPICS=(
  "signatures:3:$((7 * DAY_MS))"
  "petitions:3:"
  "letters:3::$((16 * 1024 * 1024))"
  "names-sent:3::$((16 * 1024 * 1024))"
  "deliveries:3:$((7 * DAY_MS))"
  "signatures.dlq:1:$((14 * DAY_MS))"
  "petitions.dlq:1:$((14 * DAY_MS))"
  "letters.dlq:1:$((14 * DAY_MS))"
  "deliveries.dlq:1:$((14 * DAY_MS))"
  "names-sent.dlq:1:$((14 * DAY_MS))"
)

# kafka_classpath LOG -- fills KAFKA_CLASSPATH_ARGS: the Kafka jars, and log4j2 logging to LOG.
KAFKA_CLASSPATH_ARGS=()
kafka_classpath() {
  KAFKA_CLASSPATH_ARGS=(-Dlog4j2.configurationFile="$KAFKA_MODULE/log4j2.properties" -Dchorus.log.file="$1"
    -cp "$KAFKA_LIB/*")
}

# kafka_tool LOG CLASS ARG... -- one of Kafka's command-line tools.
kafka_tool() {
  kafka_classpath "$1"
  shift
  "$JAVA_BIN" "${KAFKA_TOOL_JAVA_OPTS[@]}" "${KAFKA_CLASSPATH_ARGS[@]}" "$@"
}

# Kafka cluster ids are 16 random bytes in URL-safe base64 without padding, not starting with '-'.
new_cluster_id() {
  local id
  while :; do
    id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    [[ "$id" != -* ]] && break
  done
  echo "$id"
}

start_kafka() {
  [[ -d "$KAFKA_LIB" ]] || die "The Kafka jars are missing ($(rel "$KAFKA_LIB")): build them with ./mvnw -q -f deploy/local/kafka/pom.xml package."
  mkdir -p "$KAFKA_HOME/data"
  sed "s#@KAFKA_DATA_DIR@#$KAFKA_HOME/data#" "$KAFKA_MODULE/server.properties" >"$KAFKA_HOME/server.properties"
  local log
  log="$(fresh_log kafka)"
  if [[ ! -f "$KAFKA_HOME/data/meta.properties" ]]; then
    say "Formatting Kafka's storage (first start)"
    # shellcheck disable=SC2094  # the log is named to log4j (an argument) and appended to by the shell: both append
    run_helper kafka_tool "$log" kafka.tools.StorageTool format \
      --config "$KAFKA_HOME/server.properties" --cluster-id "$(new_cluster_id)" >>"$log" 2>&1 ||
      { print_log_tail kafka; die "Formatting Kafka's storage failed (see above and $(rel "$log")): delete $(rel "$KAFKA_HOME") and try again."; }
  fi
  say "Starting Kafka on 127.0.0.1:$KAFKA_PORT"
  kafka_classpath "$log"
  # shellcheck disable=SC2086  # the heap options are words without spaces
  start_group kafka "$JAVA_BIN" $KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    "${KAFKA_CLASSPATH_ARGS[@]}" kafka.Kafka "$KAFKA_HOME/server.properties"
}

# What this Kafka data directory has been given: its cluster id and the topic specs. Recorded once the topics
# exist, so that later starts skip the Kafka tools (a JVM start each) while nothing changed.
topics_stamp() {
  printf 'cluster.id=%s\n' "$(sed -n 's/^cluster\.id=//p' "$KAFKA_HOME/data/meta.properties" 2>/dev/null)"
  printf '%s\n' "${TOPICS[@]}"
}

# Create the missing topics, concurrently (each Kafka tool is a JVM start).
create_topics() {
  local log="$LOG_DIR/kafka-tools.log" stamp="$KAFKA_HOME/topics.created" existing spec topic partitions retention max_bytes
  local pids=() failed="" pid
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$(topics_stamp)" ]]; then
    say "Kafka topics exist"
    return 0
  fi
  : >"$log"
  # shellcheck disable=SC2094  # as in start_kafka: log4j and the shell both append
  run_helper kafka_tool "$log" org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "127.0.0.1:$KAFKA_PORT" --list >"$KAFKA_HOME/topics.txt" 2>>"$log" ||
    { print_log_tail kafka-tools; die "Listing Kafka topics failed (see above and $(rel "$log")): check $(rel "$LOG_DIR")/kafka.log."; }
  existing="$(cat "$KAFKA_HOME/topics.txt")"
  for spec in "${TOPICS[@]}"; do
    IFS=: read -r topic partitions retention max_bytes <<<"$spec"
    grep -qxF "$topic" <<<"$existing" && continue
    local args=(--bootstrap-server "127.0.0.1:$KAFKA_PORT" --create --if-not-exists --topic "$topic"
      --partitions "$partitions" --replication-factor 1)
    [[ -n "$retention" ]] && args+=(--config "retention.ms=$retention")
    [[ -n "$max_bytes" ]] && args+=(--config "max.message.bytes=$max_bytes")
    # shellcheck disable=SC2094  # as in start_kafka: log4j and the shell both append
    spawn_helper kafka_tool "$log" org.apache.kafka.tools.TopicCommand "${args[@]}" >>"$log" 2>&1
    pids+=("$HELPER_PID")
  done
  if ((${#pids[@]} == 0)); then
    say "Kafka topics exist"
  else
    for pid in "${pids[@]}"; do wait "$pid" || failed=yes; done
    if [[ -n "$failed" ]]; then
      print_log_tail kafka-tools
      die "Creating the Kafka topics failed (see above and $(rel "$log"))."
    fi
    say "Created ${#pids[@]} Kafka topics ($(elapsed))"
  fi
  topics_stamp >"$stamp"
}
