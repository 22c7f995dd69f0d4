import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromePath } from '../support/browser';
import type { BuildTiming } from './build-run';
import type { ScalingRow } from './build-scaling.bench';
import type { LighthouseRow, StarlightInfo } from './lighthouse.bench';
import { categories } from './lighthouse-run';
import { pageTypes } from './pages';
import { loadRaw } from './raw-results';
import type { QueryQuality, SearchResults } from './search.bench';

const root = new URL('../../', import.meta.url);
const benchDir = fileURLToPath(new URL('bench/', root));
const readme = fileURLToPath(new URL('README.md', root));
const START = '<!-- bench:summary:start -->';
const END = '<!-- bench:summary:end -->';

interface Budget {
	budget: string;
	measured: string;
	/** undefined: this run did not measure it. */
	met: boolean | undefined;
}

const KB = 1024;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => {
	const v = [...xs].sort((a, b) => a - b);
	return v.length === 0 ? Number.NaN : v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
};
const status = (met: boolean | undefined) => (met === undefined ? 'NOT MEASURED' : met ? 'MET' : 'MISSED');
const versionOf = (pkg: string) => (JSON.parse(readFileSync(new URL(`node_modules/${pkg}/package.json`, root), 'utf8')) as { version: string }).version;

function machine() {
	let chromium = 'unknown';
	try {
		chromium = chromePath ? execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() : 'none';
	} catch {
		// No usable Chromium: the summary says "unknown".
	}
	return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', os: `${platform()} ${release()}`, node: process.version, chromium, lighthouse: versionOf('lighthouse'), astro: versionOf('astro') };
}

