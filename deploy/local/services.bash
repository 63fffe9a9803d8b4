# The four services and the console: how one is started (its JVM options come from service-jvm.bash), its own
# database, and the training run after a build that records their class archives. Sourced by chorus.
#
# shellcheck shell=bash

# start_service NAME [EXTRA JVM OPTION...]
start_service() {
  local name="$1" jar
  jar="$(service_jar "$name")"
  [[ -f "$jar" ]] || die "$(rel "$jar") is missing after the build: check the $name module."
  service_java_args "$name" "${@:2}"
  start_part "$name" env QUARKUS_PROFILE=local QUARKUS_HTTP_PORT="${SERVICE_PORT[$name]}" DB_NAME="$(database_of "$name")" \
    "$SERVICE_JAVA_BIN" "${SERVICE_JAVA_ARGS[@]}"
}

# A service's own database: chorus_petition, chorus_letter, chorus_notification, each with CHORUS_DB_SUFFIX
# appended (the system tests use their own databases, so that they neither see nor change yours).
database_of() {
  local short="${1%-service}"
  printf 'chorus_%s%s' "$short" "${CHORUS_DB_SUFFIX:-}"
}

# What a training run asks of each service, beyond its readiness check, so that the classes that serve a first
# request are in its archive too.
declare -A TRAINING_PATHS=(
  [petition-service]="/api/petitions/$PETITION_SLUG /api/petitions/$PETITION_SLUG/tally /p/$PETITION_SLUG"
  [letter-service]="/q/health/live /q/metrics"
  [notification-service]="/q/health/live /q/metrics"
  [console]="/q/health/live"
  [gateway]="/q/health/live /q/metrics"
)

# Once after each build (and for each JVM): run every service whose class archive is missing or older than its
# package, make it answer, and stop it, so that the JVM writes the archive (service-jvm.bash).
record_class_archives() {
  local name path archive stale=()
  for name in "${SERVICES[@]}"; do class_archive_current "$name" || stale+=("$name"); done
  ((${#stale[@]})) || return 0
  say "Recording the class archives of ${stale[*]} (once after a build)"
  mkdir -p "$CLASS_ARCHIVE_DIR"
  for name in "${stale[@]}"; do
    rm -f "$(class_archive "$name")"
    # shellcheck disable=SC2046 # the recording options are words without spaces
    start_service "$name" $(class_archive_recording_options "$(class_archive "$name").part")
  done
  wait_ready "${stale[@]}"
  for name in "${stale[@]}"; do
    for path in ${TRAINING_PATHS[$name]}; do http_ok "http://127.0.0.1:${SERVICE_PORT[$name]}$path" || true; done
  done
  # Writing an archive takes a while as the JVM exits (JDK 25 assembles its AOT cache then: over a minute when four
  # JVMs do it at once on 2 busy cores, as seen in CI); an archive cut short by KILL is thrown away.
  STOP_GRACE_SECONDS=$CLASS_ARCHIVE_WRITE_SECONDS stop_groups "${stale[@]}"
  for name in "${stale[@]}"; do
    archive="$(class_archive "$name")"
    if [[ -s "$archive.part" && " ${KILLED_PARTS[*]} " != *" $name "* ]]; then
      mv -f "$archive.part" "$archive"
    else
      warn "the JVM could not write $name's class archive (the end of $(rel "$LOG_DIR/$name.log.1") says why): it starts without one, more slowly."
    fi
    # JDK 25 also leaves <archive>.part.config behind when writing the cache failed
    rm -f "$archive.part" "$archive.part.config"
  done
  say "Class archives recorded ($(elapsed))"
}
