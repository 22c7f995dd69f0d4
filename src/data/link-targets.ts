import { getEntry, render } from 'astro:content';
import { compiledSections } from './collections';
import { siteIndex } from './site-index';
import type { LinkTargetPage } from '../search/nearest-links';
import { site } from '../site/config';
import { displayTitle } from '../glossary/names';

/**
 * Every page of the site and every anchor a link may point to, for the 404 page's suggestions
 * (src/search/nearest-links.ts ranks them). Built from the collections, because the 404 page renders
 * before the rest of the build is written: section headings and paragraph ids come from what the
 * anchor plugin (src/markdown/rehype-anchors.ts) recorded while compiling each section; glossary
 * entries are pages; timeline events and sources are anchors of their pages.
 * Paths are site paths without the base; tests/browser/not-found.test.ts checks that each resolves.
 */
export async function linkTargets(): Promise<LinkTargetPage[]> {
	const sections = (await compiledSections()).map(({ entry, headings, pageData }): LinkTargetPage => {
		const headingText = new Map(headings.map((h) => [h.slug, h.text]));
		// Heading ids keep their text as label; the rest are paragraph ids (label left empty).
		const anchors = pageData.anchors.map((id): [string, string] => [id, headingText.get(id) ?? '']);
		return { path: `/${entry.id}/`, title: entry.data.title, anchors };
	});
	const about = await getEntry('pages', 'about');
	const aboutHeadings = about ? (await render(about)).headings.map((h): [string, string] => [h.slug, h.text]) : [];
	const index = await siteIndex();
	const glossary = index.glossaryAlphabetical.map((t): LinkTargetPage => ({
		path: `/glossary/${t.id}/`,
		title: displayTitle(t.data),
		anchors: [],
	}));
	const timeline = index.timeline.map((e): [string, string] => [e.id, e.data.title]);
	const sources = [...index.sources.values()].map((s): [string, string] => [s.id, s.data.title]);
	return [
		{ path: '/', title: site.title, anchors: [] },
		...sections,
		{ path: '/glossary/', title: 'Glossary', anchors: [] },
		...glossary,
		{ path: '/timeline/', title: 'Timeline', anchors: timeline },
		{ path: '/sources/', title: 'Sources', anchors: sources },
		{ path: '/about/', title: about?.data.title ?? 'About', anchors: aboutHeadings },
		{ path: '/search/', title: 'Search', anchors: [] },
	];
}
