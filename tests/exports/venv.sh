#!/usr/bin/env bash
# The Python tools that validate Sakskart's exports with the formats' own code: followthemoney (the
# FtM model Aleph and the `ftm` tools load), frictionless (Data Package validation) and networkx
# (its GEXF and GraphML readers). One venv under node_modules/.cache, made once and reused while
# the pinned versions match; .ci/run calls this before the tests, the export tests call it too.
# Prints the venv's python.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv="${SAKSKART_EXPORTS_VENV:-node_modules/.cache/sakskart-exports-venv}"
pins=(followthemoney==4.11.2 frictionless==5.21.0 networkx==3.5)
stamp="$venv/.pins"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${pins[*]}" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q --disable-pip-version-check "${pins[@]}" >&2
  echo "${pins[*]}" >"$stamp"
fi
echo "$venv/bin/python"
