import { inject, it } from 'vitest';
import { skipBrowser } from '../support/browser';
import { launchChrome, runLighthouse, categories, type FormFactor, type LighthouseMeasure } from './lighthouse-run';
import { pageTypes, referencePath, type PageType } from './pages';
import { saveRaw } from './raw-results';
import { report } from './report';
import { serveDist, type Served } from '../support/server';

// Lighthouse, mobile and desktop, on one page of each type and on its no-JS reference copy,
// served compressed from the bench build. LH_RUNS=<n> (or RUNS) repeats every run and keeps the
// median of each number. Default 3: the simulated LCP comes from one observed trace, and a busy
// machine moved it by up to 15 % between single runs, as much as the 1.15x LCP budget allows.
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? process.env.RUNS ?? 3));
const formFactors: FormFactor[] = ['mobile', 'desktop'];

export interface LighthouseRow {
	type: PageType;
	path: string;
	variant: 'page' | 'reference';
	formFactor: FormFactor;
	runs: number;
	median: LighthouseMeasure;
	/** Content-Encoding the server used, counted over this row's responses. */
	encodings: Record<string, number>;
	acceptEncoding: string[];
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The median of each number over several runs; URL lists are merged. */
function medianOf(ms: LighthouseMeasure[]): LighthouseMeasure {
	const m = (pick: (x: LighthouseMeasure) => number) => median(ms.map(pick));
	return {
		scores: Object.fromEntries(categories.map((c) => [c, m((x) => x.scores[c])])) as LighthouseMeasure['scores'],
		lcpMs: m((x) => x.lcpMs),
		cls: m((x) => x.cls),
		tbtMs: m((x) => x.tbtMs),
		bytes: {
			html: m((x) => x.bytes.html),
			css: m((x) => x.bytes.css),
			js: m((x) => x.bytes.js),
			fonts: m((x) => x.bytes.fonts),
			other: m((x) => x.bytes.other),
			total: m((x) => x.bytes.total),
		},
		requests: m((x) => x.requests),
		otherHosts: [...new Set(ms.flatMap((x) => x.otherHosts))],
	};
}

const countBy = (log: Served[]) => log.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.contentEncoding]: (acc[s.contentEncoding] ?? 0) + 1 }), {});
const kb = (n: number) => (n / 1024).toFixed(1);

it.skipIf(skipBrowser)('lighthouse: every page type and its no-JS reference, mobile and desktop', async () => {
	const site = inject('benchSite');
	const server = await serveDist(site.dir, '/', { port: site.port, compress: true });
	const chrome = await launchChrome();
	const rows: LighthouseRow[] = [];
	try {
		for (const { type, path } of pageTypes) {
			for (const variant of ['page', 'reference'] as const) {
				const url = `${server.origin}${variant === 'page' ? path : referencePath(type)}`;
				for (const formFactor of formFactors) {
					const measures: LighthouseMeasure[] = [];
					server.takeLog();
					for (let i = 0; i < RUNS; i++) measures.push(await runLighthouse(url, chrome.port, formFactor));
					const log = server.takeLog();
					rows.push({ type, path, variant, formFactor, runs: RUNS, median: medianOf(measures), encodings: countBy(log), acceptEncoding: [...new Set(log.map((s) => s.acceptEncoding))] });
				}
			}
		}
	} finally {
		chrome.kill();
		await server.close();
	}
	saveRaw('lighthouse', site.runId, rows);
	report(
		'lighthouse',
		`Lighthouse 13 (median of ${RUNS}), KB = 1024 bytes`,
		rows.map((r) => ({
			page: `${r.type}${r.variant === 'reference' ? ' (no-JS ref)' : ''}`,
			device: r.formFactor,
			'perf/a11y/bp/seo': categories.map((c) => r.median.scores[c]).join('/'),
			'LCP ms': Math.round(r.median.lcpMs),
			CLS: r.median.cls.toFixed(3),
			'TBT ms': Math.round(r.median.tbtMs),
			'total KB': kb(r.median.bytes.total),
			'JS KB': kb(r.median.bytes.js),
			requests: r.median.requests,
			encodings: Object.entries(r.encodings).map(([k, v]) => `${k}×${v}`).join(' '),
		})),
	);
	// About 7 s a run on 2 idle CPUs; allow 30 s each, so a busy machine is slow, not failed.
}, pageTypes.length * 2 * formFactors.length * RUNS * 30_000);
