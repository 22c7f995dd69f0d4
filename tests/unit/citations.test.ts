import { describe, expect, it } from 'vitest';
import { BibLatexParser, CSLExporter } from 'biblatex-csl-converter';
import { headlineCase, sentenceCase } from '../../src/citations/case';
import {
	ACCESS_DATE_PLACEHOLDER,
	bibtexEscape,
	bibtexKey,
	calendarDate,
	citationParts,
	citationText,
	citationUrl,
	formatCitationDate,
	type CitationInput,
} from '../../src/citations/format';

// Every expected string below was written by hand from the style guides' patterns (see the rules
// in src/citations/format.ts), not produced by the code and pasted back.

const siteName = 'Governing Cybersecurity, Explained';
const overview: CitationInput = {
	scope: 'page',
	title: 'Overview: chapter 5 and the analysis',
	siteName,
	url: 'https://example.org/explainer/chapter-5/overview/',
	updated: new Date('2026-11-26'),
	key: 'governing-cybersecurity-explained:overview',
};
const wholeSite: CitationInput = {
	...overview,
	scope: 'site',
	title: siteName,
	url: 'https://example.org/explainer/',
	key: 'governing-cybersecurity-explained',
};
const accessed = new Date('2026-12-01');

describe('citations of a section page', () => {
	it('APA 7: group author, date, italic sentence-case title, retrieval date, bare URL', () => {
		expect(citationText('apa', overview, accessed)).toBe(
			'Governing Cybersecurity, Explained. (2026, November 26). Overview: Chapter 5 and the analysis. Retrieved December 1, 2026, from https://example.org/explainer/chapter-5/overview/',
		);
		const italic = citationParts('apa', overview).filter((p) => 'text' in p && p.italic);
		expect(italic).toEqual([{ text: 'Overview: Chapter 5 and the analysis', italic: true }]);
	});

	it('gives plain spaces where the page’s title keeps a number with its word (“chapter\u00a05”)', () => {
		const typeset = { ...overview, title: overview.title.replace(' 5', '\u00a05') };
		for (const style of ['apa', 'mla', 'chicago', 'bibtex'] as const)
			expect(citationText(style, typeset, accessed)).toBe(citationText(style, overview, accessed));
	});

	it('MLA 9: quoted title-case title, italic website, day-month-year, URL without protocol, access date last', () => {
		expect(citationText('mla', overview, accessed)).toBe(
			'“Overview: Chapter 5 and the Analysis.” Governing Cybersecurity, Explained, 26 Nov. 2026, example.org/explainer/chapter-5/overview/. Accessed 1 Dec. 2026.',
		);
		const italic = citationParts('mla', overview).filter((p) => 'text' in p && p.italic);
		expect(italic).toEqual([{ text: siteName, italic: true }]);
	});

	it('Chicago 17 bibliography: owner as author, quoted headline-style title, last modified, access date before the URL', () => {
		expect(citationText('chicago', overview, accessed)).toBe(
			'Governing Cybersecurity, Explained. “Overview: Chapter 5 and the Analysis.” Last modified November 26, 2026. Accessed December 1, 2026. https://example.org/explainer/chapter-5/overview/.',
		);
		expect(citationParts('chicago', overview).some((p) => 'text' in p && p.italic)).toBe(false);
	});

	it('BibTeX: @misc with a braced group author and title, year, month, url, urldate and an access note', () => {
		expect(citationText('bibtex', overview, accessed)).toBe(
			[
				'@misc{governing-cybersecurity-explained:overview,',
				'  author = {{Governing Cybersecurity, Explained}},',
				'  title = {{Overview: chapter 5 and the analysis}},',
				'  year = {2026},',
				'  month = nov,',
				'  url = {https://example.org/explainer/chapter-5/overview/},',
				'  urldate = {2026-12-01},',
				'  note = {Accessed 2026-12-01},',
				'}',
			].join('\n'),
		);
	});

	it('shows "[date accessed]" where the date goes until one is given', () => {
		expect(ACCESS_DATE_PLACEHOLDER).toBe('[date accessed]');
		expect(citationText('apa', overview)).toBe(
			'Governing Cybersecurity, Explained. (2026, November 26). Overview: Chapter 5 and the analysis. Retrieved [date accessed], from https://example.org/explainer/chapter-5/overview/',
		);
		expect(citationText('mla', overview)).toMatch(/\. Accessed \[date accessed\]\.$/);
		expect(citationText('chicago', overview)).toContain('Accessed [date accessed]. https://');
	});

	it('BibTeX: leaves out urldate and the access note until the date is known, so biblatex can read it', () => {
		const text = citationText('bibtex', overview);
		expect(text).toBe(
			[
				'@misc{governing-cybersecurity-explained:overview,',
				'  author = {{Governing Cybersecurity, Explained}},',
				'  title = {{Overview: chapter 5 and the analysis}},',
				'  year = {2026},',
				'  month = nov,',
				'  url = {https://example.org/explainer/chapter-5/overview/},',
				'}',
			].join('\n'),
		);
		expect(text).not.toContain(ACCESS_DATE_PLACEHOLDER);
		// The fields that need the date are one part of their own, which the page shows once it has one.
		const waiting = citationParts('bibtex', overview).filter((p) => 'whenAccessed' in p);
		expect(waiting).toHaveLength(1);
	});

	it('marks the address as a part of its own, written as each style writes it', () => {
		for (const style of ['apa', 'chicago', 'bibtex'] as const)
			expect(citationParts(style, overview)).toContainEqual({ url: 'https://example.org/explainer/chapter-5/overview/' });
		expect(citationParts('mla', overview)).toContainEqual({ url: 'example.org/explainer/chapter-5/overview/' });
		expect(citationUrl('mla', 'http://example.org/a/')).toBe('example.org/a/');
		expect(citationUrl('apa', 'https://example.org/a/')).toBe('https://example.org/a/');
	});

	it('with no address known, gives the path where the address goes', () => {
		const local = { ...overview, url: '/chapter-5/overview/' };
		expect(citationText('apa', local, accessed)).toMatch(/, from \/chapter-5\/overview\/$/);
		expect(citationText('mla', local, accessed)).toContain(', 26 Nov. 2026, /chapter-5/overview/. Accessed');
		expect(citationText('bibtex', local)).toContain('  url = {/chapter-5/overview/},\n}');
	});

	it('writes other months the way each style abbreviates them', () => {
		const page = {
			...overview,
			title: 'Comprehensively Strengthen Cybersecurity Systems and Capacity Building',
			updated: new Date('2026-03-09'),
		};
		const september = new Date('2026-09-05');
		expect(citationText('apa', page, september)).toBe(
			'Governing Cybersecurity, Explained. (2026, March 9). Comprehensively strengthen cybersecurity systems and capacity building. Retrieved September 5, 2026, from https://example.org/explainer/chapter-5/overview/',
		);
		expect(citationText('mla', page, september)).toBe(
			'“Comprehensively Strengthen Cybersecurity Systems and Capacity Building.” Governing Cybersecurity, Explained, 9 Mar. 2026, example.org/explainer/chapter-5/overview/. Accessed 5 Sept. 2026.',
		);
		expect(citationText('bibtex', page, september)).toContain('  month = mar,\n');
		expect(formatCitationDate('mla', new Date('2026-06-30'))).toBe('30 June 2026');
		expect(formatCitationDate('mla', new Date('2026-07-01'))).toBe('1 July 2026');
		expect(formatCitationDate('mla', new Date('2026-05-02'))).toBe('2 May 2026');
	});

	it('keeps proper nouns capitalized in APA sentence case', () => {
		const page = {
			...overview,
			title: 'How the Cyberspace Administration of China Reads the Cybersecurity Law',
			properNouns: ['Cyberspace Administration of China', 'Cybersecurity Law'],
		};
		expect(citationText('apa', page, accessed)).toContain(
			'(2026, November 26). How the Cyberspace Administration of China reads the Cybersecurity Law. Retrieved',
		);
	});

	it('lets a title’s own question mark stand for the period, and turns inner double quotes single', () => {
		const question = { ...overview, title: 'What Does the Chapter Signal?' };
		expect(citationText('apa', question, accessed)).toContain(
			'(2026, November 26). What does the chapter signal? Retrieved December 1, 2026',
		);
		expect(citationText('mla', question, accessed)).toMatch(/^“What Does the Chapter Signal\?” Governing/);
		expect(citationText('chicago', question, accessed)).toContain('Explained. “What Does the Chapter Signal?” Last modified');
		const quoted = { ...overview, title: 'The "cyber powerhouse" idea' };
		expect(citationText('mla', quoted, accessed)).toMatch(/^“The ‘Cyber Powerhouse’ Idea\.” /);
	});
});

