import { inject, it } from 'vitest';
import { skipBrowser } from '../support/browser';
import { launchChrome, runLighthouse, categories, type FormFactor, type LighthouseMeasure } from './lighthouse-run';
import { pageTypes, referencePath, type PageType } from './pages';
import { saveRaw } from './raw-results';
import { report } from './report';
import { buildStarlightSite, starlightTypes, type StarlightSite } from './starlight-site';
import { serveDist, type Served } from '../support/server';

// Lighthouse, mobile and desktop, on one page of each type, on its no-JS reference copy, and on the
// same page of a stock Starlight site built from the same text (starlight-site.ts), each served
// compressed. The three are measured in turn, run after run, so a machine that gets busier part way
// weighs on all three alike. LH_RUNS=<n> (or RUNS) repeats every run and keeps the median of each
// number. Default 3: the simulated LCP comes from one observed trace, and a busy machine moved it
// by up to 15 % between single runs. For a quick look: PAGES=section (page types, comma-separated),
// FORM_FACTORS=mobile, STARLIGHT=0 (no side-by-side).
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? process.env.RUNS ?? 3));
const formFactors = (process.env.FORM_FACTORS ?? 'mobile,desktop').split(',').filter((f): f is FormFactor => f === 'mobile' || f === 'desktop');
const types = process.env.PAGES ? pageTypes.filter((p) => process.env.PAGES!.split(',').includes(p.type)) : pageTypes;
const withStarlight = process.env.STARLIGHT !== '0' && types.some((t) => (starlightTypes as readonly string[]).includes(t.type));

export type Variant = 'page' | 'reference' | 'starlight';

export interface LighthouseRow {
	type: PageType;
	path: string;
	/** This site's page, its no-JavaScript copy, or the same text in Starlight. */
	variant: Variant;
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
		domElements: m((x) => x.domElements),
		otherHosts: [...new Set(ms.flatMap((x) => x.otherHosts))],
	};
}

const countBy = (log: Served[]) => log.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.contentEncoding]: (acc[s.contentEncoding] ?? 0) + 1 }), {});
const kb = (n: number) => (n / 1024).toFixed(1);

/** Where the Starlight side-by-side ran, for the summary. */
export interface StarlightInfo extends Omit<StarlightSite, 'dir'> {
	types: string[];
}

it.skipIf(skipBrowser)('lighthouse: every page type, its no-JS reference and Starlight on the same text, mobile and desktop', async () => {
	const site = inject('benchSite');
	// A failed install or build (no registry, say) costs the side-by-side, not this site's numbers:
	// the summary then says Starlight was not measured.
	const starlight = withStarlight
		? await buildStarlightSite(site.dir).catch((error: unknown) => {
				console.warn(`bench: no Starlight side-by-side this run: ${error instanceof Error ? error.message : String(error)}`);
				return undefined;
			})
		: undefined;
	if (starlight) console.log(`bench: Starlight ${starlight.version}: ${starlight.pages} pages built in ${(starlight.buildMs / 1000).toFixed(1)} s`);
	const server = await serveDist(site.dir, '/', { port: site.port, compress: true });
	const starlightServer = starlight ? await serveDist(starlight.dir, '/', { compress: true }) : undefined;
	const chrome = await launchChrome();
	type Key = `${PageType}|${Variant}|${FormFactor}`;
	const measured = new Map<Key, { measures: LighthouseMeasure[]; log: Served[] }>();
	const urlOf = (type: PageType, path: string, variant: Variant) =>
		variant === 'page' ? `${server.origin}${path}` : variant === 'reference' ? `${server.origin}${referencePath(type)}` : `${starlightServer!.origin}${path}`;
	try {
		for (let run = 0; run < RUNS; run++) {
			for (const { type, path } of types) {
				const variants: Variant[] = ['page', 'reference', ...(starlightServer && (starlightTypes as readonly string[]).includes(type) ? (['starlight'] as const) : [])];
				for (const variant of variants) {
					for (const formFactor of formFactors) {
						const key: Key = `${type}|${variant}|${formFactor}`;
						const entry = measured.get(key) ?? { measures: [], log: [] };
						const served = variant === 'starlight' ? starlightServer! : server;
						served.takeLog();
						entry.measures.push(await runLighthouse(urlOf(type, path, variant), chrome.port, formFactor));
						entry.log.push(...served.takeLog());
						measured.set(key, entry);
					}
				}
			}
		}
	} finally {
		chrome.kill();
		await server.close();
		await starlightServer?.close();
	}
	const rows: LighthouseRow[] = [...measured].map(([key, { measures, log }]) => {
		const [type, variant, formFactor] = key.split('|') as [PageType, Variant, FormFactor];
		const path = types.find((t) => t.type === type)!.path;
		return { type, path, variant, formFactor, runs: measures.length, median: medianOf(measures), encodings: countBy(log), acceptEncoding: [...new Set(log.map((s) => s.acceptEncoding))] };
	});
	saveRaw('lighthouse', site.runId, rows);
	if (starlight) {
		const { dir: _dir, ...info } = starlight;
		saveRaw('starlight', site.runId, { ...info, types: [...starlightTypes] } satisfies StarlightInfo);
	}
	report(
		'lighthouse',
		`Lighthouse 13 (median of ${RUNS}), KB = 1024 bytes`,
		rows.map((r) => ({
			page: `${r.type}${r.variant === 'reference' ? ' (no-JS ref)' : r.variant === 'starlight' ? ' (Starlight)' : ''}`,
			device: r.formFactor,
			'perf/a11y/bp/seo': categories.map((c) => r.median.scores[c]).join('/'),
			'LCP ms': Math.round(r.median.lcpMs),
			CLS: r.median.cls.toFixed(3),
			'TBT ms': Math.round(r.median.tbtMs),
			'total KB': kb(r.median.bytes.total),
			'JS KB': kb(r.median.bytes.js),
			requests: r.median.requests,
			elements: r.median.domElements,
			encodings: Object.entries(r.encodings)
				.map(([k, v]) => `${k}×${v}`)
				.join(' '),
		})),
	);
	// About 7 s a run on 2 idle CPUs; allow 30 s each, so a busy machine is slow, not failed; and up
	// to 20 minutes to install and build Starlight.
}, types.length * 3 * formFactors.length * RUNS * 30_000 + 20 * 60_000);