/** Every budget the project set, each judged on this run's numbers. */
function budgets(lh: LighthouseRow[] | undefined, search: SearchResults | undefined, scaling: ScalingRow[] | undefined): Budget[] {
	const row = (type: string, variant: LighthouseRow['variant'], ff: 'mobile' | 'desktop') => lh?.find((r) => r.type === type && r.variant === variant && r.formFactor === ff)?.median;
	const pages = lh?.filter((r) => r.variant === 'page') ?? [];
	const mobile = pages.filter((r) => r.formFactor === 'mobile');
	const out: Budget[] = [];

	const short = mobile.flatMap((r) => categories.filter((c) => r.median.scores[c] < 100).map((c) => `${r.type} ${c} ${r.median.scores[c]}`));
	out.push({ budget: 'Lighthouse mobile 100 in all four categories on every page type', measured: lh ? (short.length ? `below 100: ${short.join(', ')}` : 'all 100') : '-', met: lh ? short.length === 0 : undefined });

	const section = row('section', 'page', 'mobile');
	const sectionRef = row('section', 'reference', 'mobile');
	const sectionStarlight = row('section', 'starlight', 'mobile');
	out.push({ budget: 'Section page ≤ 15 KB of JavaScript', measured: section ? kb(section.bytes.js) : '-', met: section ? section.bytes.js <= 15 * KB : undefined });
	out.push({ budget: 'Section page ≤ 6 requests', measured: section ? String(section.requests) : '-', met: section ? section.requests <= 6 : undefined });
	out.push({
		budget: 'Section page ≤ 1.15× the bytes of its no-JS copy, and ≤ 0.6× Starlight’s on the same text (compressed, in total)',
		measured:
			section && sectionRef
				? `${kb(section.bytes.total)} / ${kb(sectionRef.bytes.total)} = ${(section.bytes.total / sectionRef.bytes.total).toFixed(2)}×` +
					(sectionStarlight ? `; Starlight ${kb(sectionStarlight.bytes.total)}: ${(section.bytes.total / sectionStarlight.bytes.total).toFixed(2)}×` : '; Starlight not measured')
				: '-',
		met: section && sectionRef && sectionStarlight ? section.bytes.total <= 1.15 * sectionRef.bytes.total && section.bytes.total <= 0.6 * sectionStarlight.bytes.total : undefined,
	});
	out.push({
		budget: 'Section page ≤ 900 elements (Lighthouse’s DOM size insight)',
		measured: section ? `${section.domElements}${sectionStarlight ? ` (Starlight ${sectionStarlight.domElements})` : ''}` : '-',
		met: section ? section.domElements <= 900 : undefined,
	});

	// Each page type against its own copy without JavaScript, and against Starlight where it has the page.
	const lcpRatios = (variant: 'reference' | 'starlight') =>
		mobile.flatMap((r) => {
			const other = row(r.type, variant, 'mobile');
			return other ? [{ type: r.type, ratio: r.median.lcpMs / other.lcpMs, text: `${r.type} ${s(r.median.lcpMs)} / ${s(other.lcpMs)} = ${(r.median.lcpMs / other.lcpMs).toFixed(2)}×` }] : [];
		});
	const toRef = lcpRatios('reference');
	out.push({
		budget: 'Every page type’s LCP ≤ 1.10× its no-JS copy (mobile)',
		measured: toRef.length ? toRef.map((r) => r.text).join(', ') : '-',
		met: toRef.length ? toRef.every((r) => r.ratio <= 1.1) : undefined,
	});
	const toStarlight = lcpRatios('starlight');
	out.push({
		budget: 'Every page type’s LCP ≤ 0.80× Starlight’s on the same text (mobile; the types Starlight has)',
		measured: toStarlight.length ? toStarlight.map((r) => r.text).join(', ') : '-',
		met: toStarlight.length ? toStarlight.every((r) => r.ratio <= 0.8) : undefined,
	});

	const noIsland = pageTypes.filter((p) => !p.island).map((p) => ({ type: p.type, row: mobile.find((r) => r.type === p.type) }));
	const measuredNoIsland = noIsland.filter((p) => p.row);
	out.push({
		budget: `Pages without islands (${noIsland.map((p) => p.type.replace('-', ' ')).join(', ')}) ship ≤ 1.5 KB of JavaScript (transferred, with headers)`,
		measured: measuredNoIsland.length ? noIsland.map((p) => `${p.type} ${p.row ? `${(p.row.median.bytes.js / KB).toFixed(2)} KB` : 'not measured'}`).join(', ') : '-',
		met: measuredNoIsland.length ? measuredNoIsland.every((p) => p.row!.median.bytes.js <= 1.5 * KB) : undefined,
	});

	// The map: laid out at build time, so it may bring no script beyond the one every page has.
	const map = row('map', 'page', 'mobile');
	const home = row('home', 'page', 'mobile');
	out.push({
		budget: 'Map page ≤ 40 KB compressed in total, no JavaScript beyond the script every page has',
		measured: map && home ? `${kb(map.bytes.total)}, JavaScript ${kb(map.bytes.js)} (every page: ${kb(home.bytes.js)})` : '-',
		met: map && home ? map.bytes.total <= 40 * KB && map.bytes.js <= home.bytes.js : undefined,
	});

	const firstBytes = search?.cold.map((c) => c.first.bytes) ?? [];
	out.push({
		budget: 'First search ≤ 110 KB fetched (median over the fixture queries), ≤ 130 KB at worst',
		measured: search ? `max ${kb(Math.max(...firstBytes))}, median ${kb(median(firstBytes))}` : '-',
		met: search ? Math.max(...firstBytes) <= 130 * KB && median(firstBytes) <= 110 * KB : undefined,
	});
	const answers = search?.cold.flatMap((c) => c.first.answerMs ?? []) ?? [];
	out.push({
		budget: 'Instant answer ≤ 50 ms after the keystroke that makes it, cold, before Pagefind has loaded (median; worst shown)',
		measured: answers.length ? `median ${median(answers).toFixed(1)} ms, worst ${Math.max(...answers).toFixed(1)} ms (${answers.length} queries with an answer)` : '-',
		met: answers.length ? median(answers) <= 50 : undefined,
	});
	const repeat = search ? median(search.warmRepeatMs) : undefined;
	out.push({ budget: 'Repeat query < 20 ms median, warm', measured: repeat === undefined ? '-' : `${repeat.toFixed(1)} ms`, met: repeat === undefined ? undefined : repeat < 20 });

	const shifted = pages.filter((r) => Number(r.median.cls.toFixed(3)) > 0);
	out.push({
		budget: 'CLS 0 on every page type, mobile and desktop (to 3 decimals)',
		measured: lh ? (shifted.length ? shifted.map((r) => `${r.type} ${r.formFactor} ${r.median.cls.toFixed(3)}`).join(', ') : 'all 0.000') : '-',
		met: lh ? shifted.length === 0 : undefined,
	});

	const hosts = [...new Set([...(lh ?? []).flatMap((r) => r.median.otherHosts), ...(search?.cold ?? []).flatMap((c) => c.otherHosts)])];
	out.push({ budget: 'No request to another host (Lighthouse runs and searches)', measured: lh || search ? (hosts.length ? hosts.join(', ') : 'none') : '-', met: lh || search ? hosts.length === 0 : undefined });

	// Linear means each added page costs the same at every scale. Time per page alone hides a
	// superlinear build behind Astro's fixed start-up, so compare the cost per *added* page of the
	// last step (e.g. ×10→×100) with the first (×1→×10).
	const rows = scaling ?? [];
	const perAdded = rows.slice(1).map((r, i) => (r.buildMs - rows[i]!.buildMs) / (r.pages - rows[i]!.pages));
	const growth = perAdded.length >= 2 ? perAdded.at(-1)! / perAdded[0]! : undefined;
	out.push({
		budget: 'Build cost linear in content: cost per added page at the last step ≤ 1.2× that at the first (issue 26)',
		measured:
			growth !== undefined
				? `×${rows.at(-2)!.scale}→×${rows.at(-1)!.scale} ${perAdded.at(-1)!.toFixed(1)} ms vs ×${rows[0]!.scale}→×${rows[1]!.scale} ${perAdded[0]!.toFixed(1)} ms per added page = ${growth.toFixed(2)}×`
				: 'needs three scales',
		met: growth === undefined ? undefined : growth <= 1.2,
	});
	const hundred = rows.find((r) => r.scale === 100);
	out.push({
		budget: 'The ×100 build in under 120 s on this machine (issue 26)',
		measured: hundred ? `${(hundred.buildMs / 1000).toFixed(1)} s for ${hundred.pages} pages` : 'no ×100 run',
		met: hundred ? hundred.buildMs < 120_000 : undefined,
	});
	return out;
}

