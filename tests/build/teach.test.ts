import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { matches, select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Nodes, Root } from 'hast';
import { distDir, htmlPages, isSectionPath, readHtml, requireDist } from '../support/dist';
import { readContent } from '../../src/content/read';
import { CLASS_MINUTES } from '../../src/schemas/kit';
import { kitVoices } from '../../src/site/labels';
import { site } from '../../src/site/config';

// Issue 25 §2, the teaching kits as a teacher and a student get them: a kit for every section,
// answers in disclosures that lead to the paragraph holding them, passages to label that are the
// section page's own words with the voice its label gives, the page's questions for discussion,
// lesson plans that fill the period, handouts without answers, and the terms of reuse.

const { model } = readContent(fileURLToPath(new URL('../../content', import.meta.url)));
const page = (path: string): Root => fromHtml(readHtml(join(distDir, path, 'index.html')));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** An element's words as a reader reads them, leaving out what some element in it matching `skip` holds. */
function wordsOf(node: Nodes, skip: string): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' && matches(skip, node)) return '';
	return 'children' in node ? node.children.map((c) => wordsOf(c as Nodes, skip)).join('') : '';
}
/** A paragraph of a section page without its ¶ link, its note numbers and moved-anchor markers. */
const paragraphWords = (el: Element) => squash(wordsOf(el, '.permalink, .note-ref, .anchor-alias'));

/** The label the section page gives the block holding `id`: a note of any kind or a context block is this site. */
function labelOn(root: Root, id: string): string | undefined {
	let found: Element[] | undefined;
	const walk = (node: Root | Element, path: Element[]) => {
		for (const child of node.children) {
			if (found || child.type !== 'element') continue;
			if (child.properties.id === id) found = [...path, child];
			else walk(child, [...path, child]);
		}
	};
	walk(root, []);
	const holder = found?.findLast((el) => el.properties.dataNote !== undefined || el.properties.dataProv !== undefined);
	if (!holder) return undefined;
	if (holder.properties.dataNote !== undefined) return kitVoices.site.label;
	const prov = String(holder.properties.dataProv);
	return prov === 'book' ? kitVoices.book.label : prov === 'analysis' ? kitVoices.analysis.label : kitVoices.site.label;
}

const sections = () => htmlPages().filter((p) => isSectionPath(p.path));
const kitPath = (section: string) => `/teach${section}`;