describe('citations of an undated page (a glossary entry)', () => {
	const entry: CitationInput = {
		scope: 'page',
		title: 'Cybersecurity Law (CSL)',
		siteName,
		url: 'https://example.org/glossary/cybersecurity-law/',
		key: 'governing-cybersecurity-explained:cybersecurity-law',
		properNouns: ['Cybersecurity Law'],
	};

	it('APA 7 writes "(n.d.)" where the date goes, and keeps the retrieval date', () => {
		expect(citationText('apa', entry, accessed)).toBe(
			'Governing Cybersecurity, Explained. (n.d.). Cybersecurity Law (CSL). Retrieved December 1, 2026, from https://example.org/glossary/cybersecurity-law/',
		);
	});

	it('MLA 9 leaves the date out and keeps the access date', () => {
		expect(citationText('mla', entry, accessed)).toBe(
			'“Cybersecurity Law (CSL).” Governing Cybersecurity, Explained, example.org/glossary/cybersecurity-law/. Accessed 1 Dec. 2026.',
		);
	});

	it('Chicago 17 has no "Last modified", only the access date', () => {
		expect(citationText('chicago', entry, accessed)).toBe(
			'Governing Cybersecurity, Explained. “Cybersecurity Law (CSL).” Accessed December 1, 2026. https://example.org/glossary/cybersecurity-law/.',
		);
	});

	it('BibTeX has no year or month', () => {
		const text = citationText('bibtex', entry, accessed);
		expect(text).not.toMatch(/year|month/);
		expect(text).toContain('  urldate = {2026-12-01},\n');
	});
});

