import { pinyin } from 'pinyin-pro';

/**
 * Hanyu pinyin for the glossary's Chinese names, made at build time with pinyin-pro (its
 * dictionary is large, so it never reaches the browser: pages and the search names index carry
 * the result). pinyin-pro reads a character from the word it stands in (网络 wǎngluò, 处理 chǔlǐ);
 * where it still reads one wrongly, the entry's `readings` say how a word is read, and they win.
 *
 * Reviewed for the terms in content/glossary (polyphonic characters in them, read as pinyin-pro
 * reads them): 中 zhōng, 和 hé, 信 xìn, 化 huà, 会 huì, 处 chǔ (处理), 调 tiáo (协调), 应 yìng
 * (应急), 重 zhòng (重要), 的 de, 强 qiáng, 数 shù (数据), 查 chá, 地 dì (基地), 与 yǔ. The one
 * change from its defaults: 一 keeps its own tone (一流 yīliú, as dictionaries write it), not the
 * tone it takes in speech.
 */

const HAN = /\p{Script=Han}/u;

/** The author's readings: a word or character in the name, and its syllables with tone marks. */
export type Readings = Record<string, string>;

/** Syllables of a reading as written by an author ("yín háng", "yínháng" is not split). */
export const readingSyllables = (reading: string): string[] =>
	reading
		.trim()
		.split(/[\s'’]+/u)
		.filter(Boolean);

/** One syllable with tone marks for each Han character of `text`, in order; the author's readings win. */
export function syllablesOf(text: string, readings: Readings = {}): string[] {
	const chars = [...text];
	const generated = pinyin(text, { type: 'array', toneType: 'symbol', toneSandhi: false, nonZh: 'removed' });
	const out: string[] = [];
	let g = 0;
	for (const c of chars) if (HAN.test(c)) out.push(generated[g++] ?? '');
	// Apply each reading wherever its word occurs, longest words last so they win over single characters.
	const hanIndex = chars.map((_, i) => chars.slice(0, i).filter((c) => HAN.test(c)).length);
	for (const [word, reading] of Object.entries(readings).sort(([a], [b]) => [...a].length - [...b].length)) {
		const wordChars = [...word];
		const syllables = readingSyllables(reading);
		for (let i = 0; i + wordChars.length <= chars.length; i++) {
			if (wordChars.every((c, k) => chars[i + k] === c)) syllables.forEach((s, k) => (out[hanIndex[i]! + k] = s));
		}
	}
	return out;
}

/** "wǎng" → "wang": what English-language writing uses, and what search compares. */
export const toneless = (syllable: string): string => syllable.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Function words written apart and in lower case inside a name. */
const FUNCTION_WORDS = new Set(['和', '与', '的', '及', '或', '之']);
/** Single characters that end the word before them (信息化, 委员会, 办公室, 计算机), whatever the segmenter says. */
const SUFFIXES = new Set(['化', '会', '室', '机']);
const PUNCTUATION: Record<string, string> = { '（': ' (', '）': ')', '《': '“', '》': '”', '、': ', ', '，': ', ', '：': ': ', '·': ' · ' };

/**
 * Words of a Chinese text for display: Intl.Segmenter's words, with runs of single characters
 * joined (互联网, 网信办) and a few suffixes put back on their word; punctuation and function
 * words stay apart.
 */
function wordsOf(text: string): string[] {
	const words: string[] = [];
	let loose = false; // the last word is a run of single characters, still open
	for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) {
		const single = [...segment].length === 1 && HAN.test(segment) && !FUNCTION_WORDS.has(segment);
		const last = words.at(-1);
		const joinable = single && last !== undefined && HAN.test(last) && !FUNCTION_WORDS.has(last);
		if (joinable && (loose || SUFFIXES.has(segment))) {
			words[words.length - 1] += segment;
			continue;
		}
		words.push(segment);
		loose = single;
	}
	return words;
}

/**
 * How many characters each word of a Chinese name's Han text has, as the shown pinyin sets the words
 * out (国家网信办 → [2, 3]): search reads pinyin as part of a name only in whole words.
 */
export const wordLengths = (text: string): number[] =>
	wordsOf(text)
		.filter((w) => HAN.test(w))
		.map((w) => [...w].length);

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The pinyin shown beside a Chinese name, with tone marks: syllables joined within a word, an
 * apostrophe (’, the typographic one) where a joined syllable starts with a, o or e (wǎng’ān), and, for proper names, each
 * word but a function word capitalized (Guójiā Hùliánwǎng Xìnxī Bàngōngshì).
 */
export function displayPinyin(text: string, readings: Readings = {}, properName = false): string {
	const syllables = syllablesOf(text, readings);
	let next = 0;
	const parts: string[] = [];
	for (const word of wordsOf(text)) {
		if (!HAN.test(word)) {
			const mapped = [...word].map((c) => PUNCTUATION[c] ?? c).join('');
			parts.push(mapped.trim() ? mapped : ' ');
			continue;
		}
		const own = syllables.slice(next, next + [...word].length);
		next += own.length;
		let joined = own.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/u.test(s) ? `’${s}` : s)).join('');
		if (properName && !FUNCTION_WORDS.has(word)) joined = capitalize(joined);
		parts.push(` ${joined} `);
	}
	return parts
		.join('')
		.replace(/\s+/g, ' ')
		.replace(/\( /g, '(')
		.replace(/ \)/g, ')')
		.replace(/ ([,:])/g, '$1')
		.trim();
}

/** The comparable form of written pinyin: toneless, without spaces, apostrophes, hyphens or case. */
export const compactPinyin = (text: string): string => toneless(text).replace(/[^a-zü]/g, '');
