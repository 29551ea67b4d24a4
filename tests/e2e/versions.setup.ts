/**
 * Before any e2e test: name the browsers the suite runs against, so every run's output says
 * which Chromium and Firefox it proved Tend in (a machine may hold older ones than a fresh
 * install gets; see .ci/run). A browser that is missing fails here, loudly.
 */
import { execFileSync } from 'node:child_process';
import { chromiumPath } from '../../scripts/lib/chromium.mjs';
import { firefoxPath } from '../../scripts/lib/firefox.mjs';

function version(binary: string): string {
  return execFileSync(binary, ['--version'], { encoding: 'utf8', env: { ...process.env, MOZ_HEADLESS: '1' } }).trim();
}

export default function setup(): void {
  const chromium = chromiumPath();
  const firefox = firefoxPath();
  console.log(`e2e browsers: ${version(chromium)} (${chromium}); ${version(firefox)} (${firefox})`);
}