describe('citations of the whole site', () => {
	it('APA 7: the website’s title in italics in the author position (no-author form)', () => {
		expect(citationText('apa', wholeSite, accessed)).toBe(
			'Governing Cybersecurity, Explained. (2026, November 26). Retrieved December 1, 2026, from https://example.org/explainer/',
		);
		expect(citationParts('apa', wholeSite)[0]).toEqual({ text: siteName, italic: true });
	});

	it('MLA 9: italic website title, date, URL, access date', () => {
		expect(citationText('mla', wholeSite, accessed)).toBe(
			'Governing Cybersecurity, Explained. 26 Nov. 2026, example.org/explainer/. Accessed 1 Dec. 2026.',
		);
		expect(citationParts('mla', wholeSite)[0]).toEqual({ text: siteName, italic: true });
	});

	it('Chicago 17: the site as owner and title, last modified, access date, URL', () => {
		expect(citationText('chicago', wholeSite, accessed)).toBe(
			'Governing Cybersecurity, Explained. Last modified November 26, 2026. Accessed December 1, 2026. https://example.org/explainer/.',
		);
	});

	it('BibTeX: the site as author and title', () => {
		const text = citationText('bibtex', wholeSite, accessed);
		expect(text.split('\n').slice(0, 3)).toEqual([
			'@misc{governing-cybersecurity-explained,',
			'  author = {{Governing Cybersecurity, Explained}},',
			'  title = {{Governing Cybersecurity, Explained}},',
		]);
	});
});

