import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Nodes } from 'hast';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';
import { loadContent } from '../../src/content/load';

// One spelling throughout: what a reader sees is in American spelling ("program", "organization",
// "license"), as the site's labels are. Checked on the built pages, where words from the chrome,
// the pages' own code and content all end up. Enum keys ('programme', 'organisation') stay as they
// are: they are in addresses and data, never shown.

/** British forms and the American spelling a page uses instead. */
const british: [RegExp, string][] = [
	[/\bprogrammes?\b/i, 'program'],
	[/\borganis(e|es|ed|ing|ation|ations|ational)\b/i, 'organiz…'],
	[/\blicence\b/i, 'license'],
	[/\b(colour|behaviour|favour|honour|labour|neighbour)(s|ed|ing|ite|ites)?\b/i, '-or'],
	[/\b(centre|metre|theatre)s?\b/i, '-er'],
	[/\b(defence|offence)s?\b/i, '-se'],
	[/\b(catalogue|dialogue)s?\b/i, 'catalog'],
	[/\banalys(e|es|ed|ing)\b/i, 'analyz…'],
	[
		/\b(recogni|summari|emphasi|critici|prioriti|minimi|maximi|authori|characteri|standardi|utili|optimi|reali|apologi|categori|speciali|finali)s(e|es|ed|ing|ation|ations)\b/i,
		'-ize',
	],
	[/\b(model|label|travel|cancel|signal)l(ed|ing|er|ers)\b/i, 'single l'],
	[/\b(grey|artefacts?|ageing|judgement|acknowledgement|fulfil|enrol|practis(e|es|ed|ing))\b/i, 'American form'],
];

/** Text that keeps its own spelling: code and data, quotations, titles of works, other languages. */
const keepsOwn = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp', 'q', 'blockquote', 'cite']);
/** Attributes a reader meets: a link's or image's name, a tooltip. */
const shownAttributes = ['ariaLabel', 'alt', 'title'] as const;

function shownTexts(tree: Nodes): string[] {
	const out: string[] = [];
	const walk = (node: Nodes) => {
		if (node.type === 'text') out.push(node.value);
		if (node.type === 'element') {
			if (keepsOwn.has(node.tagName)) return;
			const lang = node.properties.lang;
			if (typeof lang === 'string' && !/^en\b/i.test(lang)) return;
			for (const name of shownAttributes) if (typeof node.properties[name] === 'string') out.push(node.properties[name]);
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(tree);
	// What a search result or a shared link shows of the page.
	for (const meta of selectAll('meta[name="description"], meta[property="og:description"], meta[property="og:title"]', tree as never))
		out.push(String(meta.properties.content ?? ''));
	return out;
}

/**
 * A British form capitalized at the end of a run of capitalized words is part of a name a body
 * gave itself ("the National Cyber Security Centre", "Ministry of Defence") and keeps its spelling;
 * the same word in lower case ("a data centre") is still the site's own.
 */
const withoutProperNames = (text: string) =>
	text.replace(/\b(?:[A-Z][\p{L}'’]*\s+(?:of\s+|for\s+|and\s+)?)+(?:Centre|Programme|Defence|Organisation)s?\b/gu, ' ');

describe('one spelling throughout', () => {
	requireDist();
	const content = loadContent(join(process.cwd(), 'content'));
	// Proper names keep theirs (a "Centre" in a body's name, a British publisher's title).
	const names = [
		...[...content.sources.values()].flatMap((s) => [s.value.title, s.value.publisher, s.value.author]),
		...[...content.glossary.values()].flatMap((g) => [g.value.term, ...(g.value.aliases ?? [])]),
	]
		.filter((n): n is string => Boolean(n && british.some(([re]) => re.test(n))))
		.sort((a, b) => b.length - a.length);
	const withoutNames = (text: string) => names.reduce((t, n) => t.split(n).join(' '), withoutProperNames(text));

	it('writes American spelling in every page’s text, its descriptions and its accessible names', () => {
		const found = htmlPages(distDir).flatMap(({ path, file }) =>
			shownTexts(fromHtml(readHtml(file))).flatMap((text) =>
				british.flatMap(([re, american]) => {
					const m = withoutNames(text).match(re);
					return m ? [`${path}: "${m[0]}" (${american}) in “${text.trim().slice(0, 80)}”`] : [];
				}),
			),
		);
		expect([...new Set(found)]).toEqual([]);
	});

	it('catches the words it is for', () => {
		const tree = fromHtml(
			'<title>x</title><meta name="description" content="laws and programmes"><p>Every organisation <cite>Programme for Schools</cite> <span lang="zh">x</span></p>',
		);
		const hits = shownTexts(tree).filter((t) => british.some(([re]) => re.test(t)));
		expect(hits).toEqual(['Every organisation ', 'laws and programmes']);
		const named = (t: string) => british.some(([re]) => re.test(withoutProperNames(t)));
		expect(named('reports go to the Australian Cyber Security Centre')).toBe(false);
		expect(named('the UK Ministry of Defence')).toBe(false);
		expect(named('a data centre in Guizhou')).toBe(true);
		expect(named('Centre of the report')).toBe(true);
	});
});
