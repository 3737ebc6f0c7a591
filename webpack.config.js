/**
 * webpack 5 build for the Word task pane and the browser preview.
 *
 *   npm run build                    production add-in -> dist/ (taskpane.html, its scripts,
 *                                    assets/, manifest.xml), every manifest URL at https://localhost:3000/
 *   npm run build -- --env url=https://host/path/   the same for a web server at that address
 *   npm start                        dev server, https://localhost:3000/taskpane.html (certificate:
 *                                    scripts/dev-certs.js, a localhost leaf from the user's own CA)
 *   npm run preview                  dev server for the preview app, http://localhost:3001/
 *   webpack --mode production --env preview [--env outDir=...]   production preview build (build/preview)
 *
 * dist/ holds the add-in and nothing else (the CLI compiles to build/), so it can be copied to a
 * web server as it is.
 *
 * The only external reference in any emitted page is Office.js in taskpane.html, which Office
 * requires every add-in to load from Microsoft's CDN. The preview page does not load it, and no
 * product code makes network requests.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const root = __dirname;

/** Where manifest.xml (the source) points: the dev server. */
const DEV_BASE = 'https://localhost:3000/';

/**
 * The address the built add-in is served from (`--env url=…`, default the dev server), as an
 * absolute https URL ending in "/". Throws with a Chinese reason for anything else.
 */
function addinBase(env) {
  const raw = env.url === undefined || env.url === true ? DEV_BASE : String(env.url);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--env url=${raw} 不是有效的网址（应形如 https://服务器/路径/）`);
  }
  if (url.protocol !== 'https:') throw new Error(`--env url=${raw}：Office 加载项只能从 https 地址加载`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`--env url=${raw}：地址中不能有查询参数、# 片段或用户名`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * Where Office.js comes from and loads its own scripts: the CDN Microsoft requires add-ins to
 * use (hosted office.js, its per-host and per-language files), and ajax.aspnetcdn.com, from
 * which Office.js loads MicrosoftAjax.js on some hosts (OfficeDev/office-js#1005).
 */
const OFFICE_JS_ORIGINS = ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'];

/**
 * The Content-Security-Policy of a page, as a <meta http-equiv> value. No inline script, no
 * eval, no network: connect-src 'none' in production (the dev server's live-reload WebSocket is
 * allowed in development only). Inline styles stay allowed: Fluent UI inserts its styles at run
 * time, and Office.js's host scripts set inline styles (OfficeDev/office-js#1687).
 *   officeJs   whether the page loads Office.js (the task pane) or not (the preview)
 *   devSocket  the dev server's WebSocket origin, in development
 */
function contentSecurityPolicy({ officeJs, devSocket }) {
  const directives = [
    ["default-src", "'none'"],
    ['script-src', "'self'", ...(officeJs ? OFFICE_JS_ORIGINS : [])],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'", 'data:'],
    ['worker-src', "'self'"],
    ['connect-src', ...(devSocket ? ["'self'", devSocket] : ["'none'"])],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** manifest.xml with every dev-server URL moved to `base` (an https URL ending in "/"). */
function manifestFor(xml, base) {
  // The URLs stand in attribute values: escape what a URL may hold that XML does not allow raw.
  const escaped = base.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return xml.split(DEV_BASE).join(escaped);
}

/** Sample documents for the preview, read at build time: the three seeds (if present) and samples/sample.txt. */
function readPreviewSamples() {
  const samples = [];
  const seedDir = path.resolve(root, '../shared/seeds');
  const seedNames = {
    '000_6023580cda587f7d.txt': '样例一：区委常委会班子',
    '001_88a064966a7f57d0.txt': '样例二：副区长（个人）',
    '004_c3413cd0edfb2f64.txt': '样例三：市委常委班子',
  };
  if (fs.existsSync(seedDir)) {
    for (const file of fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) {
      samples.push({
        id: file.replace(/\.txt$/, ''),
        name: seedNames[file] || `样例：${file}`,
        text: fs.readFileSync(path.join(seedDir, file), 'utf8'),
      });
    }
  }
  const own = path.resolve(root, 'samples/sample.txt');
  if (fs.existsSync(own)) {
    samples.push({ id: 'sample', name: '示例材料（samples/sample.txt）', text: fs.readFileSync(own, 'utf8') });
  }
  return samples;
}

function tsRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: {
        // Type checking is `npm run typecheck`; the bundler only transpiles.
        transpileOnly: true,
        // ES modules so webpack can tree-shake (tsconfig.json says commonjs for the CLI).
        compilerOptions: { module: 'esnext', target: 'es2020', sourceMap: true },
      },
    },
  };
}

/** Where a build goes: content-hashed names in production, `clean` as webpack takes it. */
function output(dir, production, clean) {
  const name = production ? '[name].[contenthash:8].js' : '[name].js';
  return { path: path.resolve(dir), filename: name, chunkFilename: name, publicPath: 'auto', clean };
}

function common(mode) {
  const production = mode === 'production';
  return {
    mode,
    // Office on Windows uses WebView2 (Chromium), on Mac WKWebView: no IE, no polyfills.
    target: ['web', 'es2020'],
    // No eval-based source maps even in development: the pages' CSP forbids eval.
    devtool: production ? false : 'cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.json'],
      alias: {
        // jszip's browser build inlines a setImmediate polyfill that can compile strings with
        // new Function (forbidden by the pages' CSP): bundle jszip from its sources instead, with
        // our own function-only setImmediate, and without Node's stream (jszip then uses none).
        jszip$: path.resolve(root, 'node_modules/jszip/lib/index.js'),
        setimmediate$: path.resolve(root, 'src/taskpane/shims/setimmediate.ts'),
      },
      fallback: { stream: false },
    },
    module: { rules: [tsRule()] },
    performance: { hints: false },
    optimization: { splitChunks: { chunks: 'all' } },
    stats: 'errors-warnings',
  };
}