describe('the teaching kits', () => {
	beforeAll(() => requireDist());

	it('has a kit and a handout for every section, linked from the section page, the page for teachers, the home page and About', () => {
		expect(sections().length).toBeGreaterThanOrEqual(5);
		const teachers = page('/teach/');
		const listed = selectAll('.kit-list a', teachers).map((a) => String(a.properties.href));
		for (const { path } of sections()) {
			expect(listed, path).toContain(kitPath(path));
			expect(listed, path).toContain(`${kitPath(path)}handout/`);
			expect(select('h1', page(kitPath(path))), path).toBeTruthy();
			expect(select('h1', page(`${kitPath(path)}handout/`)), path).toBeTruthy();
			expect(select(`.section-kit-link a[href="${kitPath(path)}"]`, page(path)), path).toBeTruthy();
		}
		for (const path of ['/', '/about/']) {
			const hrefs = selectAll('main a[href]', page(path)).map(
				(a) => new URL(String(a.properties.href), `http://site.test${path}`).pathname,
			);
			expect(hrefs, path).toContain('/teach/');
		}
	});

	for (const { value: kit } of model.kits) {
		const path = `/${kit.id}/`;
		describe(kitPath(path), () => {
			let root: Root;
			beforeAll(() => {
				root = page(kitPath(path));
			});

			it('states three learning objectives', () => {
				expect(selectAll('.objectives > li', root)).toHaveLength(3);
			});

			it('asks four to six questions, each answered in a disclosure that works without script', () => {
				const items = selectAll('.self-check > li', root);
				expect(items.length).toBeGreaterThanOrEqual(4);
				expect(items.length).toBeLessThanOrEqual(6);
				items.forEach((li, i) => {
					expect(toString(select('.kit-question', li)!)).toBe(kit.questions[i]!.question.replace(/'/g, '’').replace(/"([^"]*)"/g, '“$1”'));
					const details = select('details.kit-answer', li);
					expect(details, `question ${i + 1}`).toBeTruthy();
					expect(details!.properties.open, 'closed until opened').toBeUndefined();
					// A summary that names its question, so a screen reader's list of controls tells six answers apart.
					expect(squash(toString(select('summary', details!)!))).toBe(`Answer to question ${i + 1}`);
					expect(squash(toString(select('.kit-answer-body > p', details!)!)).length).toBeGreaterThan(40);
				});
			});

			it('links every answer to a paragraph of a chapter page, never a heading or a page top', () => {
				const links = selectAll('.self-check .kit-source a', root);
				expect(links).toHaveLength(kit.questions.length);
				for (const a of links) {
					const href = String(a.properties.href);
					const [target, id] = href.split('#') as [string, string];
					expect(isSectionPath(target), href).toBe(true);
					expect(id, href).toMatch(/^p-/);
					const el = select(`#${id}`, page(target));
					expect(el, `${href} lands nowhere`).toBeTruthy();
					expect(['p', 'li'], href).toContain(el!.tagName);
					// The link names where it leads: a heading of that page, in quotation marks, and the
					// page only when it is another than the kit's own section.
					const words = squash(toString(a));
					expect(words).toMatch(/^Read it in the text: (“[^”]+”|the opening)/);
					expect(words.includes(' on the page “'), `${href}: ${words}`).toBe(target !== path);
				}
			});

			it('shows the exercise’s passages as the section page prints them, without their labels, and reveals the label the page gives', () => {
				const section = page(path);
				const items = selectAll('.whose-words > li', root);
				expect(items).toHaveLength(kit.exercise.length);
				items.forEach((li, i) => {
					const { passage } = kit.exercise[i]!;
					const original = select(`#${passage}`, section);
					expect(original, passage).toBeTruthy();
					const shown = select('.whose-passage', li)!;
					expect(squash(toString(shown)), passage).toBe(paragraphWords(original!));
					// Nothing in the passage gives its voice away: no label, no provenance mark, no link to it.
					expect(selectAll('.prov-label, [data-prov], [data-note], a', shown), passage).toEqual([]);
					const revealed = select('details.kit-answer .voice-label', li);
					expect(revealed && toString(revealed), passage).toBe(labelOn(section, passage));
					expect(String(select('details.kit-answer .kit-source a', li)!.properties.href)).toBe(`${path}#${passage}`);
				});
				// The exercise asks about more than one voice.
				expect(new Set(selectAll('.whose-words .voice-label', root).map((el) => toString(el))).size).toBeGreaterThanOrEqual(2);
			});

			it('gathers the section’s own questions for discussion, in order', () => {
				const own = selectAll('#questions-for-discussion ~ ol > li, .heading-wrapper:has(#questions-for-discussion) + ol > li', page(path));
				expect(own.length).toBeGreaterThanOrEqual(3);
				expect(selectAll('.discussion > li', root).map((li) => squash(toString(li)))).toEqual(own.map(paragraphWords));
			});

			it(`plans one class and two, each step timed and each class ${CLASS_MINUTES} minutes in all`, () => {
				const tables = selectAll('table.lesson-plan', root);
				expect(tables.map((t) => toString(select('caption', t)!))).toEqual([
					'One class',
					'Two classes: the first',
					'Two classes: the second',
				]);
				for (const table of tables) {
					const steps = selectAll('tbody td.lesson-time', table).map((td) => Number(toString(td)));
					expect(steps.length).toBeGreaterThanOrEqual(2);
					expect(steps.reduce((a, b) => a + b, 0)).toBe(CLASS_MINUTES);
					expect(Number(toString(select('tfoot td.lesson-time', table)!))).toBe(CLASS_MINUTES);
				}
			});

			it('says plainly what a teacher may do with it, under the site’s license', () => {
				const terms = select('.reuse-terms', root);
				expect(terms).toBeTruthy();
				expect(String(select('a[rel~="license"]', terms!)!.properties.href)).toBe(site.licence.url);
				expect(squash(toString(terms!))).toContain('give credit');
			});

			it('has a student handout with the questions and passages, choices to tick and no answers', () => {
				const handout = page(`${kitPath(path)}handout/`);
				const text = squash(toString(select('main', handout)!));
				expect(selectAll('main details', handout)).toEqual([]);
				expect(selectAll('.handout .self-check > li', handout)).toHaveLength(kit.questions.length);
				for (const li of selectAll('.self-check > li', root)) expect(text).toContain(squash(toString(select('.kit-question', li)!)));
				for (const body of selectAll('.kit-answer-body', root)) {
					const answer = squash(toString(select('p', body)!));
					expect(text, 'an answer on the handout').not.toContain(answer);
				}
				const passages = selectAll('.whose-passage', handout).map((el) => squash(toString(el)));
				expect(passages).toEqual(selectAll('.whose-passage', root).map((el) => squash(toString(el))));
				for (const fieldset of selectAll('fieldset.whose-choice', handout))
					expect(selectAll('input[type="radio"]', fieldset).map((r) => r.properties.value)).toEqual(['book', 'analysis', 'site']);
				expect(select('.reuse-brief', handout)).toBeTruthy();
			});
		});
	}
});
