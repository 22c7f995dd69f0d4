import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Response } from 'playwright-core';

const candidates = [
	process.env.CHROME_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The first Chromium found: CHROME_PATH, Debian's /usr/bin/chromium, then common Chrome paths. */
export const chromePath = candidates.find((p): p is string => Boolean(p) && existsSync(p as string));

/** In CI (CI=true) or with REQUIRE_BROWSER=1 a missing browser is a failure, not a skip. */
export const browserRequired = process.env.CI === 'true' || process.env.REQUIRE_BROWSER === '1';

if (!chromePath) {
	const message =
		'\n\n!!! No Chromium found (set CHROME_PATH, or `apt-get install -y chromium`). Browser tests are ' +
		(browserRequired ? 'REQUIRED here (CI or REQUIRE_BROWSER=1) and will fail.\n' : 'SKIPPED.\n');
	console.warn(message);
}

/** Use as `describe.skipIf(skipBrowser)`: skip only where a browser is allowed to be missing. */
export const skipBrowser = !chromePath && !browserRequired;

export async function launchBrowser(): Promise<Browser> {
	if (!chromePath) throw new Error("No Chromium found: set CHROME_PATH or install Debian's chromium (apt-get install -y chromium)");
	return chromium.launch({
		executablePath: chromePath,
		headless: true,
		// Flags from the machine notes: no sandbox as root, and no background traffic to Google.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
		],
	});
}

/**
 * The worker's one Chromium: launched when a test file first asks, then shared by every file the
 * worker runs after it (the site tests run file after file in one module graph per worker:
 * tests/vitest.config.ts, isolate: false). A launch took half a second to a second and a half on a
 * busy 2-core machine, and a run launched 36. Each file still starts with a browser as launched:
 * `closeContexts` closes what a file opened, and every page lives in a context of its own making.
 * Playwright kills the browser when the worker exits; if it ever crashes, the next file launches another.
 */
let workerChromium: Promise<Browser> | undefined;
export function workerBrowser(): Promise<Browser> {
	workerChromium ??= launchBrowser().then(
		(browser) => {
			browser.on('disconnected', () => (workerChromium = undefined));
			return browser;
		},
		(error: unknown) => {
			workerChromium = undefined;
			throw error;
		},
	);
	return workerChromium;
}

/** After a test file: closes every context it opened in the worker's browser, which stays open for the next file. */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
	await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
}

/** A phone's screen in CSS pixels (iPhone 12 to 15), the width the phone checks use. */
export const phoneScreen = { width: 390, height: 844 };
/** A phone as a reader holds one: its screen, touch, and a mobile viewport (so `<meta viewport>` applies). */
export const phone: BrowserContextOptions = { viewport: phoneScreen, hasTouch: true, isMobile: true };

/** A page that records console errors and failed requests, which tests then assert are empty. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
	const context = await browser.newContext(options);
	const page: Page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
	return { page, context, errors };
}

/** Records every policy violation the page reports, from before its first script runs. */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
		);
	});
	return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/**
 * Waits until the script every page runs (src/scripts/every-page.ts: the theme button, the search
 * opener) has run. The page's loader (src/site/every-page-loader.ts) adds it to <head> once the
 * page has loaded and painted, which is after page.goto() returns: a test that presses "/" or reads
 * the theme button at once would race it, as a reader never does. Waits for the loader to add it,
 * then for it to run (importing the same module resolves once it has been evaluated).
 */
export async function everyPageScriptReady(page: Page): Promise<void> {
	const src = await page.evaluate(
		() =>
			document.querySelector<HTMLTemplateElement>('template[data-every-page]')?.content.querySelector('script')?.getAttribute('src') ??
			null,
	);
	// A page not made by the site's layout (none today) has no such script to wait for.
	if (src === null) return;
	await page.locator(`head > script[src="${src}"]`).waitFor({ state: 'attached' });
	// As a string: the test runner would rewrite an import() written in a function.
	await page.evaluate(`import(${JSON.stringify(src)}).then(() => undefined)`);
}

/**
 * Waits until the page has written in the address it is read at, where its build knew none
 * (src/scripts/site-address.ts): the note asking the reader to put the site's address in front is
 * gone, as a reader who prints or cites the page sees it. The script that does it starts after the
 * first paint, which on a busy machine can be seconds after page.goto() returns. A build that knows
 * its address has no such note, and this returns at once.
 */
export async function siteAddressFilled(page: Page): Promise<void> {
	await page.waitForFunction(() => !document.querySelector('[data-address-note=""]'));
}

/** The reading tools' loader (src/scripts/reading-tools.ts), which every-page.ts loads once the page is idle. */
const READING_TOOLS = /\/reading-tools\.[\w-]+\.js$/;

/**
 * Waits until the reading tools' loader has run: from then on a reader's first hover, focus, tap or
 * click on a tool loads that tool. Importing the same module resolves once it has been evaluated.
 * A test that stops the page's clock (which also hides its resource timings) passes `response`,
 * the loader's response, waited for before the page was opened.
 */
export async function readingToolsReady(page: Page, response?: Promise<Response>): Promise<void> {
	const url =
		(await response)?.url() ??
		(await (
			await page.waitForFunction(
				(source) =>
					performance
						.getEntriesByType('resource')
						.map((r) => r.name)
						.find((name) => new RegExp(source).test(name)),
				READING_TOOLS.source,
			)
		).jsonValue());
	// As a string: the test runner would rewrite an import() written in a function.
	await page.evaluate(`import(${JSON.stringify(url)}).then(() => undefined)`);
}

/** The response that brings the reading tools' loader, to wait for before opening a page whose clock a test controls. */
export const readingToolsResponse = (page: Page): Promise<Response> => page.waitForResponse((r) => READING_TOOLS.test(r.url()));
