# The parts `up` runs, each described once (part NAME ...): how it starts, how it is asked whether it is ready and
# for how long, where it answers. With that: waiting until parts are ready, and, once everything is up, restarting
# a part that dies, as systemd or Kubernetes would in production. Sourced by chorus.
#
# shellcheck shell=bash

declare -A PART_START=() PART_READY=() PART_READY_SECONDS=() PART_URL=()

# part NAME START_COMMAND READY_SECONDS READY_CHECK URL -- the commands are words without spaces, run as they are.
part() {
  PART_START[$1]="$2"
  PART_READY_SECONDS[$1]="$3"
  PART_READY[$1]="$4"
  # shellcheck disable=SC2034  # read by chorus status
  PART_URL[$1]="$5"
}

# run_words WORDS -- run a command kept as one string of words (a part's start command or readiness check).
run_words() {
  local words
  read -ra words <<<"$1"
  "${words[@]}"
}

is_ready() { run_words "${PART_READY[$1]}"; }

start_named() { run_words "${PART_START[$1]}"; }

# EXIT_STATUS: the exit status of a part this run started that has ended (empty if unknown). Not printed for a
# $(...): only this shell, not a subshell, can wait for its child.
EXIT_STATUS=""
read_exit_status() {
  local pid
  EXIT_STATUS=""
  read -r pid _ <"$(pid_file "$1")" 2>/dev/null || true
  if [[ -n "${pid:-}" ]]; then wait "$pid" 2>/dev/null || EXIT_STATUS=$?; fi
}

# A part this run started has died: show why, stop everything (EXIT trap), exit 1.
child_died() {
  local name="$1"
  read_exit_status "$name"
  print_log_tail "$name"
  die "$name stopped unexpectedly${EXIT_STATUS:+ (exit status $EXIT_STATUS)}: its log is $(rel "$LOG_DIR/$name.log")."
}

# wait_ready NAME... -- poll until each answers; fail if one dies or takes too long.
wait_ready() {
  local pending=("$@") still name
  declare -A deadline=()
  for name in "${pending[@]}"; do deadline[$name]=$((SECONDS + PART_READY_SECONDS[$name])); done
  while ((${#pending[@]})); do
    still=()
    for name in "${pending[@]}"; do
      if is_ready "$name"; then
        say "$name is ready ($(elapsed))"
      elif ! live_pid "$name" >/dev/null; then
        child_died "$name"
      elif ((SECONDS > deadline[$name])); then
        print_log_tail "$name"
        die "$name did not become ready within ${PART_READY_SECONDS[$name]} s: see its log, $(rel "$LOG_DIR/$name.log")."
      else
        still+=("$name")
      fi
    done
    pending=(${still[@]+"${still[@]}"})
    ((${#pending[@]})) && sleep 0.5
  done
  return 0
}

# After start: stay in the foreground and restart a part that dies, so that a crash (or a kill -9 in a fault test)
# costs only that part's restart. A part that dies again within RESTART_WINDOW_SECONDS of each of RESTART_LIMIT
# restarts is crash-looping: then `up` stops everything. RESTART_ON_CRASH=off stops everything at the first death
# instead.
RESTART_LIMIT=3
RESTART_WINDOW_SECONDS=120
declare -A RESTART_COUNT=() RESTARTED_AT=()

watch_children() {
  local name
  while :; do
    # A `sleep` process, not `read -t 1` on an idle pipe: bash ends a read's timeout with a jump that can cut short
    # the signal trap (cleanup) it interrupted; `down` then left this loop restarting the parts it was stopping.
    sleep 1
    for name in "${STARTED[@]}"; do
      live_pid "$name" >/dev/null || restart_part "$name"
    done
  done
}

restart_part() {
  local name="$1"
  [[ "${RESTART_ON_CRASH:-on}" != off ]] || child_died "$name"
  read_exit_status "$name"
  if [[ -n "${RESTARTED_AT[$name]:-}" ]] && ((SECONDS - RESTARTED_AT[$name] < RESTART_WINDOW_SECONDS)); then
    RESTART_COUNT[$name]=$((RESTART_COUNT[$name] + 1))
  else
    RESTART_COUNT[$name]=1
  fi
  if ((RESTART_COUNT[$name] > RESTART_LIMIT)); then
    print_log_tail "$name"
    die "$name keeps stopping (${RESTART_LIMIT} restarts within ${RESTART_WINDOW_SECONDS} s of each other): its log is $(rel "$LOG_DIR/$name.log")."
  fi
  say "$name stopped unexpectedly${EXIT_STATUS:+ (exit status $EXIT_STATUS)}: restarting it (its log until now is $(rel "$LOG_DIR/$name.log.1"))"
  RESTARTED_AT[$name]=$SECONDS
  start_named "$name"
}
