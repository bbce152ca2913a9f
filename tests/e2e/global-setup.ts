import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { extensionDir } from './harness';

/** Builds the extension once before the suite (skip with SHOPMATE_SKIP_BUILD=1 after a build). */
export default function setup(): void {
  if (process.env.SHOPMATE_SKIP_BUILD === '1' && existsSync(extensionDir())) return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: process.env });
}
