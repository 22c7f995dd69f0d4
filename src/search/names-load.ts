import type { NamesIndex } from './names';

/**
 * Fetches the names index (/search-names.json, about 7 KB compressed) once per page. Both the
 * opener, which every page runs, and the search island call it: the opener starts it the moment
 * a reader shows intent, before the island's own code has arrived, so instant answers need
 * nothing more by the first keypress. Kept in the every-page script (astro.config.mjs,
 * everyPageChunk) so the two share one request; small on purpose.
 */

/** Changes with every change of content or code (astro.config.mjs), so the file may be cached across pages. */
export const searchVersion: string = import.meta.env.SEARCH_VERSION ?? 'dev';
let loading: Promise<NamesIndex> | undefined;
// No import of site/urls (withBase): this module must not pull another file into every page.
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function loadNames(): Promise<NamesIndex> {
	loading ??= fetch(`${base}search-names.json?v=${encodeURIComponent(searchVersion)}`).then((r) => {
		if (!r.ok) throw new Error(`search-names.json: HTTP ${r.status}`);
		return r.json() as Promise<NamesIndex>;
	});
	// A failed load (offline) may be retried on the next keystroke.
	loading.catch(() => (loading = undefined));
	return loading;
}
