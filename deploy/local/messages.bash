# What the launcher says (on the terminal, with the time) and the parts' logs in .local/logs/. Sourced by chorus.
#
# shellcheck shell=bash

have() { command -v "$1" >/dev/null 2>&1; }

# Output never stops the launcher: the terminal may be gone (SIGHUP) or a `| tee` may have died.
say() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" 2>/dev/null || true; }

warn() { printf 'chorus: warning: %s\n' "$*" >&2 2>/dev/null || true; }

# One sentence on stderr, exit 1. During `up` the EXIT trap stops whatever was started.
die() {
  printf 'chorus: %s\n' "$*" >&2 2>/dev/null || true
  exit 1
}

now_ms() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    local t="${EPOCHREALTIME/[.,]/}"
    echo $((10#$t / 1000))
  else
    echo $((SECONDS * 1000))
  fi
}

# Seconds since `up` began, one decimal.
elapsed() {
  local ms=$(($(now_ms) - START_MS))
  printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100))
}

# Repository-relative path, for messages.
rel() { echo "${1#"$REPO"/}"; }

# Keep the previous run's log as <name>.log.1 and start a fresh one.
fresh_log() {
  local log="$LOG_DIR/$1.log"
  [[ -s "$log" ]] && mv -f "$log" "$log.1"
  : >"$log"
  echo "$log"
}

print_log_tail() {
  local log="$LOG_DIR/$1.log"
  [[ -f "$log" ]] || return 0
  printf '\n----- last 30 lines of %s -----\n' "$(rel "$log")" >&2
  tail -n 30 "$log" >&2
  printf -- '----- end of %s -----\n\n' "$(rel "$log")" >&2
}

# What `up` prints once everything answers: where each part is.
print_summary() {
  local kafka_line keycloak_line mail_line name
  kafka_line="$KAFKA_BOOTSTRAP_SERVERS${EXTERNAL_KAFKA:+ (external)}"
  keycloak_line="$KEYCLOAK_URL  (admin console: admin / admin)"
  [[ -n "$EXTERNAL_KEYCLOAK" ]] && keycloak_line="$KEYCLOAK_URL (external)"
  if [[ -n "$EXTERNAL_SMTP" ]]; then
    mail_line="SMTP $SMTP_HOST:$SMTP_PORT (external)"
  elif [[ -n "$MAILBOX_STARTED" ]]; then
    mail_line="http://localhost:$MAILBOX_HTTP_PORT  (SMTP on localhost:$SMTP_PORT)"
  else
    mail_line="not started (no mailbox jar)"
  fi
  echo
  say "Chorus${INFRA_ONLY:+ infrastructure} is up in $(elapsed)"
  echo
  if [[ -z "$INFRA_ONLY" ]]; then
    summary_line "gateway" "http://localhost:${SERVICE_PORT[gateway]}"
    summary_line "petition page" "http://localhost:${SERVICE_PORT[gateway]}/p/$PETITION_SLUG"
    summary_line "staff console" "http://localhost:${SERVICE_PORT[gateway]}/console/  (campaigner/campaigner, approver/approver)"
  fi
  summary_line "mailbox" "$mail_line"
  summary_line "Keycloak" "$keycloak_line"
  if [[ -z "$INFRA_ONLY" ]]; then
    for name in "${SERVICES[@]}"; do summary_line "$name" "http://localhost:${SERVICE_PORT[$name]}/q/health/ready"; done
  fi
  summary_line "Kafka" "$kafka_line"
  summary_line "PostgreSQL" "$DB_HOST:$DB_PORT  (user $DB_USER)"
  summary_line "logs" "$(rel "$LOG_DIR")/"
  echo
  if [[ -n "$INFRA_ONLY" ]]; then
    echo "Run the service you work on yourself, for example: ./mvnw -f petition-service quarkus:dev"
  fi
  echo "Press Ctrl-C to stop (or run deploy/local/chorus down)"
}

summary_line() { printf '  %-22s %s\n' "$1" "$2"; }