const table = (head: string[], rows: (string | number)[][]) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function lighthouseTable(lh: LighthouseRow[], variant: LighthouseRow['variant'], ff: 'mobile' | 'desktop'): string {
	const rows = lh.filter((r) => r.variant === variant && r.formFactor === ff);
	const lcpOf = (type: string, v: LighthouseRow['variant']) => lh.find((r) => r.type === type && r.variant === v && r.formFactor === ff)?.median.lcpMs;
	const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '-');
	return table(
		[
			'page',
			'perf / a11y / bp / seo',
			'LCP',
			'CLS',
			'TBT',
			'HTML',
			'CSS',
			'JS',
			'fonts',
			'other',
			'total',
			'requests',
			'elements',
			...(variant === 'page' ? ['LCP ÷ no-JS ref', 'LCP ÷ Starlight'] : []),
		],
		rows.map((r) => {
			const m = r.median;
			return [
				`${r.type} \`${r.path}\``,
				categories.map((c) => m.scores[c]).join(' / '),
				s(m.lcpMs),
				m.cls.toFixed(3),
				`${Math.round(m.tbtMs)} ms`,
				kb(m.bytes.html),
				kb(m.bytes.css),
				kb(m.bytes.js),
				kb(m.bytes.fonts),
				kb(m.bytes.other),
				kb(m.bytes.total),
				m.requests,
				m.domElements,
				...(variant === 'page' ? [ratio(m.lcpMs, lcpOf(r.type, 'reference')), ratio(m.lcpMs, lcpOf(r.type, 'starlight'))] : []),
			];
		}),
	);
}

