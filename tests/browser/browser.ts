import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// Debian's Chromium as root in a sandbox with no network: these flags keep it from phoning home or failing.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export const baseUrl = (): string => inject('baseUrl');
/** The production build of the hostile corpus (tests/fixtures/hostile-corpus.ts). */
export const hostileUrl = (): string => inject('hostileUrl');

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME, headless: true, args: ARGS });
}

type ContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>;

const openContexts = new Set<BrowserContext>();

/** A new browser context, closed by closeContexts() after each test even when the test fails. */
export async function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  openContexts.add(context);
  context.on('close', () => openContexts.delete(context));
  return context;
}

/** Every context a test opened and did not close: each test file runs this after each test. */
export async function closeContexts(): Promise<void> {
  await Promise.all([...openContexts].map((context) => context.close()));
}

/** The published corpus size as the app writes it ("1,019"): derived from the data, never written down. */
export const formatCount = (n: number): string => n.toLocaleString('en');

export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions and console errors seen so far: a view that works has none. */
  problems: string[];
}

/** A fresh page, as a new tab that knows nothing of earlier navigation, with its errors collected. */
export async function freshPage(
  browser: Browser,
  options: {
    colorScheme?: 'light' | 'dark';
    width?: number;
    height?: number;
    /**
     * The app's service worker runs, as for any reader, unless blocked: a test that answers requests itself
     * (page.route) blocks it, since requests the worker makes are not the page's and are not routed.
     */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<WatchedPage> {
  const context = await newContext(browser, {
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  // A page built ahead of time shows before the app runs; a reader can read it, but a test that clicks or types
  // waits until the app has taken over (lib/app-ready.ts).
  const goto = page.goto.bind(page);
  page.goto = async (url, goOptions) => {
    const response = await goto(url, goOptions);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (reloadOptions) => {
    const response = await reload(reloadOptions);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    return response;
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  return { page, problems };
}
