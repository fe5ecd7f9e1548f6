import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

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

/**
 * Browser contexts a test file opened, closed after each test: a context left open keeps its page,
 * its polling timers and their requests to the server alive for the rest of the file.
 */
export class ContextPool {
  private readonly open: BrowserContext[] = [];

  constructor(private readonly browser: () => Browser) {}

  async page(options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {}): Promise<Page> {
    const context = await this.browser().newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, acceptDownloads: options.acceptDownloads ?? false });
    this.open.push(context);
    return context.newPage();
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.open.splice(0).map((context) => context.close()));
  }
}

/** Signs in on the sign-in page with an organization or operator key and waits for the landing page. */
export async function signIn(page: Page, origin: string, key: string, landing: string): Promise<void> {
  await page.goto(`${origin}/app/`);
  await page.getByLabel("Organization key or operator key").fill(key);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: landing }).waitFor();
}
