import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { cslItem } from '../data/exports';

/** /sources.csl.json: every source as CSL-JSON, for Zotero and other reference managers. */
export const GET: APIRoute = async () => {
	const items = (await getCollection('sources')).map(cslItem);
	return new Response(JSON.stringify(items, null, '\t'), {
		headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
	});
};
