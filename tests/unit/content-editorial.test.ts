import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/content/read';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));

// Editorial expectations of the real content: the pages, the counts and the facts the site must
// carry. Part of `npm test`, not of `check:content`, which asks only whether content/ is valid.
describe('what the real content carries', () => {
	const { model } = readContent(contentDir);
	it('has the five chapter pages in reading order, sections 2–4 tied to the book', () => {
		const pages = [...model.sections].sort((a, b) => a.value.order - b.value.order).map((s) => [s.value.id, s.value.bookSection]);
		expect(pages).toEqual([
			['chapter-5/overview', undefined],
			['chapter-5/correct-view-of-cybersecurity', 2],
			['chapter-5/systems-and-capacity-building', 3],
			['chapter-5/laying-the-foundation', 4],
			['chapter-5/what-the-chapter-signals', undefined],
		]);
	});

	it('ends every chapter page with key takeaways and questions for discussion (3–5 each)', () => {
		for (const s of model.sections) {
			const after = (heading: string) => s.value.body.split(`## ${heading}`)[1]?.split(/\n## /)[0] ?? '';
			const bullets = after('Key takeaways').match(/^- /gm)?.length ?? 0;
			const questions = after('Questions for discussion').match(/^\d+\. /gm)?.length ?? 0;
			expect(bullets, s.file).toBeGreaterThanOrEqual(3);
			expect(bullets, s.file).toBeLessThanOrEqual(5);
			expect(questions, s.file).toBeGreaterThanOrEqual(3);
			expect(questions, s.file).toBeLessThanOrEqual(5);
		}
	});

	it('marks passages of every summary page as book, analysis or context', () => {
		for (const s of model.sections.filter((s) => s.value.bookSection)) {
			for (const mark of ['<Book>', '<Analysis>', '<Context sources=']) expect(s.value.body, `${s.file} ${mark}`).toContain(mark);
		}
	});

	it('carries the corrections and dated updates the analysis needs', () => {
		const bodies = model.sections.map((s) => s.value.body).join('\n');
		// Two slips of the analysis: the MLPS's name and what CERT stands for. Its calling the 2021
		// vulnerability rules the CAC's is a simplification, not an error (Article 3 gives the CAC the
		// coordinating role; review of December 2026, finding 9): context, not a correction.
		const notes = [...bodies.matchAll(/<Note kind="(\w+)"[^>]*>\s*([^\n]+)/g)].map(([, kind, text]) => ({ kind, text }));
		expect(notes.filter((n) => n.kind === 'correction').map((n) => n.text.slice(0, 30))).toEqual([
			'The standard English name of t',
			'The analysis expands CERT as "',
		]);
		expect(notes.find((n) => n.text.startsWith('The 2021 vulnerability regulations'))?.kind).toBe('context');
		for (const date of ['2025-11-01', '2026-01-01', '2024-03-22', '2025-01-01']) expect(bodies).toContain(`date="${date}"`);
	});

	it('has at least 32 glossary entries, each with sources, most with Chinese names', () => {
		const terms = [...model.glossary.values()].map((t) => t.value);
		expect(terms.length).toBeGreaterThanOrEqual(32);
		for (const t of terms) expect(t.sources.length, t.id).toBeGreaterThan(0);
		expect(terms.filter((t) => t.zh).length).toBeGreaterThanOrEqual(24);
		for (const id of [
			'cac',
			'central-cyberspace-affairs-commission',
			'miit',
			'miit-vulnerability-platform',
			'ministry-of-public-security',
			'vulnerability-regulations-2021',
			'incident-reporting-draft-2023',
			'incident-reporting-measures-2025',
			'mlps',
			'pipl',
			'cybersecurity-law',
			'data-security-law',
			'data-export-security-assessment',
			'cross-border-data-flow-provisions',
			'network-data-security-regulations',
			'critical-information-infrastructure',
			'cii-regulations',
			'cybersecurity-review',
			'cncert',
			'cert',
			'situational-awareness',
			'threat-information-sharing',
			'national-cybersecurity-talent-base',
			'national-cybersecurity-school',
			'world-class-cybersecurity-schools',
			'discourse-power',
			'cyber-powerhouse',
			'xi-thought-on-cyber-power',
			'correct-view-of-cybersecurity',
			'international-standard-setting',
			'nbr',
			'cyber-powerhouse-book',
			'csis-interpret',
		]) {
			expect(model.glossary.has(id), id).toBe(true);
		}
	});

	it("knows the analysis' own non-standard wording as aliases", () => {
		expect(model.glossary.get('mlps')!.value.aliases).toContain('Multi-Layer Protection System');
		expect(model.glossary.get('cybersecurity-review')!.value.aliases.map((a) => a.toLowerCase())).toContain('network security review');
	});

	it('has at least 18 timeline events, each with terms and sources', () => {
		expect(model.timeline.length).toBeGreaterThanOrEqual(18);
		for (const e of model.timeline) {
			expect(e.value.sources.length, e.value.id).toBeGreaterThan(0);
		}
		expect(model.timeline.filter((e) => e.value.terms.length > 0).length).toBeGreaterThanOrEqual(18);
	});

	it('cites the analysis with no publication date, as none is known', () => {
		const analysis = model.sources.get('cary-analysis')!.value;
		expect(analysis).toMatchObject({ author: 'Dakota Cary', kind: 'analysis' });
		expect(analysis.date).toBeUndefined();
	});

	describe('the specialist review of December 2026 (issue 24)', () => {
		const section = (id: string) => model.sections.find((s) => s.value.id === `chapter-5/${id}`)!.value.body;
		const everything = [
			...model.sections.map((s) => s.value.body),
			...[...model.glossary.values()].map((e) => `${e.value.short}\n${e.value.body}`),
		].join('\n');

		it('no longer says the amended Cybersecurity Law has a lower ceiling', () => {
			expect(everything).not.toMatch(/lower ceiling/i);
		});

		it('gives the official sense of "open, not closed" as the site\'s context on the section 2 page', () => {
			const contexts = section('correct-view-of-cybersecurity').match(/<Context[^>]*>[\s\S]*?<\/Context>/g) ?? [];
			expect(contexts.some((c) => /open, not closed/.test(c) && /开放的而不是封闭的/.test(c))).toBe(true);
		});

		it('has entries, with the day each took effect, for the 2025–2026 measures the site lacked', () => {
			const inForce = (id: string) => model.glossary.get(id)?.value.status?.inForce?.iso;
			expect(inForce('pi-compliance-audit-measures')).toBe('2025-05-01');
			expect(inForce('pi-export-certification-measures')).toBe('2026-01-01');
			expect(inForce('network-data-risk-assessment-measures')).toBe('2026-08-20');
			expect(inForce('mps-internet-inspection-provisions')).toBe('2018-11-01');
		});

		it('records the incident deadlines the 2025 measures set, by operator, with the reporting threshold', () => {
			const facts = [...model.facts.values()].map((f) => f.value).filter((f) => f.rule === 'incident-reporting-measures-2025');
			expect(facts.map((f) => f.value)).toEqual(expect.arrayContaining(['1 hour', '2 hours', '4 hours']));
			expect(facts.map((f) => `${f.label} ${f.value}`).join(' ')).toMatch(/relatively major/i);
		});
	});

	// A fact check of 8 December 2026 against the rules' own texts, where two of the site's pages said
	// more, or less, than the rule does.
	describe('what the rules themselves say', () => {
		const pages = [
			...model.sections.map((s) => ({ file: s.file, text: s.value.body })),
			...[...model.glossary.values()].map((e) => ({ file: e.file, text: `${e.value.short}\n${e.value.body}` })),
		];
		const saying = (pattern: RegExp) => pages.filter((p) => pattern.test(p.text.replace(/\s+/g, ' '))).map((p) => p.file);

		it('has "the departments in charge" share flaws in real time, as Article 3 of the 2021 vulnerability rules does, not the three issuers by name', () => {
			// 有关主管部门…实现网络产品安全漏洞信息实时共享: the article names no department for the sharing.
			expect(saying(/(three|CAC, MIIT and the police)[^.]* share what they learn about flaws in real time/)).toEqual([]);
			expect(saying(/departments (in charge|concerned)[^.]* share what they learn about flaws in real time/).length).toBeGreaterThanOrEqual(
				3,
			);
		});

		it("gives both duties of MIIT's 2017 emergency plan: report any covered incident at once, and warn of a likely major one", () => {
			const plan = (file: string) =>
				pages
					.find((p) => p.file === file)!
					.text.replace(/\s+/g, ' ')
					.match(/a 2017 emergency plan[^;]*;/)?.[0];
			for (const file of saying(/a 2017 emergency plan/)) {
				expect(plan(file), file).toMatch(/report at once any incident it covers/);
				expect(plan(file), file).toMatch(/major one/);
			}
			expect(saying(/a 2017 emergency plan/).length).toBe(2);
		});
	});
});
