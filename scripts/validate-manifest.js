#!/usr/bin/env node
/**
 * npm run validate [-- DIR] — checks the built manifest (DIR/manifest.xml, default dist/) offline:
 * the structural check of scripts/manifest-check.js (no registry package ships Microsoft's manifest
 * XSD, and the online validator is not reachable from an intranet), with every URL required to
 * lie below the address the task pane is served from and to name a file present in DIR.
 * Exit 0 valid, 1 problems found, 2 nothing to check.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { checkManifest, baseOf } = require('./manifest-check');

function validateDir(dir) {
  const file = path.join(dir, 'manifest.xml');
  if (!fs.existsSync(file)) return { code: 2, lines: [`找不到 ${file}：请先运行 npm run build（可加 -- --env url=https://服务器/路径/）。`] };
  const xml = fs.readFileSync(file, 'utf8');
  const base = baseOf(xml);
  if (!base) return { code: 1, lines: [`${file}：没有可用的 <SourceLocation> 地址。`] };
  const resolve = (rel) => {
    const f = path.resolve(dir, rel);
    if (!f.startsWith(path.resolve(dir) + path.sep)) return null;
    return fs.existsSync(f) && fs.statSync(f).isFile() ? f : null;
  };
  const problems = checkManifest(xml, { base, resolve });
  if (problems.length) {
    return { code: 1, lines: [`${file} 有 ${problems.length} 处问题（地址 ${base}）：`, ...problems.map((p) => `  - ${p}`)] };
  }
  return {
    code: 0,
    lines: [
      `${file} 通过离线结构检查：所有地址都在 ${base} 之下，且都指向 ${dir} 中的文件。`,
      '（没有可用的 XSD 架构文件：检查的是元素顺序、必需元素、资源 id、地址、图标尺寸和字符串长度。）',
    ],
  };
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist'));
  const r = validateDir(dir);
  (r.code === 0 ? process.stdout : process.stderr).write(r.lines.join('\n') + '\n');
  process.exitCode = r.code;
}

module.exports = { validateDir };
