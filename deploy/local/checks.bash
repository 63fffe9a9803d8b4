# The checks `up` and `test` make before they build or start anything, each failing with one sentence (die):
# Java, ports, PostgreSQL (started when local and down), Chromium and fonts for PDFs, parts given from outside.
# Sourced by chorus.
#
# shellcheck shell=bash

check_java() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA_BIN="$JAVA_HOME/bin/java"
  elif have java; then
    JAVA_BIN="$(command -v java)"
  else
    die "Chorus needs JDK 17 or newer: no java command was found on PATH; install one (apt-get install openjdk-17-jdk-headless) or set JAVA_HOME to a JDK 17+."
  fi
  local spec major
  spec="$("$JAVA_BIN" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)" || true
  major="${spec#1.}"
  major="${major%%.*}"
  if ! [[ "$major" =~ ^[0-9]+$ ]] || ((major < 17)); then
    die "Chorus needs JDK 17 or newer: $JAVA_BIN is Java ${spec:-of an unknown version}; install JDK 17+ (apt-get install openjdk-17-jdk-headless) and put it first on PATH or set JAVA_HOME."
  fi
  export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$JAVA_BIN")")")}"
}

check_not_running() {
  local pid leftovers=()
  if pid="$(live_pid up)"; then
    die "Chorus is already running (deploy/local/chorus up, pid $pid): use it, or stop it first with deploy/local/chorus down."
  fi
  read -ra leftovers <<<"$(running_parts)"
  if ((${#leftovers[@]})); then
    die "Processes from an earlier deploy/local/chorus up are still running (${leftovers[*]}): stop them with deploy/local/chorus down, then start again."
  fi
}

# check_port PORT WHAT HINT
check_port() {
  local port="$1" what="$2" hint="$3" owner
  if port_in_use "$port"; then
    owner="$(port_owner "$port")"
    die "Port $port (needed for $what) is already in use${owner:+ by $owner}: $hint"
  fi
}

# check_external_port PORT WHAT VARIABLE KIND -- a port of a part that could be given from outside instead.
check_external_port() {
  check_port "$1" "$2" "stop that program, or set $3 to use $4 that is already running."
}

check_ports() {
  local name
  if [[ -z "$INFRA_ONLY" ]]; then
    for name in "${SERVICES[@]}"; do
      check_port "${SERVICE_PORT[$name]}" "$name" \
        "stop that program (if it is $name in quarkus:dev, start the rest with deploy/local/chorus up --infra-only)."
    done
  fi
  if [[ -z "$EXTERNAL_KEYCLOAK" ]]; then
    check_external_port "$KEYCLOAK_PORT" "Keycloak" KEYCLOAK_URL "a Keycloak"
  fi
  if [[ -z "$EXTERNAL_KAFKA" ]]; then
    check_external_port "$KAFKA_PORT" "the Kafka broker" KAFKA_BOOTSTRAP_SERVERS "a Kafka"
    check_external_port "$KAFKA_CONTROLLER_PORT" "the Kafka controller" KAFKA_BOOTSTRAP_SERVERS "a Kafka"
  fi
  if [[ -z "$EXTERNAL_SMTP" ]]; then
    check_external_port "$SMTP_PORT" "the mailbox's SMTP server" "SMTP_HOST (and SMTP_PORT)" "an SMTP server"
    check_external_port "$MAILBOX_HTTP_PORT" "the mailbox web page" "SMTP_HOST (and SMTP_PORT)" "an SMTP server"
  fi
  # Keycloak's management interface (port 9000: health, metrics) only opens when health or metrics are enabled;
  # start-dev enables neither, so it takes no port of ours.
}

# The PostgreSQL server is the machine's own; we start it if it is local and down, and leave it running.
check_postgres() {
  if postgres_ready "$DB_HOST" "$DB_PORT"; then return 0; fi
  if ! is_local_host "$DB_HOST"; then
    die "PostgreSQL is not reachable on $DB_HOST:$DB_PORT (DB_HOST/DB_PORT): start it, or unset DB_HOST to use the local server."
  fi
  local version="" log="$LOG_DIR/postgresql-start.log" i
  have pg_ctlcluster && version="$(postgres_cluster_version)"
  if [[ -z "$version" ]]; then
    die "PostgreSQL is not reachable on $DB_HOST:$DB_PORT: start it (on Debian: pg_ctlcluster --skip-systemctl-redirect <version> main start) or set DB_HOST/DB_PORT to a running server."
  fi
  say "PostgreSQL is not answering on $DB_HOST:$DB_PORT: starting cluster $version/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >>"$log" 2>&1 || true
  for ((i = 0; i < 30; i++)); do
    if postgres_ready "$DB_HOST" "$DB_PORT"; then
      say "PostgreSQL $version/main is running (it stays running after Chorus stops)"
      return 0
    fi
    sleep 0.5
  done
  die "PostgreSQL is still not reachable on $DB_HOST:$DB_PORT after pg_ctlcluster --skip-systemctl-redirect $version main start (see $(rel "$log")): fix the server, or set DB_HOST/DB_PORT to a running one."
}

# The version of the local cluster "main" listening on DB_PORT (or the only one installed).
postgres_cluster_version() {
  if have pg_lsclusters; then
    pg_lsclusters -h 2>/dev/null | awk -v port="$DB_PORT" '$2 == "main" && $3 == port { print $1; exit }'
  elif [[ -d /etc/postgresql ]]; then
    find /etc/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -V | tail -n 1
  fi
}

# apt_install WHY PACKAGE... -- as root on Debian or Ubuntu, install what a fresh CI machine lacks (after an
# `apt-get update` if the first try fails). Not root, or no apt-get: nothing (the caller says how).
apt_install() {
  local why="$1" log="$LOG_DIR/apt-get.log"
  shift
  if [[ "$(id -u)" != 0 ]] || ! have apt-get; then return 0; fi
  say "Installing $* with apt-get ($why; see $(rel "$log"))"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >>"$log" 2>&1 && return 0
  DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$log" 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >>"$log" 2>&1
}

# letter-service prints letters to PDF with headless Chromium, and Burmese, Arabic and Chinese names need the Noto
# fonts.
PDF_PACKAGES=(chromium fonts-noto-core fonts-noto-cjk)
check_pdf_printer() {
  local chromium="${CHORUS_CHROMIUM:-chromium}"
  if have "$chromium" && pdf_fonts_present; then return 0; fi
  apt_install "letters are printed to PDF with them" "${PDF_PACKAGES[@]}" \
    || die "apt-get could not install ${PDF_PACKAGES[*]} (see $(rel "$LOG_DIR/apt-get.log")): install them by hand, or set CHORUS_CHROMIUM to a Chromium or Chrome program."
  have "$chromium" || die "Letters are printed to PDF with Chromium, and $chromium was not found: install it (Debian/Ubuntu: sudo apt-get install ${PDF_PACKAGES[*]}) or set CHORUS_CHROMIUM to a Chromium or Chrome program."
  pdf_fonts_present || die "Letters need the Noto fonts for Burmese and Chinese names: install them (Debian/Ubuntu: sudo apt-get install fonts-noto-core fonts-noto-cjk)."
}

pdf_fonts_present() {
  have fc-list || return 1
  local fonts
  fonts="$(fc-list : family 2>/dev/null)"
  grep -q "Noto Sans Myanmar" <<<"$fonts" && grep -q "Noto Sans CJK" <<<"$fonts"
}

# The system tests drive Debian's Chromium through chromedriver (Selenium) the way a signer's browser would use the
# widget on a partner's page; only `test` needs it.
BROWSER_TEST_PACKAGES=(chromium-driver)
check_browser_driver() {
  local driver="${CHORUS_CHROMEDRIVER:-chromedriver}"
  have "$driver" && return 0
  apt_install "the system tests drive Chromium with it" "${BROWSER_TEST_PACKAGES[@]}" \
    || die "apt-get could not install ${BROWSER_TEST_PACKAGES[*]} (see $(rel "$LOG_DIR/apt-get.log")): install it by hand, or set CHORUS_CHROMEDRIVER to a chromedriver matching your Chromium."
  have "$driver" || die "The system tests drive Chromium with chromedriver, and $driver was not found: install it (Debian/Ubuntu: sudo apt-get install ${BROWSER_TEST_PACKAGES[*]}) or set CHORUS_CHROMEDRIVER."
}

# Parts given from outside (KAFKA_BOOTSTRAP_SERVERS, KEYCLOAK_URL, SMTP_HOST) must answer.
check_external_parts() {
  if [[ -n "$EXTERNAL_KAFKA" ]]; then
    local server host port reachable="" servers=()
    IFS=',' read -ra servers <<<"$KAFKA_BOOTSTRAP_SERVERS"
    for server in "${servers[@]}"; do
      server="${server##*://}"
      host="${server%:*}" port="${server##*:}"
      host="${host#[}" host="${host%]}"
      if tcp_open "$host" "$port"; then reachable=yes; break; fi
    done
    [[ -n "$reachable" ]] ||
      die "Kafka is not reachable at $KAFKA_BOOTSTRAP_SERVERS (KAFKA_BOOTSTRAP_SERVERS): start it, or unset KAFKA_BOOTSTRAP_SERVERS to let deploy/local/chorus run one."
  fi
  if [[ -n "$EXTERNAL_KEYCLOAK" ]]; then
    local code
    code="$(http_status "${KEYCLOAK_URL%/}/realms/chorus/.well-known/openid-configuration")"
    [[ "$code" == 200 ]] ||
      die "Keycloak at $KEYCLOAK_URL (KEYCLOAK_URL) does not serve the realm chorus (HTTP $code): start it and import deploy/local/keycloak/realm-chorus.json, or unset KEYCLOAK_URL to let deploy/local/chorus run one."
  fi
  if [[ -n "$EXTERNAL_SMTP" ]]; then
    smtp_ready "$SMTP_HOST" "$SMTP_PORT" ||
      die "No SMTP server answers at $SMTP_HOST:$SMTP_PORT (SMTP_HOST/SMTP_PORT): start it, or unset SMTP_HOST to let deploy/local/chorus run the local mailbox."
  fi
}
