import type { APIRoute } from 'astro';
import ical from 'ical-generator';
import { siteIndex } from '../data/site-index';
import { site as siteConfig } from '../site/config';
import { lastUpdated } from '../site/dates';
import { addressOf, withBase } from '../site/urls';

/**
 * /timeline.ics: the timeline as an iCalendar file of all-day events. A calendar entry needs a
 * day, so events known only to the month or year, and the undated analysis, are left out rather
 * than pinned to a day the sources do not give; /timeline.json has them all.
 */
export const GET: APIRoute = async ({ site }) => {
	const base = import.meta.env.BASE_URL;
	// DTSTAMP from the content, not the clock, so two builds of the same content are identical.
	const index = await siteIndex();
	const stamp = lastUpdated(index.sections);
	const calendar = ical({
		name: `Timeline · ${siteConfig.title}`,
		prodId: { company: 'governing-cybersecurity-explained', product: 'timeline', language: 'EN' },
	});
	for (const e of index.timeline) {
		if (e.data.date?.precision !== 'day') continue;
		const url = addressOf(withBase(base, `timeline/#${e.id}`), site);
		calendar.createEvent({
			id: `${e.id}@${site?.hostname ?? 'governing-cybersecurity-explained'}`,
			start: new Date(`${e.data.date.iso}T00:00:00Z`),
			allDay: true,
			stamp,
			summary: e.data.title,
			description: `${e.data.description}\n\n${url}`,
			url,
		});
	}
	return new Response(calendar.toString(), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