function taskpaneConfig(env, mode) {
  const production = mode === 'production';
  const assetsDir = path.resolve(root, 'assets');
  const plugins = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: path.resolve(root, 'src/taskpane/taskpane.html'),
      chunks: ['taskpane'],
      inject: 'body',
      scriptLoading: 'defer',
      meta: {
        csp: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy({ officeJs: true, devSocket: production ? null : 'wss://localhost:3000' }),
        },
      },
    }),
    new webpack.DefinePlugin({ __DUIZHAO_PREVIEW__: JSON.stringify(false) }),
  ];
  if (fs.existsSync(assetsDir)) {
    plugins.push(
      new CopyWebpackPlugin({
        patterns: [{ from: assetsDir, to: 'assets', noErrorOnMissing: true, globOptions: { ignore: ['**/.gitkeep'] } }],
      }),
    );
  }
  const manifest = path.resolve(root, 'manifest.xml');
  const base = addinBase(env);
  if (fs.existsSync(manifest)) {
    plugins.push(
      new CopyWebpackPlugin({
        patterns: [{ from: manifest, to: 'manifest.xml', transform: (content) => manifestFor(content.toString('utf8'), base) }],
      }),
    );
  }
  return {
    ...common(mode),
    name: 'taskpane',
    entry: { taskpane: path.resolve(root, 'src/taskpane/index.tsx') },
    // dist/ is the add-in only (the CLI builds to build/): emptied before each build.
    output: output(env.outDir || path.resolve(root, 'dist'), production, true),
    plugins,
    devServer: {
      port: 3000,
      host: 'localhost',
      // HTTPS with a localhost certificate from the user's own local CA (scripts/dev-certs.js),
      // filled in by makeConfig when serving; never webpack-dev-server's generated certificate.
      server: 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      // assets/ reaches /assets through CopyWebpackPlugin (served from memory in development).
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: false },
      open: false,
    },
  };
}

function previewConfig(env, mode) {
  const production = mode === 'production';
  return {
    ...common(mode),
    name: 'preview',
    entry: { preview: path.resolve(root, 'src/preview/index.tsx') },
    output: output(env.outDir || path.resolve(root, 'build/preview'), production, true),
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: path.resolve(root, 'src/preview/preview.html'),
        chunks: ['preview'],
        inject: 'body',
        scriptLoading: 'defer',
        meta: {
          csp: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy({ officeJs: false, devSocket: production ? null : 'ws://localhost:3001' }),
          },
        },
      }),
      new webpack.DefinePlugin({
        __DUIZHAO_PREVIEW__: JSON.stringify(true),
        __PREVIEW_SAMPLES__: JSON.stringify(readPreviewSamples()),
      }),
    ],
    devServer: {
      port: 3001,
      static: false,
      host: 'localhost',
      hot: false,
      liveReload: true,
      client: { overlay: false },
      open: false,
    },
  };
}

const makeConfig = (env = {}, argv = {}) => {
  const mode = argv.mode || (env.production ? 'production' : 'development');
  if (env.preview) return previewConfig(env, mode);
  if (env.WEBPACK_SERVE) {
    // `webpack serve` (npm start): the task pane over HTTPS with the user's localhost certificate.
    const config = taskpaneConfig(env, mode);
    const { ensureDevCerts, trustSteps } = require('./scripts/dev-certs');
    return ensureDevCerts().then((certs) => {
      if (certs.created.includes('ca')) process.stderr.write(`已为开发服务器生成本机 CA 和 localhost 证书。\n${trustSteps(certs.files.caCert)}\n`);
      config.devServer.server = { type: 'https', options: { key: certs.key, cert: certs.cert } };
      return config;
    });
  }
  if (env.all) return [taskpaneConfig(env, mode), previewConfig({ ...env, outDir: undefined }, mode)];
  return taskpaneConfig(env, mode);
};

module.exports = makeConfig;
module.exports.addinBase = addinBase;
module.exports.manifestFor = manifestFor;
module.exports.DEV_BASE = DEV_BASE;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.OFFICE_JS_ORIGINS = OFFICE_JS_ORIGINS;
