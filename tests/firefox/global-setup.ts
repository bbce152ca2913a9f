import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { firefoxExtensionDir } from './harness';

/** Builds the Firefox add-on once before the suite (skip with SHOPMATE_SKIP_BUILD=1 after a build). */
export default function setup(): void {
  if (process.env.SHOPMATE_SKIP_BUILD === '1' && existsSync(firefoxExtensionDir())) return;
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit', env: process.env });
}
