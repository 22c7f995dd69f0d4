import type { APIRoute } from 'astro';
import { exportRelations } from '../data/exports';
import { relationGraph } from '../data/relations';

/** /relations.json: the who's-who map's boxes (with statuses) and relations (with sources). */
export const GET: APIRoute = async ({ site }) => {
	const body = exportRelations(await relationGraph(), import.meta.env.BASE_URL, site);
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
