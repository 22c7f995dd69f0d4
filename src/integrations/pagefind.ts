import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexExclude, resultTypes, type ResultType } from '../search/model';
import { resultTypeLabels } from '../site/labels';
import { isIndexed, prepareForIndex, resultsOf, resultTypeOf } from './search-index';

/** Pagefind's target for the size of one index chunk (its default is 20000), tuned with tests/bench/search.bench.ts. */
const INDEX_CHUNK_SIZE = 700;

/** Pages sent to Pagefind before waiting for the first of them to be indexed. */
const PAGES_IN_FLIGHT = 8;

/** "glossary/cac/index.html" → "/glossary/cac/"; the base is added in the browser (baseUrl). */
const urlPathOf = (relativeFile: string) =>
	`/${relativeFile
		.split(sep)
		.join('/')
		.replace(/index\.html$/, '')}`;

/**
 * Builds the Pagefind index from the finished HTML in `astro:build:done`, so search always matches
 * what was published. Each page that opts in with data-pagefind-body is added through
 * `addHTMLFile` with search metadata added to a copy (see src/integrations/search-index.ts); the files in
 * dist/ stay as built, but for the names index, which is then given the page of each result. A
 * failed or empty index fails the build: a site whose search silently finds nothing is worse than
 * no build.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'explainer:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				// Smaller index chunks, so a first search downloads only the few it needs (about 1.3 KB each,
				// instead of two of 20–30 KB). Undocumented, read by the pagefind binary when it starts:
				// package.json pins Pagefind's exact version so an update cannot silently drop it.
				process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
				try {
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: indexExclude });
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const files = (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter(
						(f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`),
					);
					const counts = Object.fromEntries(resultTypes.map((type) => [type, 0])) as Record<ResultType, number>;
					// Pagefind indexes one page (in its own process) while the next is prepared here: the
					// two took turns on one core before. Its service takes the pages in the order sent, so
					// the index is the same; a few pages in flight keep its queue from filling memory.
					const inFlight: Promise<void>[] = [];
					for (const file of files.sort()) {
						const html = readFileSync(join(outDir, file), 'utf8');
						if (!isIndexed(html)) continue;
						const url = urlPathOf(file);
						const added = index.addHTMLFile({ url, content: prepareForIndex(html, url) }).then(({ errors }) => {
							if (errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${errors.join('; ')}`);
						});
						// A failure is reported when it is awaited, in order; until then it must not count as unhandled.
						added.catch(() => {});
						inFlight.push(added);
						counts[resultTypeOf(url)]++;
						if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
					}
					for (const added of inFlight) await added;
					const total = Object.values(counts).reduce((a, b) => a + b, 0);
					if (total === 0) throw new Error(`Pagefind indexed no pages in ${outDir}: check data-pagefind-body`);
					const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
					if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					// The names index learns which page each result is (src/search/names.ts, `results`).
					const namesFile = join(outDir, 'search-names.json');
					const names = JSON.parse(readFileSync(namesFile, 'utf8')) as Record<string, unknown>;
					writeFileSync(namesFile, JSON.stringify({ ...names, results: resultsOf(join(outDir, 'pagefind', 'fragment')) }));
					logger.info(
						`indexed ${total} pages (${resultTypes.map((type) => `${counts[type]} ${resultTypeLabels[type][counts[type] === 1 ? 'singular' : 'plural'].toLowerCase()}`).join(', ')}) in ${Math.round(performance.now() - started)} ms`,
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
