# Process groups: every part runs in its own session/process group (setsid), recorded in .local/run/<name>.pid as
# "<pid> <start time>"; the pid is also the process group id, so stopping kills the whole group (kc.sh and its
# java, for instance), with TERM first and KILL after STOP_GRACE_SECONDS. Also the short-lived helpers (build,
# Kafka tools) and the cleanup when `up` ends or is stopped. Sourced by chorus.
#
# shellcheck shell=bash

# Start time of a process (clock ticks since boot), to tell a pid from a later one that reuses the number.
proc_start_time() {
  local started
  start_time_into started "$1"
  echo "$started"
}

# start_time_into VAR PID -- the same into VAR, with builtins only: the watch loop asks it for every part every
# second, and each fork ($(...), cat) costs milliseconds on a virtual machine (with subshells and cat, `up` took
# 20 % of one core just watching).
start_time_into() {
  local -n into="$1"
  local stat fields
  if ! { read -r stat <"/proc/$2/stat"; } 2>/dev/null; then
    into=-
    return 0
  fi
  read -ra fields <<<"${stat##*) }"
  # shellcheck disable=SC2034  # a nameref: this sets the caller's variable
  into="${fields[19]:--}"
}

# Is this process alive (and not a zombie waiting for its parent)?
proc_alive() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || { kill -0 "$1" 2>/dev/null; return; }
  stat="${stat##*) }"
  [[ "${stat:0:1}" != Z ]]
}

pid_file() { echo "$RUN_DIR/$1.pid"; }

# Print the recorded pid of a part if its process group is still alive (and is still ours).
live_pid() {
  local file="$RUN_DIR/$1.pid" pid started now   # pid_file, without its subshell
  [[ -f "$file" ]] || return 1
  read -r pid started <"$file" || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  if [[ -d "/proc/$pid" && "$started" != - ]]; then
    start_time_into now "$pid"
    [[ "$now" == "$started" ]] || return 1   # the number now belongs to another process
  fi
  kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# Everything a pid file names: services first (they use the infrastructure), then the infrastructure.
all_part_names() {
  # shellcheck disable=SC2153  # SERVICES is chorus's
  echo "${SERVICES[@]}" mailbox keycloak kafka
}

# The parts whose recorded process group is still alive, on one line.
running_parts() {
  local name running=()
  for name in $(all_part_names); do
    if live_pid "$name" >/dev/null; then running+=("$name"); fi
  done
  echo "${running[@]}"
}

# start_group NAME COMMAND... -- runs COMMAND in the background in a new session, stdin from /dev/null, appending
# to .local/logs/NAME.log, at a lower CPU priority when NAME is one of BACKGROUND_PARTS.
start_group() {
  local name="$1"
  shift
  if [[ "$BACKGROUND_PARTS" == *" $name "* && "$BACKGROUND_NICE" != 0 ]] && have nice; then
    set -- nice -n "$BACKGROUND_NICE" "$@"
  fi
  if have setsid; then
    setsid "$@" </dev/null >>"$LOG_DIR/$name.log" 2>&1 &
  else
    set -m
    "$@" </dev/null >>"$LOG_DIR/$name.log" 2>&1 &
    set +m
  fi
  local pid=$!
  echo "$pid $(proc_start_time "$pid")" >"$(pid_file "$name")"
  [[ " ${STARTED[*]} " == *" $name "* ]] || STARTED+=("$name")
}

# start_part NAME COMMAND... -- start_group with a fresh log (the previous one kept as NAME.log.1).
start_part() {
  fresh_log "$1" >/dev/null
  start_group "$@"
}

# stop_groups NAME... -- TERM all of them at once, wait up to STOP_GRACE_SECONDS, then KILL what is left (and name
# it in KILLED_PARTS).
KILLED_PARTS=()
stop_groups() {
  local name pid entry waiting=() left=() deadline
  KILLED_PARTS=()
  for name in "$@"; do
    if pid="$(live_pid "$name")"; then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      waiting+=("$name:$pid")
    else
      rm -f "$(pid_file "$name")"
    fi
  done
  ((${#waiting[@]})) || return 0
  deadline=$((SECONDS + STOP_GRACE_SECONDS))
  while ((${#waiting[@]})) && ((SECONDS < deadline)); do
    sleep 0.2
    left=()
    for entry in "${waiting[@]}"; do
      pid="${entry#*:}"
      if kill -0 -- "-$pid" 2>/dev/null; then left+=("$entry"); fi
    done
    waiting=(${left[@]+"${left[@]}"})
  done
  for entry in ${waiting[@]+"${waiting[@]}"}; do
    say "${entry%%:*} did not stop within ${STOP_GRACE_SECONDS} s: killing it"
    KILLED_PARTS+=("${entry%%:*}")
    kill -KILL -- "-${entry#*:}" 2>/dev/null || true
  done
  for name in "$@"; do rm -f "$(pid_file "$name")"; done
}

# Services first (they use the infrastructure), then the infrastructure; each only if it has a pid file.
stop_everything() {
  local services=() infra=() name
  for name in "${SERVICES[@]}"; do [[ -f "$(pid_file "$name")" ]] && services+=("$name"); done
  for name in mailbox keycloak kafka; do [[ -f "$(pid_file "$name")" ]] && infra+=("$name"); done
  if ((${#services[@]})); then say "Stopping ${services[*]}"; stop_groups "${services[@]}"; fi
  if ((${#infra[@]})); then say "Stopping ${infra[*]}"; stop_groups "${infra[@]}"; fi
}

# EXIT/INT/TERM/HUP of `up`: stop helpers and every group this run started, once.
cleanup() {
  [[ -n "$CLEANING_UP" ]] && return 0
  CLEANING_UP=yes
  # Nothing may interrupt or abort the cleanup: not another Ctrl-C, not a failed write to a closed terminal.
  trap '' INT TERM HUP PIPE
  set +e
  local pid
  for pid in ${HELPER_PIDS[@]+"${HELPER_PIDS[@]}"}; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  if ((${#STARTED[@]})); then
    stop_everything
    say "Stopped."
  fi
  rm -f "$RUN_DIR/up.pid"
}

on_signal() {
  trap '' PIPE
  # The terminal is gone after a SIGHUP: keep the cleanup's messages in a log instead.
  [[ "$1" == HUP ]] && exec >>"$LOG_DIR/chorus-up.log" 2>&1
  printf '\n' 2>/dev/null || true
  say "Received SIG$1, stopping everything"
  cleanup
  case "$1" in INT) exit 130 ;; HUP) exit 129 ;; *) exit 143 ;; esac
}

# spawn_helper COMMAND... -- a short-lived helper (build, Kafka tool) in the background, in its own process group
# (set -m) so that cleanup can kill it with its children; its pid is left in HELPER_PID.
HELPER_PID=""
spawn_helper() {
  set -m
  "$@" </dev/null &
  HELPER_PID=$!
  set +m
  HELPER_PIDS+=("$HELPER_PID")
}

# run_helper COMMAND... -- run a helper and wait for it. Waiting with `wait` (not as a foreground command) lets
# the INT/TERM/HUP traps run at once, e.g. when `down` is called during a build.
run_helper() {
  spawn_helper "$@"
  local status=0
  wait "$HELPER_PID" || status=$?
  return "$status"
}
