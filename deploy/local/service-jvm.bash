# How the local platform runs a service's JVM. Sourced by deploy/local/chorus and bench/startup, which set REPO,
# LOCAL_DIR and JAVA_BIN (the JDK that builds) first.
#
# shellcheck shell=bash

# A modest JVM: heap 192 MB at most, serial GC (two cores), small thread stacks and code cache, and only the C1
# compiler. On two cores C2's compiler thread competes with the service itself: measured here (bench/startup and a
# 40 s signing load on petition-service), C1 alone answered the first request in 2.3-2.6 s instead of 2.9-3.5 s and
# took 240-250 signatures/s instead of 139-155, with less CPU. Measured again on 2026-11-29 with the whole platform
# (bench/signing at 150/s, warmed up): C2 as well would take 30-50 % less CPU per signature (p99 52 ms against
# 132 ms), but bench/startup's first answer then took 4.2 s for petition-service instead of 2.3 s (letter 3.7 against
# 2.3 s, notification 3.1 against 2.4 s): past the 3 s a restarted service has. For throughput over start time, run
# with SERVICE_JAVA_OPTS without -XX:TieredStopAtLevel=1 (and -XX:ReservedCodeCacheSize=96m).
# Metaspace is capped at 256 MB (a service uses about
# 90): the cap also sizes the compressed class space, 80 % of it, and a JDK 25 AOT cache must fit in that space
# (with 160 MB the class space was 128 MB, and writing petition-service's 142 MB cache failed).
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xms32m -Xmx192m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m \
-XX:MaxMetaspaceSize=256m -XX:TieredStopAtLevel=1}"

# The services are compiled for Java 17 and run on any JDK from 17 on. A JDK 25 or newer starts them faster: its
# AOT cache (JEP 483, 514, 515) keeps classes loaded and linked, where Java 17's class archive keeps them only
# parsed (measured with bench/startup; the README has the figures). So the services run on the first JDK 25+ of:
# SERVICE_JAVA_HOME, JAVA_HOME or PATH, the JDKs under /usr/lib/jvm; else on the JDK that builds.
SERVICE_JAVA_BIN=""
SERVICE_JAVA_FEATURE=""

java_feature() {
  local spec
  spec="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)"
  spec="${spec#1.}"
  echo "${spec%%.*}"
}

choose_service_java() {
  [[ -z "$SERVICE_JAVA_BIN" ]] || return 0
  local candidate feature
  if [[ -n "${SERVICE_JAVA_HOME:-}" ]]; then
    SERVICE_JAVA_BIN="$SERVICE_JAVA_HOME/bin/java"
    SERVICE_JAVA_FEATURE="$(java_feature "$SERVICE_JAVA_BIN")"
    return 0
  fi
  for candidate in "$JAVA_BIN" /usr/lib/jvm/*/bin/java; do
    [[ -x "$candidate" ]] || continue
    feature="$(java_feature "$candidate")"
    if [[ "$feature" =~ ^[0-9]+$ ]] && ((feature >= 25)); then
      SERVICE_JAVA_BIN="$candidate"
      SERVICE_JAVA_FEATURE="$feature"
      return 0
    fi
  done
  SERVICE_JAVA_BIN="$JAVA_BIN"
  SERVICE_JAVA_FEATURE="$(java_feature "$JAVA_BIN")"
}

uses_aot_cache() { choose_service_java; ((SERVICE_JAVA_FEATURE >= 25)); }

# Class archives: a service run once in training writes, as it stops, the classes it loaded (and, on JDK 25+, how
# they were linked and which methods ran hot); started with that archive it answers its first request sooner.
# The services are packaged as aot-jar (application.properties) so that their classes are on the JVM's class path,
# where an archive can hold them. An archive is only valid for the JVM build that wrote it and the packaged service
# it was recorded with. CLASS_ARCHIVES=off runs without them (and records none).
CLASS_ARCHIVE_DIR="$LOCAL_DIR/class-archives"
JVM_BUILD=""

service_jar() { echo "$REPO/$1/target/quarkus-app/quarkus-run.jar"; }

class_archive() {
  choose_service_java
  if [[ -z "$JVM_BUILD" ]]; then
    JVM_BUILD="$("$SERVICE_JAVA_BIN" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.vm\.version = //p' | head -n 1)"
    JVM_BUILD="${JVM_BUILD//[^A-Za-z0-9.-]/_}"
  fi
  local extension=jsa
  uses_aot_cache && extension=aot
  echo "$CLASS_ARCHIVE_DIR/$1-${JVM_BUILD:-unknown}.$extension"
}

# class_archive_current NAME -- the archive exists and nothing in the packaged service is newer.
class_archive_current() {
  local archive
  [[ "${CLASS_ARCHIVES:-on}" != off ]] || return 0
  archive="$(class_archive "$1")"
  [[ -s "$archive" ]] && [[ -z "$(find "$REPO/$1/target/quarkus-app" -newer "$archive" -print -quit 2>/dev/null)" ]]
}

# class_archive_recording_options FILE -- the JVM options of a training run that writes its archive to FILE.
class_archive_recording_options() {
  if uses_aot_cache; then
    echo "-XX:AOTCacheOutput=$1 -Xlog:aot*=error -Xlog:cds*=error"
  else
    echo "-XX:ArchiveClassesAtExit=$1 -Xlog:cds=error"
  fi
}

# The option that starts a service with its archive, as a system test looks for it.
class_archive_option() {
  if uses_aot_cache; then echo "-XX:AOTCache=$1"; else echo "-XX:SharedArchiveFile=$1"; fi
}

# service_java_args NAME [EXTRA JVM OPTION...] -- fills SERVICE_JAVA_ARGS with the JVM options and -jar of a
# service, with its class archive when there is a current one. Run it with $SERVICE_JAVA_BIN.
service_java_args() {
  local name="$1"
  shift
  choose_service_java
  read -ra SERVICE_JAVA_ARGS <<<"$SERVICE_JAVA_OPTS"
  # Netty and brotli4j load native code; JDK 22+ warns about it on every start unless it is allowed.
  ((SERVICE_JAVA_FEATURE >= 22)) && SERVICE_JAVA_ARGS+=(--enable-native-access=ALL-UNNAMED)
  if [[ "${CLASS_ARCHIVES:-on}" != off ]] && class_archive_current "$name"; then
    SERVICE_JAVA_ARGS+=("$(class_archive_option "$(class_archive "$name")")")
    # The AOT cache warns that a few of its code stubs do not match this run; those are made afresh (harmless).
    uses_aot_cache && SERVICE_JAVA_ARGS+=("-Xlog:aot*=error")
  fi
  SERVICE_JAVA_ARGS+=("$@" -jar "$(service_jar "$name")")
}
