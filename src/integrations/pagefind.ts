import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index from the finished HTML in `astro:build:done`, so search always matches
 * what was published. A failed or empty index fails the build: a site whose search silently finds
 * nothing is worse than no build.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'explainer:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				try {
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: outDir });
					if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
					if (added.page_count === 0) throw new Error(`Pagefind indexed no pages in ${outDir}: check data-pagefind-body`);
					const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
