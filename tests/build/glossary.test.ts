import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { distDir, readHtml, requireDist } from '../support/dist';
import { readContent } from '../../src/content/read';
import { siteUrl } from '../../src/site/origin';

const page = (path: string) => fromHtml(readHtml(join(distDir, path, 'index.html')));
const { model } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));

describe('glossary pages and export', () => {
	requireDist();
	const json = JSON.parse(readFileSync(join(distDir, 'glossary.json'), 'utf8')) as {
		terms: { id: string; term: string; chinese?: string; aliases: string[]; kind: string; definition: string; url: string }[];
	};

	it('exports every term as glossary.json with id, term, Chinese, aliases, kind, definition and URL', () => {
		expect(json.terms.map((t) => t.id).sort()).toEqual([...model.glossary.keys()].sort());
		const mlps = json.terms.find((t) => t.id === 'mlps')!;
		expect(mlps).toMatchObject({
			term: model.glossary.get('mlps')!.value.term,
			kind: 'regulation',
			// Absolute from the build's address; the path from the site's root when it has none.
			url: siteUrl(process.env) ? new URL('/glossary/mlps/', siteUrl(process.env)).href : '/glossary/mlps/',
		});
		expect(mlps.chinese).toBe(model.glossary.get('mlps')!.value.zh);
		expect(mlps.aliases).toContain('Multi-Layer Protection System');
		expect(mlps.definition).toBe(model.glossary.get('mlps')!.value.short);
	});

	it('marks up the index as a schema.org DefinedTermSet', () => {
		const script = select('script[type="application/ld+json"]', page('glossary'));
		const data = JSON.parse(toString(script!));
		expect(data['@type']).toBe('DefinedTermSet');
		expect(data.hasDefinedTerm).toHaveLength(model.glossary.size);
		expect(data.hasDefinedTerm[0]['@type']).toBe('DefinedTerm');
	});

	it('lists all terms A–Z, and each kind filter is an anchor that works without JavaScript', () => {
		const tree = page('glossary');
		const names = selectAll('.glossary-list dt > a', tree).map((a) => toString(a));
		expect(names).toHaveLength(model.glossary.size);
		// Filed as an index files titles, by the first word after a leading article.
		const filed = (name: string) => name.replace(/^(?:an?|the) /i, '');
		expect(names).toEqual([...names].sort((a, b) => filed(a).localeCompare(filed(b), 'en')));
		expect(names.findIndex((n) => n.startsWith('An Introduction to'))).toBe(names.findIndex((n) => n.startsWith('Interpret')) + 1);
		const kinds = selectAll('.kind-nav a', tree).map((a) => String(a.properties.href));
		expect(kinds.length).toBeGreaterThan(3);
		for (const href of kinds) {
			const section = select(`section:has(> h2${href})`, tree);
			expect(section, href).toBeTruthy();
			const kind = href.replace('#kind-', '');
			const listed = selectAll('li a', section!).map((a) => String(a.properties.href).split('/').at(-2));
			const expected = [...model.glossary.values()].filter((t) => t.value.kind === kind).map((t) => t.value.id);
			expect(new Set(listed)).toEqual(new Set(expected));
		}
	});

	it('shows on each entry the Chinese name, kind, key dates, related terms and sources', () => {
		const tree = page('glossary/cybersecurity-law');
		const entry = model.glossary.get('cybersecurity-law')!.value;
		expect(toString(select('.term-zh-line', tree)!)).toContain(entry.zh!);
		expect(toString(select('#key-dates + ul', tree)!)).toMatch(/2016/);
		expect(selectAll('#related + ul a', tree).length).toBe(entry.related.length);
		expect(selectAll('.source-list li', tree).length).toBe(entry.sources.length);
	});

	// The timeline's events are the one record of each date: an entry whose "Key dates" lists them
	// from there writes no second list of its own in its prose (one entry did, the same five dates).
	it('gives an entry’s dates once: no dated list in its prose beside the “Key dates” the timeline gives it', () => {
		const dated = /^(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)? ?\d{4}:/;
		const twice: string[] = [];
		for (const id of model.glossary.keys()) {
			const tree = page(`glossary/${id}`);
			if (!select('#key-dates', tree)) continue;
			for (const li of selectAll('.prose li', tree))
				if (dated.test(toString(li).trim())) twice.push(`${id}: ${toString(li).trim().slice(0, 40)}`);
		}
		expect(twice).toEqual([]);
	});

	it('"where used" links to every paragraph that mentions the term, and each excerpt is from that paragraph', () => {
		for (const id of ['cac', 'mlps', 'cybersecurity-law']) {
			const t = model.glossary.get(id)!.value;
			const names = [t.term, t.abbr, ...t.aliases, t.zh, ...t.zhAliases].filter((n): n is string => Boolean(n));
			const links = selectAll('section.used-in li a', page(`glossary/${id}`));
			expect(links.length, id).toBeGreaterThan(0);
			for (const a of links) {
				const [path, anchor] = String(a.properties.href).split('#');
				const paragraph = select(`#${anchor}`, page(path!.slice(1)));
				expect(paragraph, String(a.properties.href)).toBeTruthy();
				const text = toString(paragraph!).replace(/\s+/g, ' ');
				const mentions = names.some((n) => text.toLowerCase().includes(n.toLowerCase()));
				expect(mentions, `${a.properties.href} should mention ${t.term}`).toBe(true);
				// The page keeps "Article 3" on one line (a no-break space), as the excerpt does.
				const excerpt = toString(a).replace(/^…|…$/g, '').replace(/\s+/g, ' ').trim();
				expect(text).toContain(excerpt);
			}
		}
	});

	it('"where used" names each chapter page as the home page’s list does, not by a second name', () => {
		const named = new Map(selectAll('.reading-map a', page('')).map((a) => [String(a.properties.href), toString(a).trim()]));
		let headings = 0;
		for (const id of model.glossary.keys())
			for (const a of selectAll('section.used-in h3 a', page(`glossary/${id}`))) {
				expect(toString(a).trim(), `${id}: ${String(a.properties.href)}`).toBe(named.get(String(a.properties.href)));
				headings += 1;
			}
		expect(headings).toBeGreaterThan(model.glossary.size);
	});

	it('"where used" shows whole sentences: each excerpt starts and ends where a sentence of its paragraph does', () => {
		const torn: string[] = [];
		for (const id of model.glossary.keys())
			for (const a of selectAll('section.used-in li a', page(`glossary/${id}`))) {
				const excerpt = toString(a).replace(/\s+/g, ' ').trim();
				// Only a sentence too long to show whole (some 240 characters) may be cut inside.
				if (excerpt.length > 230) continue;
				// Where words come before or after it in the paragraph ("…"), it was cut between sentences.
				const starts = !excerpt.startsWith('…') || /^…[\p{Lu}\p{N}“‘"(\p{Script=Han}]/u.test(excerpt);
				const ends = !excerpt.endsWith('…') || /[.!?:;][”’")]*\s…$/.test(excerpt);
				if (!starts || !ends) torn.push(`${id}: ${excerpt}`);
			}
		expect(torn).toEqual([]);
	});

	it('gives every Chinese name on an entry, short forms too, its pinyin with tone marks', () => {
		const shown: string[] = [];
		for (const [id, { value: t }] of model.glossary) {
			if (!t.zh) continue;
			const line = select('main .term-zh-line', page(`glossary/${id}`));
			// Each name on a line of its own (the first, then the others under "Also"), its pinyin after it.
			const lines = line ? selectAll('p, dd', line).map((l) => l.children.filter((c) => c.type === 'element')) : [];
			expect(
				lines.map(([name]) => (name?.properties.lang === 'zh-Hans' ? toString(name) : '')),
				id,
			).toEqual([t.zh, ...(t.zhAliases ?? [])]);
			for (const [name, next] of lines) {
				const pinyin = next && next.properties.lang === 'zh-Latn-pinyin' ? toString(next) : '';
				expect(pinyin, `${id}: pinyin after ${toString(name!)}`).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u);
				shown.push(`${toString(name!)} ${pinyin}`);
			}
			if (t.zhAliases.length > 0) expect(toString(select('.term-zh-others dt', line!)!), id).toBe('Also');
		}
		expect(shown).toContain('国家网信办 Guójiā Wǎngxìnbàn');
	});
});
