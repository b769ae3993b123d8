#!/usr/bin/env bash
# Property-based fuzzing of the HTTP API with Schemathesis, from /api/openapi.json: every generated
# request (valid and invalid) must get no 5xx, and every answer must match the documented status
# codes, content types (errors as application/problem+json) and response schemas.
# Starts the API on a throw-away Neo4j (tests/fuzz/serve.ts), fuzzes it, stops it.
# SAKSKART_FUZZ_EXAMPLES (default 100) bounds the examples per operation.
set -euo pipefail
cd "$(dirname "$0")/../.."

SCHEMATHESIS_VERSION=4.32.5
venv="${SAKSKART_FUZZ_VENV:-node_modules/.cache/sakskart-fuzz-venv}"
if ! "$venv/bin/st" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION"
fi

log=$(mktemp)
# Writes need the admin token: a throw-away one, so uploads and removals are fuzzed behind it.
token=$(node -e "console.log(require('crypto').randomBytes(24).toString('hex'))")
export SAKSKART_ADMIN_TOKEN="$token"
# One node process (no npx/tsx wrapper in between), so the signal reaches serve.ts, which stops Neo4j.
node --import tsx tests/fuzz/serve.ts >"$log" 2>&1 &
server=$!
stop() {
  kill -TERM "$server" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$server" 2>/dev/null || break; sleep 1; done
  kill -KILL "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -f "$log"
}
trap stop EXIT

url=""
for _ in $(seq 1 240); do
  url=$(sed -n 's/^listening //p' "$log")
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log"; echo "fuzz server did not start" >&2; exit 1; }
  sleep 1
done
[ -n "$url" ] || { cat "$log"; echo "fuzz server not ready after 240 s" >&2; exit 1; }

"$venv/bin/st" run "$url/api/openapi.json" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,negative_data_rejection \
  --max-examples "${SAKSKART_FUZZ_EXAMPLES:-100}" \
  --seed "${SAKSKART_FUZZ_SEED:-20261129}" \
  --phases examples,coverage,fuzzing \
  --workers 2 \
  --request-timeout 30 \
  --header "Authorization: Bearer $token" \
  "$@"
