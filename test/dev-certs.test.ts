/**
 * scripts/dev-certs.js: the dev server's certificate is a leaf for localhost only, signed by a
 * local CA whose private key only its owner can read; made once, renewed from the same CA, and
 * wired into `webpack serve`. Checked with Node's own X.509 and TLS, in a temporary folder.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as https from 'https';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';

jest.setTimeout(120_000);

interface Certs {
  key: string;
  cert: string;
  caCert: string;
  files: { dir: string; caKey: string; caCert: string; key: string; cert: string };
  created: string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureDevCerts, trustSteps, LEAF_DAYS } = require('../scripts/dev-certs.js') as {
  ensureDevCerts(dir?: string): Promise<Certs>;
  trustSteps(caFile: string): string;
  LEAF_DAYS: number;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const selfsigned = require('selfsigned') as { generate(attrs: unknown, options: unknown): Promise<{ private: string; cert: string }> };

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const mode = (f: string) => fs.statSync(f).mode & 0o777;
const posix = process.platform !== 'win32';

let dir: string;
let first: Certs;

beforeAll(async () => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-certs-')), 'certs');
  first = await ensureDevCerts(dir);
});

afterAll(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

test('the first run makes a CA and a leaf; private keys and the folder are for the owner only', () => {
  expect(first.created).toEqual(['ca', 'leaf']);
  if (posix) {
    expect(mode(dir)).toBe(0o700);
    expect(mode(first.files.caKey)).toBe(0o600);
    expect(mode(first.files.key)).toBe(0o600);
  }
  expect(fs.readFileSync(first.files.caKey, 'utf8')).toMatch(/BEGIN PRIVATE KEY/);
});

test('the leaf is for localhost only, for servers only, not a CA, and signed by the local CA', () => {
  const leaf = new crypto.X509Certificate(first.cert);
  const ca = new crypto.X509Certificate(first.caCert);
  expect(ca.ca).toBe(true);
  expect(leaf.ca).toBe(false);
  expect(leaf.verify(ca.publicKey)).toBe(true);
  expect(leaf.checkIssued(ca)).toBe(true);
  expect(leaf.subjectAltName?.split(', ').sort()).toEqual(['DNS:localhost', 'IP Address:0:0:0:0:0:0:0:1', 'IP Address:127.0.0.1']);
  expect(leaf.keyUsage).toEqual([SERVER_AUTH]);
  expect(leaf.checkHost('localhost')).toBe('localhost');
  expect(leaf.checkHost('intranet.example')).toBeUndefined();
  const days = (new Date(leaf.validTo).getTime() - new Date(leaf.validFrom).getTime()) / 86_400_000;
  expect(days).toBeLessThanOrEqual(398);
  expect(days).toBeGreaterThanOrEqual(LEAF_DAYS - 1);
  // The leaf's key pairs with the leaf, not with the CA.
  expect(leaf.checkPrivateKey(crypto.createPrivateKey(first.key))).toBe(true);
  expect(ca.checkPrivateKey(crypto.createPrivateKey(first.key))).toBe(false);
});

test('a TLS client trusting only the local CA accepts localhost and refuses any other name', async () => {
  const server = https.createServer({ key: first.key, cert: first.cert }, (_req, res) => res.end('ok'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const get = (servername: string) =>
    new Promise<string>((resolve) => {
      const req = https.get({ host: '127.0.0.1', port, servername, ca: first.caCert, path: '/', headers: { host: servername } }, (res) => {
        res.resume();
        resolve(`ok ${res.statusCode}`);
      });
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    });
  try {
    expect(await get('localhost')).toBe('ok 200');
    expect(await get('intranet.example')).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});

test('a second run reuses both; loose key permissions are tightened', async () => {
  if (posix) fs.chmodSync(first.files.caKey, 0o644);
  const again = await ensureDevCerts(dir);
  expect(again.created).toEqual([]);
  expect(again.cert).toBe(first.cert);
  expect(again.caCert).toBe(first.caCert);
  if (posix) expect(mode(first.files.caKey)).toBe(0o600);
});

test('a leaf near its end, or signed by another CA, is renewed from the same CA', async () => {
  const ca = { key: fs.readFileSync(first.files.caKey, 'utf8'), cert: first.caCert };
  const soon = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 5 * 86_400_000),
    ca,
  });
  fs.writeFileSync(first.files.cert, soon.cert);
  fs.writeFileSync(first.files.key, soon.private);
  const renewed = await ensureDevCerts(dir);
  expect(renewed.created).toEqual(['leaf']);
  expect(renewed.caCert).toBe(first.caCert);
  expect(new crypto.X509Certificate(renewed.cert).verify(new crypto.X509Certificate(first.caCert).publicKey)).toBe(true);

  const stranger = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], { keySize: 2048, algorithm: 'sha256' });
  fs.writeFileSync(first.files.cert, stranger.cert);
  const again = await ensureDevCerts(dir);
  expect(again.created).toEqual(['leaf']);
  expect(new crypto.X509Certificate(again.cert).checkIssued(new crypto.X509Certificate(first.caCert))).toBe(true);
});

test('webpack serve uses this certificate, and nothing from node_modules/.cache', async () => {
  process.env.DUIZHAO_CERT_DIR = dir;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require('../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => unknown;
    const config = (await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' })) as {
      devServer: { server: { type: string; options: { key: string; cert: string } } };
      devtool: string;
    };
    expect(config.devServer.server.type).toBe('https');
    expect(config.devServer.server.options.cert).toBe(fs.readFileSync(path.join(dir, 'localhost.crt'), 'utf8'));
    expect(JSON.stringify(config.devServer)).not.toContain('.cache');
    expect(config.devtool).not.toMatch(/eval/);
  } finally {
    delete process.env.DUIZHAO_CERT_DIR;
  }
});

test('the trust steps name the CA certificate (never a key) for Windows, Mac and Linux, in Chinese', () => {
  const steps = trustSteps('/home/u/.duizhao-certs/ca.crt');
  expect(steps).toMatch(/Windows/);
  expect(steps).toMatch(/Mac/);
  expect(steps).toMatch(/Linux/);
  expect(steps).toMatch(/[\u4e00-\u9fff]/);
  expect(steps).not.toMatch(/\.key\b/);
  expect(steps).toContain('/home/u/.duizhao-certs/ca.crt');
});