function markdown(r: ReturnType<typeof collect>): string {
	const { machine: m, lighthouse: lh, search, scaling, build } = r;
	const out: string[] = [];
	out.push(
		`Measured ${r.date.slice(0, 10)} on ${m.cpus} CPUs (${m.cpuModel}), ${m.os}; Node ${m.node}, ${m.chromium}, Lighthouse ${m.lighthouse}, Astro ${m.astro}. ` +
			`Load average (1 min) ${r.load.start.toFixed(1)} when the run started and ${r.load.end.toFixed(1)} when it ended: simulated timings follow the CPU, so a loaded machine slows every page, Starlight's too. ` +
			`KB = 1024 bytes; sizes are bytes transferred (compressed body and headers). Lighthouse runs: ${r.settings.lighthouseRuns} per page (median). Build scales run: ${scaling ? scaling.map((x) => `×${x.scale}`).join(', ') : 'none'}.`,
	);
	out.push('', '### Budgets', '', table(['budget', 'measured', 'result'], r.budgets.map((b) => [b.budget, b.measured, `**${status(b.met)}**`])));
	if (lh) {
		const enc = lh.reduce<Record<string, number>>((a, x) => {
			for (const [k, v] of Object.entries(x.encodings)) a[k] = (a[k] ?? 0) + v;
			return a;
		}, {});
		const accept = [...new Set(lh.flatMap((x) => x.acceptEncoding))].filter(Boolean);
		out.push(
			'',
			'### Lighthouse, mobile (default config: simulated slow 4G, 4× CPU slowdown)',
			'',
			lighthouseTable(lh, 'page', 'mobile'),
			// FORM_FACTORS=mobile measures no desktop.
			...(lh.some((x) => x.formFactor === 'desktop') ? ['', '### Lighthouse, desktop (desktop-config.js)', '', lighthouseTable(lh, 'page', 'desktop')] : []),
			'',
			'### No-JS references (the same HTML without any `<script>` or modulepreload), mobile',
			'',
			lighthouseTable(lh, 'reference', 'mobile'),
			...(r.starlight
				? [
						'',
						`### Starlight ${r.starlight.version} on the same text, mobile`,
						'',
						`A stock Starlight site (tests/bench/starlight-site.ts) built from this run's own pages, converted to Markdown (tables as Markdown tables), at the same paths: ${r.starlight.pages} pages, built in ${s(r.starlight.buildMs)} with the same Astro and Pagefind, served the same way (the same compressing server, on a port of its own) and measured in turn with this site's pages, run after run.`,
						'',
						lighthouseTable(lh, 'starlight', 'mobile'),
					]
				: []),
			'',
			`Compression: the bench server (\`compression\` middleware, brotli or gzip, in front of sirv) answered Lighthouse's Chromium with ${Object.entries(enc).map(([k, v]) => `${k} ×${v}`).join(', ')}; Chromium sent Accept-Encoding: ${accept.map((a) => `\`${a}\``).join(' or ') || 'nothing'}. Responses under 1 KB (robots.txt, the favicon, Lighthouse's 404 probes) and Pagefind's pre-compressed index files are sent as they are.`,
		);
	}
	if (search) {
		const cold = search.cold;
		const stat = (xs: number[], f: (n: number) => string) => `${f(median(xs))} (min ${f(Math.min(...xs))}, max ${f(Math.max(...xs))})`;
		const ms = (n: number) => `${n.toFixed(1)} ms`;
		out.push(
			'',
			`### Search (${search.queries} queries of tests/fixtures/search-queries.json, from \`${search.section}\`)`,
			'',
			table(
				['measure', 'median (min, max)'],
				[
					['first search: bytes fetched from opening search to first results', stat(cold.map((c) => c.first.bytes), kb)],
					['first search: of which JavaScript', stat(cold.map((c) => c.first.jsBytes), kb)],
					['first search: requests', stat(cold.map((c) => c.first.requests), String)],
					['first search: time from "/" to first results (includes the 150 ms typing pause)', stat(cold.map((c) => c.first.wallMs), ms)],
					['first search: the query itself (User Timing "search")', stat(cold.map((c) => c.first.searchMs), ms)],
					...(cold.some((c) => c.first.resultsMs !== undefined)
						? [
								[
									`first search: keystroke to its instant answer (${cold.filter((c) => c.first.answerMs !== undefined).length} queries with one)`,
									stat(cold.flatMap((c) => c.first.answerMs ?? []), ms),
								],
								[
									'first search: first keypress to first instant answer (includes typing the words before a name)',
									stat(cold.flatMap((c) => c.first.firstAnswerMs ?? []), ms),
								],
								['first search: first keypress to first full-text result', stat(cold.map((c) => c.first.resultsMs), ms)],
							]
						: []),
					['warm, query not seen before', stat(search.warmFirst.map((w) => w.searchMs), ms)],
					['warm, query not seen before: bytes', stat(search.warmFirst.map((w) => w.bytes), kb)],
					[`warm, repeat query (${search.warmRepeatMs.length} samples)`, stat(search.warmRepeatMs, ms)],
				],
			),
			'',
			'Chromium through Playwright, a fresh context (empty cache) per cold query; not throttled.',
		);
		const answered = (q: QueryQuality[], heading: string) => {
			const count = (k: 'top3' | 'top1' | 'lands') => `${q.filter((x) => x[k]).length} of ${q.length}`;
			out.push(
				'',
				heading,
				'',
				table(
					['expected page or passage', 'queries'],
					[
						['in the top 3 results or their sub-results', count('top3')],
						['the first result', count('top1')],
						["the first result's link lands on it (the event, the paragraph, or a paragraph of the section)", count('lands')],
					],
				),
			);
			const missed = q.filter((x) => !x.lands);
			if (missed.length > 0)
				out.push('', `Not landed on from the first result: ${missed.map((x) => `“${x.query}” (${x.expect}; first: ${x.first ?? 'none'})`).join('; ')}.`);
		};
		if (search.quality) answered(search.quality, 'What the results answer (each query against its expected page or passage, tests/support/search-quality.ts):');
		if (search.heldOutQuality)
			answered(
				search.heldOutQuality,
				`The same for the ${search.heldOutQuality.length} held-out queries (tests/fixtures/search-queries-held-out.json), written blind and never tuned to; some expect one good answer of several:`,
			);
	}
	out.push(
		'',
		'### Build',
		'',
		`The bench build: ${build.htmlPages} pages in ${s(build.buildMs)} (whole \`astro build\` process), of which Pagefind indexing ${s(build.pagefindMs)} for ${build.indexedPages} pages.`,
	);
	if (scaling) {
		out.push(
			'',
			table(
				['content', 'sections', 'glossary terms', 'pages', 'build', 'Pagefind', 'per page', 'per added page'],
				scaling.map((x, i) => {
					const prev = scaling[i - 1];
					return [`×${x.scale}`, x.sections, x.glossaryTerms, x.pages, s(x.buildMs), s(x.pagefindMs), `${x.msPerPage.toFixed(1)} ms`, prev ? `${((x.buildMs - prev.buildMs) / (x.pages - prev.pages)).toFixed(1)} ms` : '-'];
				}),
			),
			'',
			'Each scale copies the project to a temporary folder and multiplies every section and glossary entry (unique slugs and names; each copied section also mentions its copied terms, so they are linked). Per page includes Astro’s fixed start-up, which dominates at ×1; "per added page" is the cost of the extra pages since the previous scale.',
		);
	}
	out.push('', 'Rerun with `npm run bench`; raw numbers are in `bench/results.json`.');
	return out.join('\n');
}

