import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's chromium (.ci/run installs it with apt-get); playwright never downloads a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Whether the browser suites run. Locally a missing chromium skips them with a message; in CI
 * (CI=true) it is installed by .ci/run, and a missing one fails the suite instead of hiding it.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`chromium is missing at ${CHROMIUM}: .ci/run should have installed it with apt-get`);
  console.warn(`Skipping the dashboard browser tests: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  // --no-sandbox: CI and these machines run as root, where chromium refuses its sandbox.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
}
