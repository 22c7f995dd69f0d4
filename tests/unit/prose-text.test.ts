import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { prose, smartQuotes } from '../../src/schemas/prose-text';
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
});
