#!/usr/bin/env bash
# Installs everything Lektor and its tests need on a fresh Debian machine, then the npm packages.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# System tools the tests use: xmllint validates TMX/XLIFF/TBX, translate-toolkit is a real CAT-side
# consumer of our XLIFF/TMX, chromium renders the HTML review page, redis-server backs the queue
# and the shared memory (each test starts its own on a free loopback port).
need=()
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v xliff2po >/dev/null || need+=(translate-toolkit)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v redis-server >/dev/null || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "setup: please install these Debian packages (as root): ${need[*]}" >&2
    exit 1
  fi
fi

# onnxruntime-node's install script would fetch CUDA libraries on linux/x64. package.json's
# allowScripts denies it on npm 11; npm 10 runs every script, and this variable (which the script
# itself reads) skips it there. Not in .npmrc: npm warns on every command about a key it does not know.
export ONNXRUNTIME_NODE_INSTALL=skip
# Scripts in the foreground: with npm 11 background install scripts, better-sqlite3's native build
# was seen to fail once (its build folder vanished mid-compile).
npm ci --no-audit --no-fund --foreground-scripts
