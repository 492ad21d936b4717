#!/usr/bin/env bash
# Installs code-server (= a real VS Code, web workbench + Node extension host) into the git-ignored
# .e2e/ folder, offline-safe: only the npm registry and Debian packages are needed. Idempotent: a
# second run with the right version already in place does nothing.
# Usage: bash test/e2e/setup-code-server.sh        (CS_DIR overrides the install folder)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DEST=${CS_DIR:-$ROOT/.e2e/code-server}
CS_VERSION=4.100.3   # bundles VS Code 1.100.3, the newest whose engines accept Node 20
BIN="$DEST/node_modules/.bin/code-server"
CS_HOME="$DEST/home"  # code-server writes under $HOME even for --version

installed_version() {
  [ -x "$BIN" ] || return 0
  HOME="$CS_HOME" XDG_CONFIG_HOME="$CS_HOME" XDG_DATA_HOME="$CS_HOME" "$BIN" --version 2>/dev/null | grep -oE "^[0-9]+\.[0-9]+\.[0-9]+" | head -n1
}

mkdir -p "$CS_HOME"
if [ "$(installed_version)" = "$CS_VERSION" ]; then
  echo "code-server $CS_VERSION already installed in $DEST"
  exit 0
fi

# Native modules (kerberos, node-pty) need headers and a toolchain; @vscode/ripgrep needs an rg to seed.
if ! command -v rg >/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ] || ! command -v g++ >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup-code-server: install ripgrep libkrb5-dev python3 make g++ (apt) first" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq ripgrep libkrb5-dev python3 make g++ >/dev/null
fi

echo "installing code-server $CS_VERSION into $DEST (about 2 minutes)…"
# @vscode/ripgrep's postinstall downloads from GitHub: pre-seed its cache with Debian's rg.
RG_CACHE="$DEST/tmp/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE" "$DEST/rgseed"
cp "$(command -v rg)" "$DEST/rgseed/rg"
tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$DEST/rgseed" rg
cd "$DEST"
[ -f package.json ] || echo '{"name":"e2e-code-server","private":true}' > package.json
# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes: node-pty's postinstall runs `npx node-gyp`, which otherwise aborts asking for confirmation.
# TMPDIR: where @vscode/ripgrep looks for its download cache (os.tmpdir()).
TMPDIR="$DEST/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION"
got="$(installed_version)"
if [ "$got" != "$CS_VERSION" ]; then
  echo "setup-code-server: expected code-server $CS_VERSION, got '${got:-nothing}'" >&2
  exit 1
fi
echo "code-server $CS_VERSION installed in $DEST"
