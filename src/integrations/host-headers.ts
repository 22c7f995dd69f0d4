import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../site/host-headers';
import { htmlPages } from './link-check';

/**
 * Writes dist/_headers once the pages exist, so every page the build made gets the document
 * headers and nothing else does (src/site/host-headers.ts).
 */
export function hostHeaders(): AstroIntegration {
	return {
		name: 'explainer:host-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages = htmlPages(outDir).map((p) => p.path);
				writeFileSync(join(outDir, '_headers'), headersFile(pages));
				logger.info(`wrote _headers for ${pages.length} pages`);
			},
		},
	};
}
