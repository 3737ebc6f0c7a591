/**
 * scripts/ensure-test-deps.sh (npm's pretest) against a stub apt-get: it installs only what is
 * missing, picks LibreOffice's no-GUI Writer package when the release has it, waits while another
 * process holds the apt/dpkg lock and gives up with a Chinese line after the time limit.
 * Nothing is installed: apt-get, apt-cache, fc-list and id are shell stubs on a private PATH.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const SCRIPT = path.resolve(__dirname, '../../scripts/ensure-test-deps.sh');

interface Stub {
  /** How many apt-get calls fail with a lock message before they succeed. */
  lockedCalls: number;
  /** Whether apt-cache knows libreoffice-writer-nogui. */
  nogui: boolean;
  /** Whether fc-list shows Noto Sans CJK. */
  fonts: boolean;
  /** Whether soffice is on PATH. */
  soffice: boolean;
}

function run(stub: Stub, env: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-apt-'));
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  const calls = path.join(dir, 'calls');
  const count = path.join(dir, 'count');
  fs.writeFileSync(count, '0');
  for (const tool of ['bash', 'grep', 'mktemp', 'rm', 'sleep', 'cat', 'head', 'id']) {
    const real = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    fs.symlinkSync(real, path.join(bin, tool));
  }
  const write = (name: string, body: string) => fs.writeFileSync(path.join(bin, name), `#!/bin/bash\n${body}\n`, { mode: 0o755 });
  write(
    'apt-get',
    `n=$(cat ${count}); echo $((n+1)) > ${count}; echo "apt-get $*" >> ${calls}
if [ "$n" -lt ${stub.lockedCalls} ]; then echo "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)" >&2; exit 100; fi
exit 0`,
  );
  write('apt-cache', stub.nogui ? 'exit 0' : '[ "$2" = libreoffice-writer-nogui ] && exit 100; exit 0');
  write('fc-list', stub.fonts ? 'echo "/usr/share/fonts/NotoSansCJK-Regular.ttc: Noto Sans CJK SC"' : 'exit 0');
  if (stub.soffice) write('soffice', 'exit 0');
  const r = spawnSync('/bin/bash', [SCRIPT], {
    encoding: 'utf8',
    env: { PATH: bin, DUIZHAO_APT_POLL: '0.1', ...env },
    timeout: 60_000,
  });
  const log = fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n') : [];
  fs.rmSync(dir, { recursive: true, force: true });
  return { code: r.status, stderr: r.stderr, calls: log };
}

const rootUser = typeof process.getuid === 'function' && process.getuid() === 0;
const chromiumThere = fs.existsSync('/usr/bin/chromium');

describe('ensure-test-deps.sh', () => {
  test('nothing missing: no apt-get at all', () => {
    const r = run({ lockedCalls: 0, nogui: true, fonts: true, soffice: true });
    if (!chromiumThere) return expect(r.calls.join('\n')).toContain('chromium');
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([]);
  });

  test('installs what is missing; LibreOffice as libreoffice-writer-nogui where the release has it', () => {
    const r = run({ lockedCalls: 0, nogui: true, fonts: false, soffice: false });
    if (!rootUser) return expect(r.stderr).toContain('缺少测试所需的软件包');
    expect(r.code).toBe(0);
    expect(r.calls[0]).toMatch(/apt-get .*update/);
    expect(r.calls[1]).toMatch(/install .*fonts-noto-cjk libreoffice-writer-nogui$/);
  });

  test('falls back to libreoffice-writer where there is no -nogui package', () => {
    const r = run({ lockedCalls: 0, nogui: false, fonts: true, soffice: false });
    if (!rootUser) return expect(r.stderr).toContain('缺少测试所需的软件包');
    expect(r.code).toBe(0);
    expect(r.calls[1]).toMatch(/install .* libreoffice-writer$/);
  });

  test('waits while another process holds the lock, then installs', () => {
    const r = run({ lockedCalls: 3, nogui: true, fonts: false, soffice: true }, { DUIZHAO_APT_WAIT: '30' });
    if (!rootUser) return expect(r.stderr).toContain('缺少测试所需的软件包');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('另一个 apt/dpkg 进程正在运行，等待它结束');
    expect(r.stderr.match(/等待它结束/g)).toHaveLength(1); // said once, not on every poll
    expect(r.calls).toHaveLength(5); // 3 locked updates, the update, the install
    expect(r.calls[4]).toMatch(/install .*fonts-noto-cjk$/);
  });

  test('gives up with one Chinese line when the lock is held past the limit', () => {
    const r = run({ lockedCalls: 10_000, nogui: true, fonts: false, soffice: true }, { DUIZHAO_APT_WAIT: '3' });
    if (!rootUser) return expect(r.stderr).toContain('缺少测试所需的软件包');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/等待 apt\/dpkg 锁超过 3 秒，放弃/);
    expect(r.calls.length).toBeGreaterThanOrEqual(3); // polled, not given up at the first refusal
  });
});
