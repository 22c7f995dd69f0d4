import { describe, expect, it } from 'vitest';
import { readingMinutes, WORDS_PER_MINUTE } from '../../src/site/reading-time';

describe('reading time', () => {
	const words = (n: number) => Array.from({ length: n }, (_, i) => `Word${i}`).join(' ');

	it('counts the words a reader reads, at the stated pace', () => {
		expect(readingMinutes(words(WORDS_PER_MINUTE * 5))).toBe(5);
		expect(readingMinutes(words(WORDS_PER_MINUTE * 12 + 40))).toBe(12);
	});

	it('leaves out tags, attributes, expressions and Markdown syntax', () => {
		const markup = `import X from './x';\n\n<Context sources="a b c d e f g h i j">\n\n## Heading\n\n{/* a comment of many words here */}\n\n</Context>\n\n| --- | --- |\n`;
		expect(readingMinutes(markup + words(WORDS_PER_MINUTE * 2))).toBe(2);
	});

	it('reads the text a component is given, not the ids', () => {
		const row = `<Row aspect="${words(WORDS_PER_MINUTE)}" before="${words(WORDS_PER_MINUTE)}" sources="a-source another-source" beforeFact="a-fact" />`;
		expect(readingMinutes(row)).toBe(2);
	});

	it('counts Chinese by characters, and never says less than a minute', () => {
		expect(readingMinutes('网'.repeat(WORDS_PER_MINUTE * 4))).toBe(2);
		expect(readingMinutes('A few words.')).toBe(1);
	});
});
