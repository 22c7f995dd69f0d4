import type { APIRoute, GetStaticPaths } from 'astro';
import { Feed } from 'feed';
import { siteChanges } from '../data/changes';
import { site as siteConfig } from '../site/config';
import { formatPartialDate, lastUpdated } from '../site/dates';
import { noteKinds } from '../site/labels';
import { addressOf, changesFeedUrl, withBase } from '../site/urls';

/**
 * /changes.xml: the Atom feed of /changes/, made with `feed`. Atom ids must be absolute IRIs
 * (RFC 4287, 4.2.6), so a build that knows no site address (Astro's `site` unset) leaves the feed
 * out altogether, and no page then announces one (BaseLayout, through changesFeedUrl).
 */
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { feed: 'changes' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
	if (!site) return new Response(null, { status: 404 });
	const base = import.meta.env.BASE_URL;
	const abs = (path: string) => addressOf(path, site);
	const changes = await siteChanges(base);
	const updated = lastUpdated(changes.map((c) => c.section));
	const feed = new Feed({
		title: `What changed · ${siteConfig.title}`,
		description: 'Every correction and dated update on the site, newest first.',
		id: abs(withBase(base, 'changes/')),
		link: abs(withBase(base, 'changes/')),
		feedLinks: { atom: changesFeedUrl(base, site) },
		language: 'en',
		updated,
		copyright: `Text: ${siteConfig.licence.text} (${siteConfig.licence.url})`,
		author: { name: siteConfig.title, link: abs(base) },
		generator: false,
	});
	for (const c of changes) {
		const when = c.note.date ? formatPartialDate(c.note.date) : undefined;
		feed.addItem({
			title: `${noteKinds[c.note.kind]}${when ? `, ${when}` : ''}: ${c.section.data.shortTitle}`,
			id: abs(c.path),
			link: abs(c.path),
			// The entry last changed when its page did; the development's own date is in the title.
			date: c.section.data.updated,
			description: c.note.summary,
		});
	}
	return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
