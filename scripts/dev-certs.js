#!/usr/bin/env node
/**
 * HTTPS certificates for the dev server (`npm start`, https://localhost:3000), in the way mkcert
 * works: a local certificate authority made once per user, whose private key never leaves the
 * user's own folder (~/.duizhao-certs, folder 0700, keys 0600), and a leaf certificate for
 * localhost only (DNS localhost, IP 127.0.0.1 and ::1; not a CA; server authentication only)
 * signed by it. The user trusts the CA certificate once (README: per platform); the leaf is
 * renewed from the same CA when it nears its end, so trust is not asked again.
 *
 * Why not webpack-dev-server's own certificate: it is a self-signed certificate that may sign
 * anything, kept with its private key in node_modules/.cache where any local user can read it,
 * and replaced every 30 days.
 *
 * Certificates are made with the `selfsigned` package (what webpack-dev-server itself uses; pure
 * JavaScript over WebCrypto, so the same on Windows, Mac and Linux without openssl).
 *
 *   node scripts/dev-certs.js          make what is missing, print the files and how to trust the CA
 *   DUIZHAO_CERT_DIR=…                 another folder (tests)
 */
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const selfsigned = require('selfsigned');

/** Leaf lifetime: under the 398 days browsers and macOS accept for a TLS server certificate. */
const LEAF_DAYS = 397;
/** A leaf with less than this left is renewed. */
const RENEW_DAYS = 30;
/** CA lifetime. */
const CA_DAYS = 3650;
const DAY_MS = 86_400_000;

/** The folder: DUIZHAO_CERT_DIR, else ~/.duizhao-certs. */
function certDir() {
  return process.env.DUIZHAO_CERT_DIR || path.join(os.homedir(), '.duizhao-certs');
}

function files(dir) {
  return {
    dir,
    caKey: path.join(dir, 'ca.key'),
    caCert: path.join(dir, 'ca.crt'),
    key: path.join(dir, 'localhost.key'),
    cert: path.join(dir, 'localhost.crt'),
  };
}

/** Writes `data` so that only its owner can read it (mode 0600, also when the file existed). */
function writePrivate(file, data) {
  fs.writeFileSync(file, data, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

/** Group/other permission bits of a file, 0 on Windows (where modes do not apply). */
function looseBits(file) {
  if (process.platform === 'win32') return 0;
  return fs.statSync(file).mode & 0o077;
}

async function makeCa(f) {
  const user = os.userInfo().username;
  const now = new Date(Date.now() - 60_000);
  const pem = await selfsigned.generate(
    [
      { name: 'commonName', value: `duizhao local development CA (${user}@${os.hostname()})` },
      { name: 'organizationName', value: 'duizhao local development' },
    ],
    {
      keySize: 2048,
      algorithm: 'sha256',
      notBeforeDate: now,
      notAfterDate: new Date(now.getTime() + CA_DAYS * DAY_MS),
      extensions: [
        { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      ],
    },
  );
  writePrivate(f.caKey, pem.private);
  fs.writeFileSync(f.caCert, pem.cert, { mode: 0o644 });
}

async function makeLeaf(f) {
  const now = new Date(Date.now() - 60_000);
  const pem = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + LEAF_DAYS * DAY_MS),
    ca: { key: fs.readFileSync(f.caKey, 'utf8'), cert: fs.readFileSync(f.caCert, 'utf8') },
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  writePrivate(f.key, pem.private);
  fs.writeFileSync(f.cert, pem.cert, { mode: 0o644 });
}

/** Whether the leaf exists, is signed by the current CA and has more than RENEW_DAYS left. */
function leafUsable(f) {
  if (!fs.existsSync(f.key) || !fs.existsSync(f.cert)) return false;
  try {
    const leaf = new crypto.X509Certificate(fs.readFileSync(f.cert));
    const ca = new crypto.X509Certificate(fs.readFileSync(f.caCert));
    if (!leaf.verify(ca.publicKey) || !leaf.checkIssued(ca)) return false;
    return new Date(leaf.validTo).getTime() - Date.now() > RENEW_DAYS * DAY_MS;
  } catch {
    return false;
  }
}

/** Whether the CA files exist and the CA has more than a leaf's lifetime left. */
function caUsable(f) {
  if (!fs.existsSync(f.caKey) || !fs.existsSync(f.caCert)) return false;
  try {
    const ca = new crypto.X509Certificate(fs.readFileSync(f.caCert));
    return ca.ca && new Date(ca.validTo).getTime() - Date.now() > (LEAF_DAYS + 1) * DAY_MS;
  } catch {
    return false;
  }
}

/**
 * Makes what is missing and returns the dev server's TLS material:
 * { key, cert, caCert (PEM strings), files, created: ('ca'|'leaf')[] }.
 * Tightens the folder to 0700 and the private keys to 0600 when they were looser.
 */
async function ensureDevCerts(dir = certDir()) {
  const f = files(dir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
  const created = [];
  if (!caUsable(f)) {
    await makeCa(f);
    created.push('ca');
  }
  if (created.includes('ca') || !leafUsable(f)) {
    await makeLeaf(f);
    created.push('leaf');
  }
  for (const k of [f.caKey, f.key]) if (looseBits(k)) fs.chmodSync(k, 0o600);
  return {
    key: fs.readFileSync(f.key, 'utf8'),
    cert: fs.readFileSync(f.cert, 'utf8'),
    caCert: fs.readFileSync(f.caCert, 'utf8'),
    files: f,
    created,
  };
}

/** How to trust the CA certificate `caFile`, per platform (Chinese, for the terminal). */
function trustSteps(caFile) {
  return [
    `需要信任的只有本机 CA 证书：${caFile}（私钥在同一文件夹，只有你能读取，不要复制给别人）`,
    'Windows：双击 ca.crt → 安装证书 → 当前用户 → 将所有证书放入下列存储 → 受信任的根证书颁发机构；',
    `          或在 PowerShell 中：Import-Certificate -FilePath "${caFile}" -CertStoreLocation Cert:\\CurrentUser\\Root`,
    `Mac：     security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${caFile}"`,
    `Linux：   sudo cp "${caFile}" /usr/local/share/ca-certificates/duizhao-dev-ca.crt && sudo update-ca-certificates`,
    '          （Chromium/Chrome 另用 certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n duizhao-dev-ca -i ca.crt）',
    '不再需要时，从同一位置删除该证书，并删除 ~/.duizhao-certs 文件夹。',
  ].join('\n');
}

if (require.main === module) {
  ensureDevCerts().then(
    (r) => {
      const made = r.created.length ? `已生成：${r.created.map((c) => (c === 'ca' ? '本机 CA' : 'localhost 证书')).join('、')}\n` : '';
      process.stdout.write(`${made}开发服务器证书：${r.files.cert}\n${trustSteps(r.files.caCert)}\n`);
    },
    (e) => {
      process.stderr.write(`生成开发证书失败：${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

module.exports = { ensureDevCerts, trustSteps, certDir, LEAF_DAYS };
