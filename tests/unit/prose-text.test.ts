import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { keepNumbersWithNames } from '../../src/schemas/numbered-names';
import { prose, smartQuotes } from '../../src/schemas/prose-text';
import { sourceSchema } from '../../src/schemas/source';
import { glossaryTermSchema } from '../../src/schemas/glossary';

describe('the typographic convention for strings from YAML and front matter', () => {
	it('curls apostrophes and quotation marks as smartypants does in MDX bodies', () => {
		expect(smartQuotes(`People's Publishing House and the countries' rules`)).toBe('People’s Publishing House and the countries’ rules');
		expect(smartQuotes(`the phrase 树立正确的网络安全观, "establish a correct view of cybersecurity".`)).toBe(
			'the phrase 树立正确的网络安全观, “establish a correct view of cybersecurity”.',
		);
		expect(smartQuotes(`He said "it's 'fine'".`)).toBe('He said “it’s ‘fine’”.');
	});

	it('leaves dashes, ellipses and text without quotes as written', () => {
		expect(smartQuotes('2017--2027 ... and -- so')).toBe('2017--2027 ... and -- so');
		expect(smartQuotes('Already “curly” and China’s')).toBe('Already “curly” and China’s');
	});

	it('checks the text as written, then curls it', () => {
		expect(prose(z.string().max(5)).safeParse(`"abc"`).success).toBe(true);
		expect(prose(z.string().max(4)).safeParse(`"abc"`).success).toBe(false);
		const entry = glossaryTermSchema.parse({
			term: "Xi Jinping's important thought",
			kind: 'concept',
			short: 'A definition with "quotes" in it, long enough.',
			variants: [{ text: "China's strength", usedBy: 'the analysis' }],
			sources: ['x'],
		});
		expect([entry.term, entry.short, entry.variants[0]!.text]).toEqual([
			'Xi Jinping’s important thought',
			'A definition with “quotes” in it, long enough.',
			'China’s strength',
		]);
	});

	it('keeps a number on the line of the word that names it, and a range on one line', () => {
		const nb = '\u00a0';
		expect(keepNumbersWithNames('Overview: chapter 5 and the analysis')).toBe(`Overview: chapter${nb}5 and the analysis`);
		expect(keepNumbersWithNames('His analysis covers sections 2 to 4.')).toBe(`His analysis covers sections${nb}2${nb}to${nb}4.`);
		expect(keepNumbersWithNames('Articles 51 and 53, Section 3, section 70B of the act')).toBe(
			`Articles${nb}51${nb}and${nb}53, Section${nb}3, section${nb}70B of the act`,
		);
		// Typeset twice is typeset once; words without a number, and other numbers, are left alone.
		expect(keepNumbersWithNames(keepNumbersWithNames('chapters 5 or 6'))).toBe(`chapters${nb}5${nb}or${nb}6`);
		expect(keepNumbersWithNames('the sections of 2023, 5 chapters, subsection 2, chapter five')).toBe(
			'the sections of 2023, 5 chapters, subsection 2, chapter five',
		);
	});

	it('typesets the strings pages show, but gives a source’s title, author and publisher as the work does', () => {
		expect(prose(z.string()).parse("the book's chapter 5")).toBe('the book’s chapter\u00a05');
		const source = sourceSchema.parse({
			id: 'x',
			title: 'Article 46 GDPR (Transfers subject to appropriate safeguards)',
			kind: 'secondary',
			type: 'legal',
			language: 'en',
			note: 'Cited for Article 46.',
		});
		expect([source.title, source.note]).toEqual([
			'Article 46 GDPR (Transfers subject to appropriate safeguards)',
			'Cited for Article\u00a046.',
		]);
	});
});
