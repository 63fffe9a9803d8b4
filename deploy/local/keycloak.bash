# Keycloak: the official distribution (deploy/local/keycloak/target), unpacked once to .local/keycloak-<version>/,
# run in dev mode with the chorus realm imported; its database is reset when realm-chorus.json changes.
# Sourced by chorus.
#
# shellcheck shell=bash

KEYCLOAK_MODULE="$SCRIPT_DIR/keycloak"
KEYCLOAK_HEAP_OPTS="-Xms64m -Xmx512m"
KEYCLOAK_HOME=""

keycloak_zip() {
  local zips=("$KEYCLOAK_MODULE"/target/keycloak-quarkus-dist-*.zip)
  [[ -e "${zips[0]}" ]] || return 1
  printf '%s\n' "${zips[@]}" | sort -V | tail -n 1
}

unpack_zip() { # zip destination
  local zip="$1" dest="$2" jar_bin
  jar_bin="$(dirname "$(readlink -f "$JAVA_BIN")")/jar"
  if have unzip; then
    unzip -q "$zip" -d "$dest"
  elif [[ -x "$jar_bin" ]] || have jar; then
    [[ -x "$jar_bin" ]] || jar_bin="$(command -v jar)"
    (cd "$dest" && "$jar_bin" xf "$zip")
  elif have python3; then
    python3 -m zipfile -e "$zip" "$dest"
  else
    die "Unpacking Keycloak needs unzip, a JDK's jar tool or python3, and none was found: apt-get install unzip."
  fi
}

keycloak_home() {
  local zip version
  zip="$(keycloak_zip)" || return 1
  version="$(basename "$zip" .zip)"
  echo "$LOCAL_DIR/keycloak-${version#keycloak-quarkus-dist-}"
}

prepare_keycloak() {
  local zip home
  zip="$(keycloak_zip)" || die "The Keycloak distribution is missing ($(rel "$KEYCLOAK_MODULE")/target/keycloak-quarkus-dist-*.zip): build it with ./mvnw -q -f deploy/local/keycloak/pom.xml package."
  home="$(keycloak_home)"
  if [[ ! -x "$home/bin/kc.sh" ]]; then
    say "Unpacking $(basename "$zip") to $(rel "$home") (once)"
    local tmp="$LOCAL_DIR/.unpack-keycloak.$$"
    rm -rf "$tmp" && mkdir -p "$tmp"
    unpack_zip "$zip" "$tmp"
    local top=("$tmp"/keycloak-*)
    [[ -d "${top[0]}" ]] || die "$(basename "$zip") does not hold a keycloak-* folder: delete it and build again."
    rm -rf "$home"
    mv "${top[0]}" "$home"
    rm -rf "$tmp"
    chmod +x "$home"/bin/*.sh   # jar and python's zipfile do not keep the executable bit
  fi
  # The realm is imported only into an empty database; when realm-chorus.json changes, start from an empty one.
  mkdir -p "$home/data/import"
  local realm="$KEYCLOAK_MODULE/realm-chorus.json" imported="$home/data/import/realm-chorus.json"
  if ! cmp -s "$realm" "$imported"; then
    if [[ -d "$home/data/h2" ]]; then
      say "realm-chorus.json changed: resetting Keycloak's local database so that the realm is imported again"
      rm -rf "$home/data/h2"
    fi
    cp "$realm" "$imported"
  fi
  KEYCLOAK_HOME="$home"
}

start_keycloak() {
  prepare_keycloak
  say "Starting Keycloak on http://localhost:$KEYCLOAK_PORT"
  # start-dev: dev-file (H2) database kept in $KEYCLOAK_HOME/data, no TLS, local caches. Keycloak 26.5 keeps
  # its dev-mode build, so only the first start re-augments (see README for the measured times).
  start_part keycloak env \
    JAVA="$JAVA_BIN" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP_OPTS" \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --import-realm
}
