import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/content/read';
import type { Source } from '../../src/schemas/source';
import { groupByPublisher, shortPublisher, sourceLabels } from '../../src/site/source-labels';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));

const work = (id: string, title: string, publisher?: string, year?: string, language = 'en') => ({
	id,
	title,
	language,
	...(publisher !== undefined && { publisher }),
	...(year !== undefined && { date: { iso: year, precision: 'year' as const } }),
});

describe('a source’s short label (src/site/source-labels.ts)', () => {
	// Read while collecting, as content-valid.test.ts does: reading content/ is slow on a busy machine.
	const sources = [...readContent(contentDir).model.sources.values()].map((s) => s.value);

	it('gives every work of content/sources.yaml a label no other work has', () => {
		const labels = sourceLabels(sources);
		expect(labels.size).toBe(sources.length);
		const byText = new Map<string, string[]>();
		for (const [id, label] of labels) byText.set(label.text, [...(byText.get(label.text) ?? []), id]);
		expect([...byText].filter(([, ids]) => ids.length > 1)).toEqual([]);
	});

	it('shortens a publisher to its name or its own abbreviation', () => {
		expect(shortPublisher('Center for Strategic and International Studies (CSIS), Interpret: China (interpret.csis.org)')).toBe('CSIS');
		expect(shortPublisher('RFI (Radio France Internationale), Chinese service')).toBe('RFI');
		expect(shortPublisher('Cyberspace Administration of China (cac.gov.cn)')).toBe('Cyberspace Administration of China');
		expect(shortPublisher('Center for Security and Emerging Technology (CSET), cset.georgetown.edu')).toBe('CSET');
		expect(shortPublisher("People's Publishing House (人民出版社)")).toBe("People's Publishing House");
		expect(shortPublisher('kw-legal.com')).toBe('kw-legal.com');
		expect(shortPublisher('Mondaq (Herbert Smith Freehills Kramer)')).toBe('Mondaq (Herbert Smith Freehills Kramer)');
		expect(shortPublisher('china.com.cn (Hubei channel)')).toBe('china.com.cn (Hubei channel)');
	});

	it('tells apart works of one publisher by a year no other of them has, else by the opening of the title', () => {
		const csis = 'Center for Strategic and International Studies (CSIS), Interpret: China (interpret.csis.org)';
		const labels = sourceLabels([
			work('analysis', 'Governing Cybersecurity', csis),
			work(
				'translation',
				'第五章:筑牢国家网络安全屏障 (English translation: Chapter 5, Building a Durable National Cybersecurity Barrier)',
				csis,
			),
			work('about', 'About Interpret: China', csis),
			work('clp-1', 'Measures for the Security Assessment of Overseas Transfer of Data', 'China Law & Practice', '2022'),
			work('clp-2', 'Regulations for the Administration of Network Data Security', 'China Law & Practice', '2024'),
			work('cac-1', '中华人民共和国网络安全法', 'Cyberspace Administration of China (cac.gov.cn)', undefined, 'zh'),
			work('cac-2', '数据出境安全评估办法 (国家网信办令第11号)', 'Cyberspace Administration of China (cac.gov.cn)', '2022', 'zh'),
			work('alone', 'A work whose publisher has no other', 'Lawfare', '2023'),
		] as Source[]);
		const text = (id: string) => labels.get(id)?.text;
		expect(text('analysis')).toBe('CSIS, Governing Cybersecurity');
		expect(text('translation')).toBe('CSIS, English translation');
		expect(text('about')).toBe('CSIS, About Interpret');
		expect(text('clp-1')).toBe('China Law & Practice, 2022');
		expect(text('clp-2')).toBe('China Law & Practice, 2024');
		expect(labels.get('cac-1')).toEqual({
			text: 'Cyberspace Administration of China, 网络安全法',
			publisher: 'Cyberspace Administration of China',
			chineseLang: 'zh-Hans',
			detail: '网络安全法',
			detailLang: 'zh',
		});
		expect(text('cac-2')).toBe('Cyberspace Administration of China, 2022');
		expect(text('alone')).toBe('Lawfare');
	});

	it('marks the Chinese of a work in Traditional characters as zh-Hant, for its font and voice', () => {
		const labels = sourceLabels([
			work('hk', '解放軍成立新的信息支援部隊', '商台新聞 (Commercial Radio Hong Kong)', '2024', 'zh-Hant'),
			work('bj', '中华人民共和国网络安全法', '新华社', '2016', 'zh'),
		] as Source[]);
		expect(labels.get('hk')?.chineseLang).toBe('zh-Hant');
		expect(labels.get('bj')?.chineseLang).toBe('zh-Hans');
	});

	it('cuts a title short, marked as cut, never on a little word, nor one word before its end, and without the publisher’s own name', () => {
		const labels = sourceLabels([
			work('w1', 'Ministry of Industry and Information Technology', 'Wikipedia'),
			work('w2', 'Computer emergency response team', 'Wikipedia'),
			work('p1', 'People’s Daily Online report on the draft rules', 'People’s Daily Online (en.people.cn)'),
			work('p2', 'Ministry of Public Security (profile)', 'People’s Daily Online (en.people.cn)'),
			work('m1', 'Time Will Tell: Perspectives Of Network Data Security Risk Assessment', 'Mondaq'),
			work('m2', 'Key Points of China’s Cybersecurity Law Amendments', 'Mondaq'),
		] as Source[]);
		expect(labels.get('w1')).toMatchObject({ text: 'Wikipedia, Ministry of Industry', cut: true });
		expect(labels.get('w2')).toEqual({
			text: 'Wikipedia, Computer emergency response team',
			publisher: 'Wikipedia',
			chineseLang: 'zh-Hans',
			detail: 'Computer emergency response team',
		});
		expect(labels.get('p1')?.text).toBe('People’s Daily Online, report on the draft rules');
		expect(labels.get('p2')).toMatchObject({ text: 'People’s Daily Online, Ministry of Public', cut: true });
		// A main title before its subtitle is whole, not cut.
		expect(labels.get('m1')?.cut).toBeUndefined();
		expect(labels.get('m1')?.text).toBe('Mondaq, Time Will Tell');
		expect(labels.get('m2')).toMatchObject({ text: 'Mondaq, Key Points of China’s', cut: true });
	});

	it('gathers the works of one citation under each publisher once, in order of first mention, each work once', () => {
		const labels = sourceLabels([
			work('w1', 'Cyberspace Administration of China', 'Wikipedia'),
			work('w2', 'Central Cyberspace Affairs Commission', 'Wikipedia'),
			work('clp', 'Regulations for the Administration of Network Data Security', 'China Law & Practice', '2024'),
			work('order-147', 'Order No. 147'),
		] as Source[]);
		expect(groupByPublisher(['w1', 'clp', 'w2', 'w1', 'order-147'], labels)).toEqual([
			{ publisher: 'Wikipedia', ids: ['w1', 'w2'] },
			{ publisher: 'China Law & Practice', ids: ['clp'] },
			{ publisher: labels.get('order-147')!.publisher, ids: ['order-147'] },
		]);
	});
});