function collect(runId: string, build: Omit<BuildTiming, 'outDir'>, loadAtStart: number) {
	const lighthouse = loadRaw<LighthouseRow[]>('lighthouse', runId);
	const search = loadRaw<SearchResults>('search', runId);
	const scaling = loadRaw<ScalingRow[]>('build-scaling', runId);
	return {
		date: new Date().toISOString(),
		runId,
		machine: machine(),
		load: { start: loadAtStart, end: loadavg()[0]! },
		settings: { lighthouseRuns: Number(process.env.LH_RUNS ?? process.env.RUNS ?? 3), searchRuns: Number(process.env.RUNS ?? 1), scales: process.env.SCALES ?? '1,10,100' },
		build,
		budgets: budgets(lighthouse, search, scaling),
		lighthouse,
		search,
		scaling,
		termLinking: loadRaw<unknown>('term-linking', runId),
		starlight: loadRaw<StarlightInfo>('starlight', runId),
	};
}

/**
 * Writes bench/results.json and bench/summary.md and puts the summary between the README's
 * markers, touching nothing else in README (others edit it too). Only a run in which every part
 * produced numbers replaces them: a filtered or failed run writes bench-results/summary.partial.md.
 */
export function writeSummary(runId: string, build: Omit<BuildTiming, 'outDir'>, loadAtStart: number): void {
	const results = collect(runId, build, loadAtStart);
	const body = markdown(results);
	const complete = Boolean(results.lighthouse && results.search && results.scaling);
	if (!complete) {
		const partial = fileURLToPath(new URL('bench-results/summary.partial.md', root));
		// A run in which every bench failed has written nothing there yet.
		mkdirSync(dirname(partial), { recursive: true });
		writeFileSync(partial, `${body}\n`);
		console.log(`\nbench: not every part ran, so bench/ and README are unchanged; this run's summary is in ${partial}\n`);
		return;
	}
	mkdirSync(benchDir, { recursive: true });
	writeFileSync(`${benchDir}results.json`, `${JSON.stringify(results, null, 2)}\n`);
	writeFileSync(`${benchDir}summary.md`, `# Benchmark summary\n\n${body.replaceAll(/^### /gm, '## ')}\n`);
	const text = readFileSync(readme, 'utf8');
	const start = text.indexOf(START);
	const end = text.indexOf(END);
	if (start === -1 || end < start) console.warn(`bench: README has no ${START} … ${END} markers; summary not copied there`);
	else writeFileSync(readme, `${text.slice(0, start + START.length)}\n${body}\n${text.slice(end)}`);
	console.log(`\n## Budgets\n\n${table(['budget', 'measured', 'result'], results.budgets.map((b) => [b.budget, b.measured, status(b.met)]))}\n\nbench: wrote bench/results.json, bench/summary.md and the README summary\n`);
}
