# How the local platform runs a service's JVM. Sourced by deploy/local/chorus and bench/startup, which set REPO,
# LOCAL_DIR and JAVA_BIN first.
#
# shellcheck shell=bash

# A modest JVM: heap 192 MB at most, serial GC (two cores), small thread stacks and code cache, and only the C1
# compiler. On two cores C2's compiler thread competes with the service itself: measured here (bench/startup and a
# 40 s signing load on petition-service), C1 alone answered the first request in 2.3-2.6 s instead of 2.9-3.5 s and
# took 240-250 signatures/s instead of 139-155, with less CPU.
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xms32m -Xmx192m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m \
-XX:MaxMetaspaceSize=160m -XX:TieredStopAtLevel=1}"

# Class archives (AppCDS): a service run once with -XX:ArchiveClassesAtExit writes, as it stops, the classes it
# loaded, parsed and verified; started with that archive it answers its first request in about half the time.
# An archive is only valid for the JVM build that wrote it and the packaged service it was recorded with.
# CLASS_ARCHIVES=off runs without them (and records none).
CLASS_ARCHIVE_DIR="$LOCAL_DIR/class-archives"
JVM_BUILD=""

service_jar() { echo "$REPO/$1/target/quarkus-app/quarkus-run.jar"; }

class_archive() {
  if [[ -z "$JVM_BUILD" ]]; then
    JVM_BUILD="$("$JAVA_BIN" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.vm\.version = //p' | head -n 1)"
    JVM_BUILD="${JVM_BUILD//[^A-Za-z0-9.-]/_}"
  fi
  echo "$CLASS_ARCHIVE_DIR/$1-${JVM_BUILD:-unknown}.jsa"
}

# class_archive_current NAME -- the archive exists and nothing in the packaged service is newer.
class_archive_current() {
  local archive
  [[ "${CLASS_ARCHIVES:-on}" != off ]] || return 0
  archive="$(class_archive "$1")"
  [[ -s "$archive" ]] && [[ -z "$(find "$REPO/$1/target/quarkus-app" -newer "$archive" -print -quit 2>/dev/null)" ]]
}

# service_java_args NAME [EXTRA JVM OPTION...] -- fills SERVICE_JAVA_ARGS with the JVM options and -jar of a
# service, with its class archive when there is a current one.
service_java_args() {
  local name="$1"
  shift
  read -ra SERVICE_JAVA_ARGS <<<"$SERVICE_JAVA_OPTS"
  if [[ "${CLASS_ARCHIVES:-on}" != off ]] && class_archive_current "$name"; then SERVICE_JAVA_ARGS+=("-XX:SharedArchiveFile=$(class_archive "$name")"); fi
  SERVICE_JAVA_ARGS+=("$@" -jar "$(service_jar "$name")")
}
