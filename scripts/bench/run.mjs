#!/usr/bin/env node
/** `npm run bench`: runs every scripts/bench/*.bench.mjs in turn and prints their figures. */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const benches = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
if (benches.length === 0) console.log('no benchmarks yet');
let failed = false;
for (const file of benches) {
  console.log(`\n▶ scripts/bench/${file}`);
  const r = spawnSync('node', [path.join(import.meta.dirname, file)], { stdio: 'inherit' });
  failed ||= r.status !== 0;
}
process.exit(failed ? 1 : 0);
