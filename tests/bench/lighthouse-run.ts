import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromePath } from '../support/browser';

export type FormFactor = 'mobile' | 'desktop';
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

/** What one Lighthouse run of one URL reports, reduced to what the summary needs. */
export interface LighthouseMeasure {
	/** 0 to 100, as the report shows them. */
	scores: Record<Category, number>;
	lcpMs: number;
	cls: number;
	tbtMs: number;
	/** Bytes transferred (compressed, with headers), by resource type, from 'resource-summary'. */
	bytes: { html: number; css: number; js: number; fonts: number; other: number; total: number };
	requests: number;
	/** Elements in the page (the 'dom-size-insight' audit's total: all of them, head included). */
	domElements: number;
	/** URLs fetched from any origin other than the bench server's. */
	otherHosts: string[];
}

interface SummaryRow {
	resourceType: string;
	requestCount: number;
	transferSize: number;
}
interface RequestRow {
	url: string;
}

/**
 * One headless Chromium (Debian's, never a download) for all Lighthouse runs. Lighthouse resets
 * the cache and storage before each navigation, so sharing the browser keeps runs independent
 * and saves a launch per run.
 */
export async function launchChrome(): Promise<{ port: number; kill: () => void }> {
	if (!chromePath) throw new Error('No Chromium found: set CHROME_PATH or apt-get install -y chromium');
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
		logLevel: 'silent',
	});
	return { port: chrome.port, kill: () => chrome.kill() };
}

/**
 * Runs Lighthouse 13 on `url`: the default config is mobile (Moto G Power emulation, simulated
 * slow 4G and 4x CPU slowdown); the desktop config is Lighthouse's own desktop-config.js.
 * Metrics are Lighthouse's simulated (lantern) values, the ones its scores use.
 */
export async function runLighthouse(url: string, port: number, formFactor: FormFactor): Promise<LighthouseMeasure> {
	const config = formFactor === 'desktop' ? desktopConfig : undefined;
	let result = await lighthouse(url, { port, output: 'json', logLevel: 'error' }, config);
	// A trace that lost its navigation start (NO_NAVSTART, NO_FCP) is Lighthouse's recording failing,
	// not the page: its own message says to run again. Do so, up to twice, and say so.
	for (let retry = 1; retry <= 2 && result?.lhr.runtimeError && /^NO_(NAVSTART|FCP)$/.test(result.lhr.runtimeError.code); retry++) {
		console.warn(`bench: Lighthouse ${result.lhr.runtimeError.code} on ${url} (${formFactor}); running it again (${retry} of 2)`);
		result = await lighthouse(url, { port, output: 'json', logLevel: 'error' }, config);
	}
	const lhr = result?.lhr;
	if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
	if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	const audit = (id: string) => {
		const a = lhr.audits[id];
		if (!a) throw new Error(`Lighthouse result for ${url} has no audit "${id}"`);
		return a;
	};
	const items = <T>(id: string) => ((audit(id).details as { items?: T[] } | undefined)?.items ?? []) as T[];
	const summary = new Map(items<SummaryRow>('resource-summary').map((r) => [r.resourceType, r]));
	const size = (type: string) => summary.get(type)?.transferSize ?? 0;
	const total = size('total');
	const [html, css, js, fonts] = [size('document'), size('stylesheet'), size('script'), size('font')];
	const origin = new URL(url).origin;
	return {
		scores: Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100)])) as Record<Category, number>,
		lcpMs: audit('largest-contentful-paint').numericValue ?? Number.NaN,
		cls: audit('cumulative-layout-shift').numericValue ?? Number.NaN,
		tbtMs: audit('total-blocking-time').numericValue ?? Number.NaN,
		bytes: { html, css, js, fonts, other: total - html - css - js - fonts, total },
		requests: summary.get('total')?.requestCount ?? 0,
		domElements: audit('dom-size-insight').numericValue ?? Number.NaN,
		otherHosts: items<RequestRow>('network-requests')
			.map((r) => r.url)
			.filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin),
	};
}
