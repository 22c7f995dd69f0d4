import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { ContentError } from '../../src/content/problems';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { compactPinyin, displayPinyin, syllablesOf } from '../../src/schemas/pinyin';
import { contentWith } from './fixture';

const term = (extra: Record<string, unknown>) =>
	glossaryTermSchema.safeParse({
		term: 'Test',
		kind: 'agency',
		short: 'A term that exists only in this test file.',
		sources: ['x'],
		...extra,
	});

describe('pinyin for Chinese names (generated at build time)', () => {
	it('reads polyphonic characters from their words and sets words out as pinyin is written', () => {
		expect(displayPinyin('国家互联网信息办公室', {}, true)).toBe('Guójiā Hùliánwǎng Xìnxī Bàngōngshì');
		expect(displayPinyin('国家计算机网络应急技术处理协调中心', {}, true)).toBe(
			'Guójiā Jìsuànjī Wǎngluò Yìngjí Jìshù Chǔlǐ Xiétiáo Zhōngxīn',
		);
		expect(displayPinyin('工业和信息化部', {}, true)).toBe('Gōngyè hé Xìnxīhuà Bù');
		// An apostrophe where a joined syllable starts with a vowel; 一 keeps its own tone.
		expect(displayPinyin('网安法', {}, true)).toBe('Wǎng’ānfǎ');
		expect(displayPinyin('一流网络安全学院', {}, false)).toBe('yīliú wǎngluò ānquán xuéyuàn');
		expect(displayPinyin('网络安全事件报告管理办法（征求意见稿）', {}, false)).toBe(
			'wǎngluò ānquán shìjiàn bàogào guǎnlǐ bànfǎ (zhēngqiú yìjiàn gǎo)',
		);
	});

	it("lets an author's reading of a word win wherever the word occurs", () => {
		expect(syllablesOf('重庆')).not.toEqual(['zhòng', 'qìng']);
		expect(syllablesOf('行长银行', { 行长: 'háng zhǎng' })).toEqual(['háng', 'zhǎng', 'yín', 'háng']);
		expect(displayPinyin('长城', { 长: 'zhǎng' })).toBe('zhǎngchéng');
		expect(compactPinyin("Wǎng'ān Fǎ")).toBe('wanganfa');
	});

	it('fills pinyin and toneless syllables for every Chinese name, keeping what the author wrote', () => {
		const generated = term({ zh: '国家网信办', zhAliases: ['网信办'] });
		expect(generated.success && generated.data.pinyin).toBe('Guójiā Wǎngxìnbàn');
		expect(generated.success && generated.data.chineseNames).toEqual([
			{ text: '国家网信办', syllables: ['guo', 'jia', 'wang', 'xin', 'ban'], words: [2, 3], pinyin: 'Guójiā Wǎngxìnbàn' },
			{ text: '网信办', syllables: ['wang', 'xin', 'ban'], words: [3], pinyin: 'Wǎngxìnbàn' },
		]);
		const written = term({ kind: 'concept', zh: '话语权', pinyin: 'huàyǔquán' });
		expect(written.success && written.data.pinyin).toBe('huàyǔquán');
		const none = term({});
		expect(none.success && none.data.pinyin).toBeUndefined();
	});

	it('rejects readings that do not fit, and written pinyin that reads another name', () => {
		const issues = (extra: Record<string, unknown>) => {
			const r = term(extra);
			return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		};
		expect(issues({ zh: '银行', readings: { 银行: 'yín' } })).toEqual([
			expect.stringMatching(/^readings\.银行: "yín" must be 2 pinyin syllable/),
		]);
		expect(issues({ zh: '银行', readings: { 长城: 'cháng chéng' } })).toEqual([expect.stringMatching(/does not occur in zh or zhAliases/)]);
		expect(issues({ zh: '话语权', pinyin: 'huàyǔ quánlì' })).toEqual([
			expect.stringMatching(/^pinyin: "huàyǔ quánlì" does not read like 话语权/),
		]);
		expect(issues({ pinyin: 'huàyǔquán' })).toEqual([expect.stringMatching(/^pinyin: pinyin reads the Chinese name/)]);
	});

	it('reports a bad reading with the file, the line and the fix', () => {
		const dir = contentWith([
			{ file: 'glossary/test-agency.md', find: 'kind: agency\n', replace: 'kind: agency\nzh: 测试机构\nreadings:\n  机构: jī\n' },
		]);
		expect(() => loadContent(dir)).toThrow(ContentError);
		expect(() => loadContent(dir)).toThrow(/content\/glossary\/test-agency\.md:7 \(readings\.机构\): "jī" must be 2 pinyin syllable/);
	});
});
