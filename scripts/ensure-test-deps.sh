#!/usr/bin/env bash
# Runs before `npm test`: the browser end-to-end tests need Debian's Chromium and CJK fonts (never a
# downloaded browser build), the Word-rendering tests LibreOffice Writer without its GUI. Installs
# what is missing with apt when we may; otherwise says what to install (those tests then fail with
# a clear message).
#
# When another apt or dpkg process holds the package manager's lock (an unattended upgrade, a
# second install), waits for it, polling every DUIZHAO_APT_POLL seconds (default 5), up to
# DUIZHAO_APT_WAIT seconds (default 600), instead of failing at once.
set -u
wait_limit="${DUIZHAO_APT_WAIT:-600}"
poll="${DUIZHAO_APT_POLL:-5}"

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
if ! (command -v fc-list >/dev/null && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'); then need+=(fonts-noto-cjk); fi
if ! command -v soffice >/dev/null && ! command -v libreoffice >/dev/null; then need+=(libreoffice); fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "缺少测试所需的软件包：${need[*]}（Debian 上请用 sudo apt-get install 安装；LibreOffice 用 libreoffice-writer-nogui）" >&2
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Runs apt-get with the given arguments; while it fails because the lock is held, waits and retries.
apt_locked() {
  local started=$SECONDS said=0
  while :; do
    if apt-get -o DPkg::Lock::Timeout=5 "$@" >"$log" 2>&1; then return 0; fi
    if ! grep -qiE 'could not get lock|unable to acquire|lock-frontend|is another process using it|waiting for cache lock' "$log"; then
      cat "$log" >&2
      return 1
    fi
    if [ $((SECONDS - started)) -ge "$wait_limit" ]; then
      echo "等待 apt/dpkg 锁超过 ${wait_limit} 秒，放弃：$(grep -iE 'lock' "$log" | head -1)" >&2
      return 1
    fi
    if [ $said = 0 ]; then
      echo "另一个 apt/dpkg 进程正在运行，等待它结束（最多 ${wait_limit} 秒）…" >&2
      said=1
    fi
    sleep "$poll"
  done
}

echo "安装测试所需的系统软件包：${need[*]}" >&2
apt_locked update -qq || { echo "apt-get update 失败" >&2; exit 1; }

# LibreOffice: the Writer-only package without the GUI where the release has it (Debian 12
# bookworm and later), else the full Writer.
pkgs=()
for p in "${need[@]}"; do
  if [ "$p" = libreoffice ]; then
    if apt-cache show libreoffice-writer-nogui >/dev/null 2>&1; then pkgs+=(libreoffice-writer-nogui); else pkgs+=(libreoffice-writer); fi
  else
    pkgs+=("$p")
  fi
done

if apt_locked install -y -qq --no-install-recommends "${pkgs[@]}"; then exit 0; fi
echo "apt-get 安装失败：${pkgs[*]}" >&2
exit 1
