# The local mailbox (deploy/local/mailbox): an SMTP server the services send to, and a web page and JSON API that
# show what arrived. Sourced by chorus.
#
# shellcheck shell=bash

MAILBOX_MODULE="$SCRIPT_DIR/mailbox"
MAILBOX_JAR="$MAILBOX_MODULE/target/chorus-mailbox.jar"
MAILBOX_STARTED=""

start_mailbox() {
  if [[ ! -f "$MAILBOX_JAR" ]]; then
    if [[ -n "$INFRA_ONLY" ]]; then
      warn "$(rel "$MAILBOX_JAR") is missing (the mailbox module is not built yet): starting without the mailbox, so nothing answers SMTP on $SMTP_PORT."
      return 0
    fi
    die "$(rel "$MAILBOX_JAR") is missing after the build: check the deploy/local/mailbox module (./mvnw -q -f deploy/local/mailbox/pom.xml package)."
  fi
  say "Starting the mailbox (SMTP on $SMTP_PORT, web on http://localhost:$MAILBOX_HTTP_PORT)"
  start_part mailbox env MAILBOX_SMTP_PORT="$SMTP_PORT" MAILBOX_HTTP_PORT="$MAILBOX_HTTP_PORT" \
    "$JAVA_BIN" -Xmx64m -XX:+UseSerialGC -jar "$MAILBOX_JAR"
  # shellcheck disable=SC2034  # read by up and its summary
  MAILBOX_STARTED=yes
}
