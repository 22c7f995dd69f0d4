import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Page } from 'playwright-core';
import { readHtml } from './dist.ts';

/**
 * How well search answers the queries of tests/fixtures/search-queries.json, as a reader meets
 * them: is the expected page or passage among the first three results, is it the first result,
 * and does the first result's link land on it (the event, the paragraph, or a paragraph of the
 * expected section). Shared by the query test and the bench, so both count the same way.
 */

export interface QueryCase {
	query: string;
	/** A page ("/glossary/mlps/") or a passage: a heading, paragraph or timeline event ("/timeline/#csl-in-force"). */
	expect: string;
	why: string;
	/** The expected page must be the first result, and its link must land on the expected passage. */
	first?: boolean;
}

export interface ResultLinks {
	/** Where the result's own link goes, as path#hash without ?highlight. */
	page: string;
	/** Its sub-results' links, the same way. */
	subs: string[];
}

export interface Judgement {
	top3: boolean;
	top1: boolean;
	lands: boolean;
}

/** The queries the search tests check, or (`held-out`) those only the bench reports, which ranking is never tuned to. */
export const readQueries = (set: 'fixture' | 'held-out' = 'fixture'): QueryCase[] =>
	(
		JSON.parse(
			readFileSync(
				new URL(set === 'fixture' ? '../fixtures/search-queries.json' : '../fixtures/search-queries-held-out.json', import.meta.url),
				'utf8',
			),
		) as { queries: QueryCase[] }
	).queries;

/** The result list a reader sees (dialog or /search/), each result's link and its sub-results' links. */
export const resultLinks = (page: Page, scope = ''): Promise<ResultLinks[]> =>
	page.locator(`${scope} .search-result`.trim()).evaluateAll((items) =>
		items.map((item) => {
			const path = (a: Element) => {
				const url = new URL((a as HTMLAnchorElement).href);
				return url.pathname + url.hash;
			};
			const links = [...item.querySelectorAll('a')];
			return { page: path(links[0]!), subs: links.slice(1).map(path) };
		}),
	);

const cache = new Map<string, Map<string, string>>();

/**
 * For one page of a build: each id → the id of the section that holds it: a paragraph's
 * heading, a heading or a timeline event itself.
 */
function sectionsOf(dir: string, path: string): Map<string, string> {
	const key = `${dir}${path}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const out = new Map<string, string>();
	let heading = '';
	for (const el of selectAll('main [id]', fromHtml(readHtml(join(dir, path, 'index.html'))))) {
		const id = String(el.properties.id);
		const own = /^h[2-6]$/.test(el.tagName) || (el.tagName === 'li' && String(el.properties.className ?? '').includes('event'));
		if (/^h[2-6]$/.test(el.tagName)) heading = id;
		out.set(id, own ? id : heading);
	}
	cache.set(key, out);
	return out;
}

const pathOf = (link: string) => link.split('#')[0]!;
const idOf = (link: string) => link.split('#')[1];

/** Whether a link goes to the expected page or passage, or to a paragraph of the expected section. */
function reaches(dir: string, link: string, expect: string): boolean {
	if (pathOf(link) !== pathOf(expect)) return false;
	const want = idOf(expect);
	if (!want) return true;
	const got = idOf(link);
	return got !== undefined && (got === want || sectionsOf(dir, pathOf(link)).get(got) === want);
}

export function judge(dir: string, expect: string, results: ResultLinks[]): Judgement {
	const top = results.slice(0, 3);
	const first = top[0];
	return {
		top3: top.some((r) => reaches(dir, r.page, expect) || r.subs.includes(expect)),
		top1: first !== undefined && pathOf(first.page) === pathOf(expect),
		lands: first !== undefined && reaches(dir, first.page, expect),
	};
}
