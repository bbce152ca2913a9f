#!/usr/bin/env node
/**
 * `npm test`: everything CI checks, in order, stopping at the first failure —
 * lint, typecheck, unit tests, the Chromium e2e suite (builds the extension first), the
 * Firefox suite (builds the Firefox add-on, runs it in firefox-esr), the Chrome and Firefox store packages, and the Firefox package through addons-linter. Ends with one plain summary line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const runs = 'tests/e2e/.runs';
mkdirSync(runs, { recursive: true });

const steps = [
  ['lint', ['npx', 'eslint', '.']],
  ['typecheck', ['npx', 'tsc', '--noEmit']],
  ['unit', ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${runs}/unit.json`]],
  ['e2e', ['npx', 'vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${runs}/e2e.json`]],
  ['firefox', ['npx', 'vitest', 'run', '-c', 'vitest.firefox.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${runs}/firefox.json`]],
  // Store packages: both zips build, and the Firefox one passes addons-linter (0 errors, 0 fixable warnings).
  ['chrome package', ['npx', 'wxt', 'zip']],
  ['firefox package', ['npx', 'wxt', 'zip', '-b', 'firefox']],
  ['addons-linter', ['node', 'scripts/lint-firefox.mjs']],
];

let passed = 0;
let failed = 0;
const count = (file) => {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
};

let failedStep;
for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n▶ ${name}: ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (name === 'unit') count(`${runs}/unit.json`);
  if (name === 'e2e') count(`${runs}/e2e.json`);
  if (name === 'firefox') count(`${runs}/firefox.json`);
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

if (failedStep) console.log(`\n✖ ${failedStep} failed`);
if (failedStep && failed === 0) failed = 1;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
