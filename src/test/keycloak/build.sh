#!/bin/sh
# Builds the demo's and the tests' Keycloak once: its build-time options fixed (an in-memory store,
# a local cache), so every start after it runs with --optimized instead of rebuilding (~30 s of both
# cores). The build starts in the background as soon as Maven has unpacked Keycloak (pom.xml,
# "build-keycloak"); KeycloakServer runs this script again before it starts the server, which waits
# on the lock for a build under way and returns at once after a finished one.
#
# Usage: build.sh <keycloak home>
set -eu
home="$1"
options="--db=dev-mem --cache=local"
exec 9>"$home/.naboskab-build.lock"
flock 9
if [ "$(cat "$home/.naboskab-built" 2>/dev/null || true)" = "$options" ]; then
  exit 0
fi
rm -f "$home/.naboskab-built"
# shellcheck disable=SC2086 # the options are words on purpose
if ! "$home/bin/kc.sh" build $options > "$home/naboskab-build.log" 2>&1; then
  echo "Building Keycloak failed; see $home/naboskab-build.log" >&2
  tail -20 "$home/naboskab-build.log" >&2
  exit 1
fi
echo "$options" > "$home/.naboskab-built"
