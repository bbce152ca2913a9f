#!/usr/bin/env node
/**
 * Store readiness: runs Mozilla's addons-linter on the Firefox package (the .zip `wxt zip -b
 * firefox` made, or a build folder) and fails on ANY error and on any warning that is not
 * a known, documented, unfixable one. Used by `npm test`.
 *
 *   node scripts/lint-firefox.mjs [path-to-zip-or-dir]
 *
 * Known and unfixable (see SECURITY.md): react-dom's own `dangerouslySetInnerHTML` support
 * assigns `element.innerHTML = props.dangerouslySetInnerHTML.__html`. ShopMate never passes
 * that prop (tests/unit/trust/no-dangerous-code.test.ts), but the code ships in react-dom.
 * Each warning is accepted only if the flagged source really is that assignment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const outDir = path.join(ROOT, process.env.SHOPMATE_OUT_DIR ?? '.output');

function defaultTarget() {
  // The newest Firefox zip (an older version's zip may still lie there).
  const zips = existsSync(outDir)
    ? readdirSync(outDir)
        .filter((f) => /-firefox\.zip$/.test(f))
        .map((f) => path.join(outDir, f))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    : [];
  if (zips[0]) return zips[0];
  return path.join(outDir, 'firefox-mv3');
}

const target = path.resolve(process.argv[2] ?? defaultTarget());
if (!existsSync(target)) {
  console.error(`✖ ${path.relative(ROOT, target)} does not exist: run \`npm run zip:firefox\` (or build:firefox) first.`);
  process.exit(1);
}

const run = spawnSync('npx', ['addons-linter', target, '--output', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error('✖ addons-linter did not produce a JSON report');
  process.exit(1);
}

/** The text of one file of the package (a folder, or a zip read with the stored central directory). */
function readPackageFile(file) {
  if (!target.endsWith('.zip')) return readFileSync(path.join(target, file), 'utf8');
  const zip = readFileSync(target);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === file) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${file} not found in ${target}`);
}

function isReactDomInnerHtml(warning) {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || !warning.line) return false;
  const line = readPackageFile(warning.file).split('\n')[warning.line - 1] ?? '';
  const column = warning.column ?? 0;
  const around = line.slice(Math.max(0, column - 120), column + 40);
  return /\.__html/.test(around) && /\.innerHTML\s*=/.test(around);
}

const errors = report.errors ?? [];
const warnings = report.warnings ?? [];
const unexplained = warnings.filter((w) => !isReactDomInnerHtml(w));
const accepted = warnings.length - unexplained.length;

for (const e of errors) console.error(`✖ error ${e.code}: ${e.message} (${e.file ?? ''}${e.line ? `:${e.line}` : ''})`);
for (const w of unexplained) console.error(`✖ warning ${w.code}: ${w.message} (${w.file ?? ''}${w.line ? `:${w.line}:${w.column}` : ''})`);
console.log(
  `addons-linter on ${path.relative(ROOT, target)}: ${errors.length} errors, ${unexplained.length} fixable warnings, ` +
    `${accepted} known react-dom innerHTML warnings (documented in SECURITY.md), ${(report.notices ?? []).length} notices`,
);
process.exit(errors.length || unexplained.length ? 1 : 0);
