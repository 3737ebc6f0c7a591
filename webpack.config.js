/**
 * webpack 5 build for the Word task pane and the browser preview.
 *
 *   npm run build                    production task pane -> dist/ (taskpane.html, assets/)
 *   npm start                        dev server, https://localhost:3000/taskpane.html (self-signed)
 *   npm run preview                  dev server for the preview app, http://localhost:3001/
 *   webpack --mode production --env preview [--env outDir=...]   production preview build
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
    devtool: production ? false : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
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
  if (fs.existsSync(manifest)) {
    plugins.push(new CopyWebpackPlugin({ patterns: [{ from: manifest, to: 'manifest.xml' }] }));
  }
  return {
    ...common(mode),
    name: 'taskpane',
    entry: { taskpane: path.resolve(root, 'src/taskpane/index.tsx') },
    output: output(env.outDir || path.resolve(root, 'dist'), production, {
      // dist/ also holds the CLI build (tsc): remove only what this build emits.
      keep: (asset) => !(/^[^/]+\.(js|html|txt|map|xml)$/.test(asset) || asset.startsWith('assets/')),
    }),
    plugins,
    devServer: {
      port: 3000,
      host: 'localhost',
      server: 'https', // self-signed; see README for trusting it
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
    output: output(env.outDir || path.resolve(root, 'dist/preview'), production, true),
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: path.resolve(root, 'src/preview/preview.html'),
        chunks: ['preview'],
        inject: 'body',
        scriptLoading: 'defer',
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

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || (env.production ? 'production' : 'development');
  if (env.preview) return previewConfig(env, mode);
  if (env.all) return [taskpaneConfig(env, mode), previewConfig({ ...env, outDir: undefined }, mode)];
  return taskpaneConfig(env, mode);
};
