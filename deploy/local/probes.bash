# How the launcher asks whether something answers: TCP, HTTP, SMTP, PostgreSQL, a local port. Sourced by chorus.
# With curl, ss and pg_isready when present; otherwise bash's /dev/tcp.
#
# shellcheck shell=bash
# shellcheck disable=SC2016  # single-quoted bash -c programs take their values as $0, $1, ... on purpose

is_local_host() {
  case "$1" in localhost | 127.0.0.1 | ::1 | "[::1]") return 0 ;; *) return 1 ;; esac
}

# Does something accept TCP connections on host:port?
tcp_open() {
  local host="$1" port="$2"
  if have timeout; then
    timeout 3 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$host" "$port" 2>/dev/null
  else
    bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$host" "$port" 2>/dev/null
  fi
}

# Does a PostgreSQL server answer on host:port? pg_isready speaks its protocol; a bare TCP connect is the fallback.
postgres_ready() {
  if have pg_isready; then
    pg_isready -q -h "$1" -p "$2" -t 3 >/dev/null 2>&1
  else
    tcp_open "$1" "$2"
  fi
}

# Does an SMTP server greet (220) on host:port?
smtp_ready() {
  local banner
  banner="$(timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1" || exit 1; head -n 1 <&3; printf "QUIT\r\n" >&3' "$1" "$2" 2>/dev/null)" || true
  [[ "$banner" == 220* ]]
}

# HTTP status code of a GET (000 when nothing answers). curl if present, else plain HTTP/1.0 over bash's /dev/tcp.
http_status() {
  local url="$1"
  if have curl; then
    local code
    code="$(curl -s -o /dev/null -w '%{http_code}' --connect-timeout 2 --max-time 5 "$url" 2>/dev/null)" || true
    echo "${code:-000}"
    return 0
  fi
  [[ "$url" =~ ^http://([^/:]+)(:([0-9]+))?(/.*)?$ ]] || { echo 000; return 0; }
  local host="${BASH_REMATCH[1]}" port="${BASH_REMATCH[3]:-80}" path="${BASH_REMATCH[4]:-/}" line=""
  line="$(timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1" || exit 1
      printf "GET %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\n\r\n" "$2" "$0" >&3
      head -n 1 <&3' "$host" "$port" "$path" 2>/dev/null)" || true
  [[ "$line" =~ ^HTTP/[0-9.]+\ ([0-9]{3}) ]] && echo "${BASH_REMATCH[1]}" || echo 000
}

http_ok() { [[ "$(http_status "$1")" == 200 ]]; }

# Is anything listening on this local TCP port (any address)?
port_in_use() {
  local port="$1"
  if have ss; then
    ss -Hltn "sport = :$port" 2>/dev/null | grep -q .
  else
    tcp_open 127.0.0.1 "$port"
  fi
}

# "java (pid 1234)" for the process listening on a port, when ss can tell.
port_owner() {
  have ss || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\).*/\1 (pid \2)/p' | head -n 1
}
