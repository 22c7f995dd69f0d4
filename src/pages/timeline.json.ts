import type { APIRoute } from 'astro';
import { siteIndex } from '../data/site-index';
import { exportEvent } from '../data/exports';

/** /timeline.json: every timeline event, in order; the analysis, whose date is unknown, has "date": null and "after". */
export const GET: APIRoute = async ({ site }) => {
	const events = (await siteIndex()).timeline;
	const body = { events: events.map((e) => exportEvent(e, events, import.meta.env.BASE_URL, site)) };
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