describe('BibTeX as biblatex reads it (biblatex-csl-converter, to CSL-JSON)', () => {
	const read = (bibtex: string) => {
		const parsed = new BibLatexParser(bibtex, { processUnexpected: true, processUnknown: true }).parse();
		return { errors: [...parsed.errors, ...parsed.warnings], csl: Object.values(new CSLExporter(parsed.entries).parse()) };
	};

	it('reads the entry before and after the access date is known, with no error or warning', () => {
		const before = read(citationText('bibtex', overview));
		expect(before.errors).toEqual([]);
		expect(before.csl).toHaveLength(1);
		expect(before.csl[0]).toMatchObject({ URL: overview.url, issued: { 'date-parts': [[2026, 11]] } });
		expect(before.csl[0]).not.toHaveProperty('accessed');
		const after = read(citationText('bibtex', overview, accessed));
		expect(after.errors).toEqual([]);
		expect(after.csl[0]).toMatchObject({ URL: overview.url, accessed: { 'date-parts': [[2026, 12, 1]] } });
	});

	it('would have failed on the old placeholder field', () => {
		const old = citationText('bibtex', overview, accessed).replace(/2026-12-01/g, ACCESS_DATE_PLACEHOLDER);
		expect(read(old).errors).toContainEqual(expect.objectContaining({ type: 'unknown_date', field_name: 'urldate' }));
	});
});

describe('citation helpers', () => {
	it('makes BibTeX keys from the site name and the page’s last path segment', () => {
		expect(bibtexKey(siteName)).toBe('governing-cybersecurity-explained');
		expect(bibtexKey(siteName, '/explainer/chapter-5/systems-and-capacity-building/')).toBe(
			'governing-cybersecurity-explained:systems-and-capacity-building',
		);
	});

	it('escapes TeX’s special characters', () => {
		expect(bibtexEscape('R&D: 100% of $5 #1 a_b {x} ~ ^ \\')).toBe(
			'R\\&D: 100\\% of \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
		);
	});

	it('takes today in the reader’s time zone as a calendar date', () => {
		const late = new Date(2026, 11, 31, 23, 30); // 23:30 local time on 31 December
		expect(calendarDate(late).toISOString()).toBe('2026-12-31T00:00:00.000Z');
	});
});

describe('title capitalization', () => {
	it('title case (MLA) and headline style (Chicago): major words up, minor words down, first and last up', () => {
		expect(headlineCase('what the chapter signals', 'mla')).toBe('What the Chapter Signals');
		expect(headlineCase('Establishing a Correct View of Cybersecurity', 'chicago')).toBe('Establishing a Correct View of Cybersecurity');
		expect(headlineCase('world-class cybersecurity schools in the making', 'mla')).toBe('World-Class Cybersecurity Schools in the Making');
		expect(headlineCase('what the rules are for', 'chicago')).toBe('What the Rules Are For');
		expect(headlineCase('the CAC and MIIT: from drafts to rules', 'mla')).toBe('The CAC and MIIT: From Drafts to Rules');
	});

	it('MLA lowercases "so" and "yet"; Chicago capitalizes them but lowercases "as" in any function', () => {
		expect(headlineCase('slow so far, yet steady', 'mla')).toBe('Slow so Far, yet Steady');
		expect(headlineCase('slow so far, yet steady', 'chicago')).toBe('Slow So Far, Yet Steady');
		expect(headlineCase('security as a state project', 'chicago')).toBe('Security as a State Project');
	});

	it('sentence case (APA): first word, first word after a colon, acronyms and proper nouns only', () => {
		expect(sentenceCase('Establishing a Correct View of Cybersecurity')).toBe('Establishing a correct view of cybersecurity');
		expect(sentenceCase('Why It Matters: The View From Beijing')).toBe('Why it matters: The view from Beijing');
		expect(sentenceCase('MLPS 2.0 and the Multi-Level Protection Scheme', ['Multi-Level Protection Scheme'])).toBe(
			'MLPS 2.0 and the Multi-Level Protection Scheme',
		);
		expect(sentenceCase('World-Class Schools for China')).toBe('World-class schools for China');
	});
});
