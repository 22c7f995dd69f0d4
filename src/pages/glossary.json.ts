import type { APIRoute } from 'astro';
import { siteIndex } from '../data/site-index';
import { exportEntry } from '../data/glossary-export';

/** /glossary.json: the whole glossary as data (id, term, Chinese, aliases, kind, definition, URL). */
export const GET: APIRoute = async ({ site }) => {
	const base = import.meta.env.BASE_URL;
	const entries = (await siteIndex()).glossaryAlphabetical.map((t) => exportEntry(t, base, site));
	return new Response(JSON.stringify({ terms: entries }, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
