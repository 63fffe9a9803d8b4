# The build `up` runs first, only when an artifact it needs is missing or older than its sources: one Maven run
# from the repository root (or, with --infra-only, one per stale infrastructure module). Sourced by chorus.
#
# shellcheck shell=bash
# shellcheck disable=SC2016  # the single-quoted bash -c program takes its values as $0, $1, ... on purpose

# artifact_stale ARTIFACT MODULE_DIR -- missing, or older than any file under MODULE/src, MODULE/pom.xml, pom.xml;
# a service's also older than the main sources of any top-level module or library in libs/ (problem-details,
# messaging, trusted-proxies, ...), for the libraries it is built with
artifact_stale() {
  local artifact="$1" module="$2" inputs=()
  [[ -e "$artifact" ]] || return 0
  [[ -d "$module/src" ]] && inputs+=("$module/src")
  [[ -f "$module/pom.xml" ]] && inputs+=("$module/pom.xml")
  inputs+=("$REPO/pom.xml")
  if [[ "$artifact" == */quarkus-app/quarkus-run.jar ]]; then
    local library
    for library in "$REPO"/*/src/main "$REPO"/libs/*/src/main; do inputs+=("$library" "${library%/src/main}/pom.xml"); done
  fi
  [[ -n "$(find "${inputs[@]}" -newer "$artifact" -print -quit 2>/dev/null)" ]]
}

# "module-dir artifact" lines for what this run needs.
needed_artifacts() {
  echo "$KAFKA_MODULE $KAFKA_LIB"
  echo "$KEYCLOAK_MODULE $(keycloak_zip || echo "$KEYCLOAK_MODULE/target/keycloak-quarkus-dist.zip")"
  echo "$MAILBOX_MODULE $MAILBOX_JAR"
  if [[ -z "$INFRA_ONLY" ]]; then
    local name
    for name in "${SERVICES[@]}"; do echo "$REPO/$name $(service_jar "$name")"; done
  fi
}

maven() {
  local log="$LOG_DIR/build.log"
  say "Building: mvnw $*"
  if ! run_helper bash -c 'cd "$0" || exit 1; log="$1"; shift; "$0/mvnw" "$@" 2>&1 | tee -a "$log"; exit "${PIPESTATUS[0]}"' \
    "$REPO" "$log" "$@" </dev/null; then
    die "The build failed (Maven's output is above and in $(rel "$log")): fix it, then run deploy/local/chorus up again."
  fi
}

build_if_needed() {
  local module artifact stale_modules=()
  while read -r module artifact; do
    if artifact_stale "$artifact" "$module"; then stale_modules+=("$module"); fi
  done < <(needed_artifacts)
  if ((${#stale_modules[@]} == 0)); then
    say "Build is up to date"
    return 0
  fi
  : >"$LOG_DIR/build.log"
  local started="$LOCAL_DIR/.build-started"
  : >"$started"
  if [[ -z "$INFRA_ONLY" ]]; then
    maven -q -DskipTests package
  else
    # Only the infrastructure modules, each on its own (the reactor may hold modules still being written).
    for module in "${stale_modules[@]}"; do
      if [[ -f "$module/pom.xml" ]]; then
        maven -q -DskipTests -f "$(rel "$module")/pom.xml" package
      else
        warn "$(rel "$module") has no pom.xml yet; skipping its build."
      fi
    done
  fi
  # The build has just confirmed these are current as of its start (copy-dependencies, for one, leaves unchanged
  # files alone): date them so, and a source saved while the build ran still counts as newer next time.
  while read -r module artifact; do
    [[ -e "$artifact" ]] && touch -c -r "$started" "$artifact"
  done < <(needed_artifacts)
  rm -f "$started"
  say "Build finished ($(elapsed))"
}
