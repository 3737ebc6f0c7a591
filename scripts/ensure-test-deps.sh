#!/usr/bin/env bash
# Runs before `npm test`: the browser end-to-end tests need Debian's Chromium and CJK fonts
# (never a downloaded browser build). Installs them with apt when missing and we may; otherwise
# says what to install, and the end-to-end tests fail with a clear message.
set -u
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
if ! (command -v fc-list >/dev/null && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'); then need+=(fonts-noto-cjk); fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "安装端到端测试所需的系统软件包：${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null && exit 0
  echo "apt-get 安装失败：${need[*]}" >&2
  exit 1
fi
echo "缺少端到端测试所需的软件包：${need[*]}（请用 sudo apt-get install ${need[*]} 安装）" >&2
exit 0
