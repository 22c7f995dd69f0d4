import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { answer, knownWord } from '../../src/search/answers';
import { nameEntryOf, namesInText, vocabularyOf, wordsOfEntries, type NamesIndex } from '../../src/search/names';
import { planSearch } from '../../src/search/plan';
import { chineseQuestion, datePhrases, quantities, queryWords, tokenize } from '../../src/search/query';
import type { Credits } from '../../src/site/credits';
import { contentPagePaths, printPage, sitePages } from '../../src/site/site-pages';

// The names index of the real glossary, as /search-names.json is built (src/pages/search-names.json.ts).
const model = loadContent(fileURLToPath(new URL('../../content', import.meta.url)));
const factsOf = (id: string) => [...model.facts.values()].filter((f) => f.value.rule === id).map((f) => f.value.value);
const entries = [...model.glossary.values()].map(({ value: { id, ...t } }) => nameEntryOf(id, t, factsOf(id)));
const index: NamesIndex = {
	pages: 39,
	entries,
	words: [
		...vocabularyOf(['Standards and the right to speak', 'Finding and placing talent']),
		...namesInText([
			...[...model.sections, ...model.glossary.values(), ...model.pages].map((e) => e.value.body),
			...model.timeline.map((e) => `${e.value.title}. ${e.value.description}`),
		]),
	].filter((w) => !wordsOfEntries(entries).includes(w)),
	analysisAuthor: ['dakota', 'cary'],
	bookSections: [],
	// The real records of src/site/site-pages.ts and content/pages/, as the names index is built.
	sitePages: [
		...Object.values(sitePages({ chapters: 'chapter 5' } as Credits)),
		...model.pages.flatMap(({ value: p }) =>
			contentPagePaths[p.id]
				? [{ path: contentPagePaths[p.id]!, title: p.title, description: p.summary, askedAs: p.askedAs, askedAsAt: p.askedAsAt }]
				: [],
		),
		printPage({ id: 'chapter-5', number: 5, titleEn: 'Chapter 5' }),
	],
};
const ask = (q: string) => answer(q, index);
const ids = (q: string) => ask(q).named.map((m) => m.entry.id);

describe('one reading of a query (search-query)', () => {
	it('splits words, quoted phrases and Chinese, and marks question and stop words', () => {
		const tokens = tokenize('What are the CAC’s “legal weapons” under 网络安全法?');
		expect(tokens.map((t) => [t.norm, t.stop, t.phrase ?? null])).toEqual([
			['what', true, null],
			['are', true, null],
			['the', true, null],
			['cac', false, null],
			['legal', false, 0],
			['weapons', false, 0],
			['under', true, null],
			['网络安全法', false, null],
		]);
		expect(queryWords('how fast must companies report a cyber incident?')).toEqual(['companies', 'report', 'cyber', 'incident']);
		// "US" and "U.S." in capitals name the country; "us" in small letters, or in a query typed all in capitals, is the pronoun.
		expect(queryWords('US incident reporting rules')).toEqual(['us', 'incident', 'reporting', 'rules']);
		expect(queryWords('how do U.S. rules compare')).toEqual(['us', 'rules', 'compare']);
		expect(queryWords('tell us about fines')).toEqual(['fines']);
		expect(queryWords('WHO IS IN CHARGE OF CII')).toEqual(['charge', 'cii']);
		// A date in figures is read as the site writes dates, in words; what is no real date is left as typed.
		const norms = (q: string) => tokenize(q).map((t) => t.norm);
		expect(norms('2017-06-01')).toEqual(['1', 'june', '2017']);
		expect(norms('2021/9/1 rules')).toEqual(['1', 'september', '2021', 'rules']);
		expect(norms('2017年6月1日')).toEqual(['1', 'june', '2017']);
		expect(norms('2025年11月 事件')).toEqual(['november', '2025', '事件']);
		expect(norms('2014年')).toEqual(['2014']);
		expect(norms('2017-2018')).toEqual(['2017-2018']);
		expect(norms('2017-13-01')).toEqual(['2017-13-01']);
		// A query of nothing but stop words still searches for them.
		expect(queryWords('what is it')).toEqual(['what', 'is', 'it']);
	});

	it('reads quantities as exact phrases in every form the site writes them, never as a bare digit', () => {
		const [hour] = quantities(tokenize('1 hour'));
		expect(hour).toMatchObject({ label: '1 hour', rankBy: 'one hour' });
		expect(hour!.phrases).toEqual(expect.arrayContaining(['1 hour', 'one hour', 'one-hour']));
		expect(hour!.phrases).not.toContain('1-hour');
		expect(quantities(tokenize('72 hours'))[0]!.phrases).toEqual(['72 hours']);
		// A deadline of a day or two is quoted in hours as often as in days.
		expect(quantities(tokenize('48 hours'))[0]!.phrases).toEqual(['48 hours', '2 days', 'two days', 'two-day']);
		expect(quantities(tokenize('one day'))[0]!.phrases).toEqual(expect.arrayContaining(['1 day', '24 hours']));
		expect(quantities(tokenize('fines of RMB 10 million'))[0]!.phrases).toEqual(
			expect.arrayContaining(['RMB 10 million', 'RMB ten million', '10 million yuan']),
		);
		expect(quantities(tokenize('the 2021 rules'))).toEqual([]);
	});
});

describe('dates in words (search-query)', () => {
	const dates = (q: string) => datePhrases(tokenize(q)).map((d) => d.label);

	it('reads a date as the site writes it, in any order, and “May” beside a day or a year as the month', () => {
		expect(dates('what happened on 20 August 2021')).toEqual(['20 August 2021']);
		expect(dates('August 20, 2021')).toEqual(['20 August 2021']);
		expect(dates('20th August 2021')).toEqual(['20 August 2021']);
		expect(dates('2021-08-20')).toEqual(['20 August 2021']);
		expect(dates('what happened in may 2025')).toEqual(['May 2025']);
		expect(dates('1 May 2025')).toEqual(['1 May 2025']);
		expect(dates('companies may report')).toEqual([]);
		expect(tokenize('companies may report')[1]!.stop).toBe(true);
		expect(dates('2021')).toEqual([]);
	});

	it('looks a date up as one phrase, not as a day that is also the start of a year', () => {
		expect(planSearch(ask('what happened on 20 August 2021')).terms.map((t) => t.searches)).toEqual([['"20 August 2021"']]);
	});
});

describe('the entries a query names (search-answers)', () => {
	it('finds names, abbreviations and aliases inside questions, the longest first', () => {
		expect(ids('who enforces the cybersecurity law?')).toEqual(['cybersecurity-law']);
		expect(ids('what does MLPS stand for')).toEqual(['mlps']);
		expect(ids('Cyberspace Administration of China fines')).toEqual(['cac']);
		expect(ids('what do the CII Regulations require')).toEqual(['cii-regulations']);
		expect(ids('what is the right to speak')).toEqual(['discourse-power']);
		expect(ids('what is a cyber superpower')).toEqual(['cyber-powerhouse']);
	});

	it('names a rule whose name ends in regulations, measures or provisions by “rules” too, as readers do', () => {
		expect(ids('who issued the vulnerability disclosure rules')).toEqual(['vulnerability-regulations-2021']);
		expect(ids('CII rules')).toEqual(['cii-regulations']);
		expect(ids('cybersecurity review rules')).toEqual(['cybersecurity-review']);
		// Named as the rule is, the match is no misspelling to correct ("Did you mean").
		expect(ask('CII rules').named[0]?.how).toBe('name');
	});

	it('finds Chinese names inside longer Chinese, and the end of a name', () => {
		expect(ids('网络安全法 罚款')).toEqual(['cybersecurity-law']);
		expect(ids('国家网信办发布')).toEqual(['cac']);
		expect(ids('等级保护')).toEqual(['mlps']);
		// A draft's name ends in brackets: the run keeps them, so the draft is named, not the final rules.
		expect(ids('网络安全事件报告管理办法（征求意见稿）')).toEqual(['incident-reporting-draft-2023']);
	});

	it('finds a name of any length, the longest first: every name and pinyin of the glossary, typed whole, names its entry alone', () => {
		for (const e of entries) {
			for (const n of e.names) expect(ids(n), n).toEqual(expect.arrayContaining([e.id]));
			for (const z of e.zh) expect(ids(z.pinyin.replace(/\|/g, ' ')), z.pinyin).toEqual([e.id]);
		}
		// 15 words, and 22 syllables with MIIT's own name at their start.
		expect(ids('An Introduction to General Secretary Xi Jinping’s Important Thought on Building China’s Strength in Cyberspace')).toEqual([
			'cyber-powerhouse-book',
		]);
	});

	it('names the entry a misspelt name is corrected to, not a shorter name inside it', () => {
		const a = ask('miit cybresecurity threat and vulnerability information sharing platform');
		expect(a.didYouMean?.entry?.id).toBe('miit-vulnerability-platform');
		expect(a.named).toEqual([]);
	});

	it('finds every Chinese name and short form by toneless pinyin, with or without spaces', () => {
		expect(ids('wangxinban')).toEqual(['cac']);
		expect(ids('wang xin ban')).toEqual(['cac']);
		expect(ids('Guojia Hulianwang Xinxi Bangongshi')).toEqual(['cac']);
		expect(ids('dengbao')).toEqual(['mlps']);
		expect(ids('dengji baohu')).toEqual(['mlps']);
		expect(ids('gongxinbu')).toEqual(['miit']);
		expect(ids('wǎngluò qiángguó')).toEqual(['cyber-powerhouse']);
		expect(ids('wangluo anquan fa')).toEqual(['cybersecurity-law']);
		for (const e of entries) for (const z of e.zh) expect(ids(z.pinyin.replace(/[ |]/g, '')), `${z.text} ${z.pinyin}`).toContain(e.id);
	});

	it('reads pinyin of part of a Chinese name as the characters it spells, which the pages have', () => {
		expect(ask('shuju chujing').spelled).toEqual([{ start: 0, end: 2, han: '数据出境' }]);
		expect(ask('shujuchujing rules').spelled).toEqual([{ start: 0, end: 1, han: '数据出境' }]);
		expect(ask('loudong').spelled).toEqual([{ start: 0, end: 1, han: '漏洞' }]);
		// Not a word the site uses in English, nor a name already read.
		expect(ask('china data').spelled).toEqual([]);
		// Whole words of the name only: 化委 is the end of 信息化 and the start of 委员会.
		expect(ask('huawei').spelled).toEqual([]);
		expect(ask('huawei').entries).toEqual([]);
		expect(ask('wangluo anquan fa').spelled).toEqual([]);
		expect(ask('shuju chujing').didYouMean).toBeUndefined();
		expect(planSearch(ask('shuju chujing')).terms.map((t) => t.searches)).toEqual([['数据出境']]);
	});

	it('offers “Did you mean …?” for a misspelt word or name, and not for a word the site uses', () => {
		expect(ask('cybersecurty').didYouMean).toEqual({ query: 'cybersecurity' });
		expect(ask('Cyberspace Adminstration').didYouMean?.entry?.id).toBe('cac');
		expect(ask('Cyber Security Law').didYouMean?.entry?.id).toBe('cybersecurity-law');
		// Two letters typed the wrong way round, the commonest slip.
		expect(ask('cybersecurity reveiw').didYouMean).toMatchObject({ query: 'cybersecurity review', entry: { id: 'cybersecurity-review' } });
		expect(ask('who enforces the cybersecurity law').didYouMean).toBeUndefined();
		expect(ask('vulnerabilities').didYouMean).toBeUndefined();
		// Corrected words that begin two names name the shorter, as the same words typed right do.
		expect(ask('personel information protection').didYouMean?.entry?.id).toBe('pipl');
		expect(ask('personal information protection').begins?.id).toBe('pipl');
	});

	it('corrects a misspelt name that only the pages’ text uses, and looks up the typed word only if the site has it', () => {
		// Schools, places and people that no entry or heading names: "Xidian" is only in the list of schools.
		expect(ask('Xidain university').didYouMean).toEqual({ query: 'xidian university' });
		expect(ask('Beihnag').didYouMean).toEqual({ query: 'beihang' });
		// Pagefind would find the longest start of "Beihnag" that some word has ("be"): the client asks first.
		expect(planSearch(ask('Beihnag')).terms).toEqual([
			expect.objectContaining({ label: 'beihang', searches: ['Beihnag', 'beihang'], misspelt: 'Beihnag' }),
		]);
		expect(planSearch(ask('beihang')).terms[0]?.misspelt).toBeUndefined();
		// A name is written with a capital inside a sentence, and never in lower case: not "Cary" and
		// "Whatever", which start sentences here, nor "Reader", nor a tag's or an address's words.
		const names = namesInText([
			'Cary lists Xidian University and [Beihang](https://example.org/Beihang). Whatever the case, <Fact id="Ignored" /> a Reader reads.',
			'Looking ahead, he is looking at the reader.',
		]);
		expect(names).toEqual(['beihang', 'university', 'xidian']);
	});

	it('says when a law or body has no entry, and names the nearest ones', () => {
		const nsl = ask('National Security Law').uncovered;
		expect(nsl?.phrase).toBe('National Security Law');
		expect(nsl?.nearest.map((e) => e.id)).toContain('data-security-law');
		expect(ask('what does the Ministry of State Security do').uncovered?.nearest.map((e) => e.id)).toContain('ministry-of-public-security');
		for (const covered of [
			'Cybersecurity Law in force',
			'Data Security Law',
			'Ministry of Public Security',
			'law',
			'PIPL law',
			'Cyber Security Law',
		])
			expect(ask(covered).uncovered, covered).toBeUndefined();
	});

	it('answers as the reader types, and ranks the entry a query begins', () => {
		expect(ask('cyberspace adm').entries[0]?.id).toBe('cac');
		expect(ask('vulnerab').entries.map((e) => e.id)).toEqual(
			expect.arrayContaining(['vulnerability-regulations-2021', 'miit-vulnerability-platform']),
		);
		expect(ask('wangxin').entries[0]?.id).toBe('cac');
		expect(ask('cyber security').begins?.id).toBe('cybersecurity-law');
	});
});

describe('a question that asks for a body (search-query)', () => {
	it('reads "which body" and "which ministry" as "who", looks neither word up, and looks "passed" up as the site’s "adopted"', () => {
		const plan = planSearch(ask('which body passed the data security law'));
		expect(plan.actor).toBe(true);
		expect(plan.terms.map((t) => t.label)).not.toContain('body');
		expect(plan.terms.find((t) => t.label === 'passed')?.searches).toContain('adopted');
		expect(planSearch(ask('which ministry oversees telecoms')).actor).toBe(true);
		expect(planSearch(ask('which law sets the fines')).actor).toBeUndefined();
	});
});

describe('a question asked in Chinese (search-query)', () => {
	it('names what its pieces name, frames it by its question words, and looks its verbs up as the timeline’s English', () => {
		const a = ask('数据安全法什么时候实施');
		expect(a.named.map((m) => m.entry.id)).toEqual(['data-security-law']);
		const plan = planSearch(a);
		expect(plan.figure).toBe('date');
		expect(plan.terms.map((t) => t.searches)).toEqual([['数据安全法'], ['effective', 'force']]);
		expect(planSearch(ask('网信办什么时候成立')).terms.map((t) => t.searches)).toEqual([['网信办'], ['founded', 'set', 'formed']]);
		expect(planSearch(ask('谁负责数据出境安全评估')).actor).toBe(true);
		expect(chineseQuestion('个人信息出境的罚款是多少').words).toEqual(['fines']);
		// 修改 (amend), the word of the 2025 decision, is the pages' "amendment".
		expect(planSearch(ask('网络安全法修改')).terms.map((t) => t.searches)).toEqual([['网络安全法'], ['amendment']]);
		expect(chineseQuestion('网络安全法修正').words).toEqual(['amendment']);
	});

	it('reads a run that asks nothing as typed, and no Chinese name of the glossary as a question', () => {
		expect(planSearch(ask('等级保护')).terms.map((t) => t.searches)).toEqual([['等级保护']]);
		for (const e of entries) for (const z of e.zh) expect(chineseQuestion(z.text).asks, z.text).toBe(false);
	});
});

describe('the site’s own pages a query names (search-site-pages)', () => {
	const pagesOf = (q: string) => ask(q).pages.map((p) => p.path);

	it('names a page by the words readers use for it, question words and “this site” aside, plurals or not', () => {
		expect(pagesOf('sources')).toEqual(['sources/']);
		expect(pagesOf('Where are the sources?')).toEqual(['sources/']);
		expect(pagesOf('bibliography')).toEqual(['sources/']);
		expect(pagesOf('lesson plan')).toEqual(['teach/']);
		expect(pagesOf('lesson plans for teachers')).toEqual(['teach/']);
		expect(pagesOf('how to cite this site')).toEqual(['about/#how-to-cite-this-site']);
		expect(pagesOf('license')).toEqual(['about/#licenses']);
		expect(pagesOf('what is this site about')).toEqual(['about/']);
		expect(pagesOf('who’s who')).toEqual(['map/']);
		expect(pagesOf('what’s new')).toEqual(['changes/']);
		expect(pagesOf('download data')).toEqual(['data/']);
		expect(pagesOf('download pdf')).toEqual(['chapter-5/print/']);
		// Two words of which one names another page's topic ("timeline", "chapter", "agencies", "list").
		expect(pagesOf('download the timeline')).toEqual(['data/']);
		expect(pagesOf('calendar file')).toEqual(['data/']);
		expect(pagesOf('printable chapter')).toEqual(['chapter-5/print/']);
		expect(pagesOf('map of agencies')).toEqual(['map/']);
		expect(pagesOf('sources list')).toEqual(['sources/']);
		// A phrase holds its words with other question or stop words between them.
		expect(pagesOf('handout for students')).toEqual(['teach/']);
		expect(pagesOf('a handout for my students')).toEqual(['teach/']);
	});

	it('names none when the query asks about a topic too, or only shares a topic word', () => {
		for (const q of [
			'sources of the PIPL',
			// Words the chapter also uses as topics: the schools that teach cybersecurity ("World-Class"), its questions.
			'teaching',
			'students',
			'class',
			'lessons',
			'data',
			'agency',
			'what is the CAC about',
			'what was new in 2024',
			'who wrote the analysis',
			'网络安全法',
			'print media law',
		])
			expect(pagesOf(q), q).toEqual([]);
	});

	it('reads no word of a page named as a typo, and corrects a misspelt one', () => {
		expect(ask('syllabus').didYouMean).toBeUndefined();
		expect(ask('bibliografy').didYouMean?.query).toBe('bibliography');
	});
});

describe('entries readers ask for by what they call them (search-asked-for)', () => {
	const askedFor = (q: string) => ask(q).asked.map((e) => e.id);

	it('opens the CAC’s book for “the book” alone, and for who wrote or published it', () => {
		for (const q of [
			'book',
			'the book',
			'Who wrote the book?',
			'who published the book',
			'author of the book',
			'which book',
			'the CAC’s book',
		])
			expect(askedFor(q), q).toEqual(['cyber-powerhouse-book']);
		// A name inside the phrase is part of it: "the CAC's book" asks for the book, not the CAC.
		expect(ids('the CAC’s book')).toEqual([]);
		// Instant answers list it as the reader types, as they list an entry named.
		expect(ask('who wrote the book').entries.map((e) => e.id)[0]).toBe('cyber-powerhouse-book');
	});

	it('opens CNCERT/CC for China’s national CERT, which the CERT entry (a concept) would answer by name', () => {
		for (const q of ['China’s national CERT', 'national CERT of China', 'chinese cert']) expect(askedFor(q), q).toEqual(['cncert']);
		expect(ids('CERT')).toEqual(['cert']);
	});

	it('asks for no entry when the query asks about a topic too', () => {
		for (const q of [
			'what does the book say about talent',
			'book review',
			'the analysis',
			'who wrote the analysis',
			'书',
			'CAC book fines',
		])
			expect(askedFor(q), q).toEqual([]);
		expect(ids('CAC book fines')).toEqual(['cac']);
	});
});

describe('the rules whose key facts state a quantity asked for', () => {
	const stating = (q: string) => ask(q).stating.map((e) => e.id);

	it('finds the rules that set a deadline, in any form the query writes it, and nothing for a query without one', () => {
		const oneHour = [...model.facts.values()].filter((f) => f.value.value === '1 hour').map((f) => f.value.rule);
		expect(oneHour.length).toBeGreaterThan(0);
		expect(stating('1 hour').sort()).toEqual([...new Set(oneHour)].sort());
		expect(stating('within one hour').sort()).toEqual([...new Set(oneHour)].sort());
		expect(stating('how fast must incidents be reported')).toEqual([]);
	});

	it('matches whole figures only: "1 hour" never finds "11 hours", nor "RMB 10,000" a range that starts "RMB 100,000"', () => {
		const index: NamesIndex = {
			pages: 1,
			words: [],
			analysisAuthor: [],
			bookSections: [],
			sitePages: [],
			entries: [
				{ ...entries[0]!, id: 'a', facts: ['11 hours'] },
				{ ...entries[0]!, id: 'b', facts: ['RMB 100,000–1,000,000'] },
				{ ...entries[0]!, id: 'c', facts: ['up to RMB 10 million', '1 hour'] },
			],
		};
		expect(answer('1 hour', index).stating.map((e) => e.id)).toEqual(['c']);
		expect(answer('RMB 10,000', index).stating.map((e) => e.id)).toEqual([]);
		expect(answer('RMB 10 million', index).stating.map((e) => e.id)).toEqual(['c']);
	});
});

describe('what is looked up (search-plan)', () => {
	const plan = (q: string) => planSearch(ask(q), (w) => knownWord(index, w));

	it('looks up names, quantities, phrases and telling words, each on its own', () => {
		expect(plan('what are the fines under the cybersecurity law').terms.map((t) => t.searches)).toEqual([
			['fines', 'penalties'],
			['cybersecurity law'],
		]);
		expect(plan('cyber security').terms.map((t) => t.searches)).toEqual([['cybersecurity']]);
		expect(plan('wangxinban').terms.map((t) => t.searches)).toEqual([['CAC']]);
		expect(plan('"legal weapons" 1 hour').terms.map((t) => t.label)).toEqual(['"legal weapons"', '1 hour']);
		// 罚款 (fines) is asked of the law the run names: the English pages say "fines".
		expect(plan('网络安全法罚款').terms.map((t) => t.searches)).toEqual([['网络安全法'], ['fines', 'penalties']]);
		expect(plan('中华人民共和国网络安全法罚款').terms.map((t) => t.searches)).toEqual([
			['中华人民共和国网络安全法'],
			['fines', 'penalties'],
		]);
		expect(plan('中华人民共和国网络安全法条文').terms.map((t) => t.searches)).toEqual([['中华人民共和国网络安全法条文'], ['条文']]);
		expect(plan('cybersecurty').terms.map((t) => t.searches)).toEqual([['cybersecurty', 'cybersecurity']]);
	});

	it('counts a name as typed in the query’s phrase, at its last word, so a heading that holds name and words is found whole', () => {
		const places = (q: string) => plan(q).terms.map((t) => [t.label, t.place]);
		expect(places('the cybersecurity law and its fines')).toEqual([
			['cybersecurity law', 2],
			['fines', 5],
		]);
		// Found by its pinyin, a name is not the words typed: the pages do not have them in a row.
		expect(places('wangxinban fines')).toEqual([
			['wangxinban', undefined],
			['fines', 1],
		]);
	});

	it('looks up a rule “passed” or a body “founded” in a “when” question as the timeline’s words for it, and only there', () => {
		const searchesFor = (q: string, word: string) => plan(q).terms.find((t) => t.label === word)?.searches;
		expect(searchesFor('when was the data security law passed', 'passed')).toEqual([
			'passed',
			'adopted',
			'promulgated',
			'issued',
			'signed',
		]);
		expect(searchesFor('what year were the vulnerability rules issued', 'issued')).toEqual(['issued', 'adopted', 'promulgated', 'signed']);
		expect(searchesFor('who must pass a cybersecurity review', 'pass')).toEqual(['pass']);
		// A body "founded", "established" or "created" is one the site says was "set up" or "formed".
		expect(searchesFor('when was the CAC founded', 'founded')).toEqual(['founded', 'set', 'formed']);
		expect(searchesFor('when was MIIT formed', 'formed')).toEqual(['formed', 'set']);
		expect(searchesFor('CAC founded', 'founded')).toEqual(['founded']);
		// A rule that "started" or became "effective" is one the timeline says is "in force".
		expect(searchesFor('what year did the vulnerability rules start', 'start')).toEqual(['start', 'force']);
		expect(searchesFor('when will the network data regulations apply', 'apply')).toEqual(['apply', 'force']);
		// A platform "launched" is one the timeline says "goes live".
		expect(searchesFor('when was the vulnerability platform launched', 'launched')).toEqual(['launched', 'live']);
		expect(plan('when did the incident measures become effective').terms.map((t) => t.label)).toEqual([
			'incident',
			'measures',
			'effective',
		]);
	});

	it('reads a text that “came out” or was “put out” as the timeline’s “published” or “released”, never as “out”', () => {
		const looked = (q: string) => plan(q).terms.map((t) => t.searches);
		// As typed, "out" found "outbound" in an export rule's name, and the timeline linked its event.
		expect(looked('when did the book come out')).toEqual([['book'], ['published', 'released']]);
		expect(looked('when was the draft released')).toEqual([['draft'], ['released', 'published']]);
		// "Put" only says how it came out.
		expect(looked('when did the CAC put out the draft')).toEqual([expect.anything(), ['published', 'released'], ['draft']]);
		// Not a date asked: "out" is a word like any other.
		expect(looked('opt out of data sharing')[1]).toEqual(['out']);
	});

	it('looks up “penalties” as the pages’ “fines” too, and the other way round', () => {
		const searchesFor = (q: string, word: string) => plan(q).terms.find((t) => t.label === word)?.searches;
		expect(searchesFor('penalties personal information', 'penalties')).toEqual(['penalties', 'fines']);
		expect(searchesFor('fines under the pipl', 'fines')).toEqual(['fines', 'penalties']);
		expect(searchesFor('"penalties"', '"penalties"')).toEqual(['"penalties"']);
		// In a "when" question too, where "passed" also gets the timeline's words.
		expect(searchesFor('when did the fines start', 'fines')).toEqual(['fines', 'penalties']);
		// The analysis' "main argument" is what the overview calls its central claim; "main" tells no page from another.
		expect(searchesFor('what is the main argument of the analysis', 'argument')).toEqual(['argument', 'claim']);
		expect(queryWords('the main argument')).toEqual(['argument']);
		expect(queryWords('fines too small')).toEqual(['fines', 'small']);
		// A reader's "hacks" and "bugs" are the pages' incidents and flaws.
		expect(searchesFor('does china require companies to report hacks', 'hacks')).toEqual(['hacks', 'incidents']);
		expect(searchesFor('software bugs', 'bugs')).toEqual(['bugs', 'flaws']);
		// "Vendors" who must report flaws are what the pages call the products' makers.
		expect(searchesFor('how long do vendors have to report vulnerabilities', 'vendors')).toEqual(['vendors', 'makers']);
		// A fine's share of "turnover" is what the pages call revenue.
		expect(searchesFor('5% of turnover', 'turnover')).toEqual(['turnover', 'revenue']);
		// What "changed" in a law is what the pages call its amendment.
		expect(searchesFor('what changed in the cybersecurity law in 2025', 'changed')).toEqual(['changed', 'amended']);
		expect(searchesFor('changes to the cybersecurity law', 'changes')).toEqual(['changes', 'amendments']);
		// "PI" is spelt out on the pages, and looked up as the phrase.
		expect(searchesFor('when were the pi certification measures signed', 'pi')).toEqual(['pi', '"personal information"']);
	});

	it('corrects a misspelt question word, and does not look it up, as it does not look the word up', () => {
		expect(ask('what happend in 2021').didYouMean?.query).toBe('what happened in 2021');
		expect(plan('what happend in 2021').terms.map((t) => t.label)).toEqual(['2021']);
		// Alone, a word is never corrected to a question word.
		expect(ask('abort').didYouMean).toBeUndefined();
		// Only a long word with a letter left out or doubled: "small" is not "shall", though the site's
		// words, which are no dictionary, lack it.
		expect(plan('what did Cary say about small fines').terms.map((t) => t.label)).toEqual(['Cary', 'small', 'fines']);
	});

	it('reads a chapter’s number as which text is asked about, not as a word to look for, when something else is asked', () => {
		expect(plan('what does chapter 5 say about talent').terms.map((t) => t.label)).toEqual(['chapter', 'talent']);
		expect(plan('what does the fifth chapter say about standards').terms.map((t) => t.label)).toEqual(['chapter', 'standards']);
		expect(plan('chapter 5').terms.map((t) => t.label)).toEqual(['chapter', '5']);
	});

	it('answers a book section the site covers by its page, and looks up the words of one it does not', () => {
		const covers = (asked: { section: number }) => asked.section <= 4;
		const withSections = (q: string) => planSearch(ask(q), (w) => knownWord(index, w), covers);
		expect(withSections('section 3')).toMatchObject({ terms: [], bookSection: { section: 3 } });
		expect(withSections('what does section 1 say about talent').terms.map((t) => t.label)).toEqual(['talent']);
		expect(withSections('section 9')).toMatchObject({ terms: [{ label: 'section' }, { label: '9' }] });
		expect(withSections('section 9').bookSection).toBeUndefined();
	});

	it('keeps a name typed as a narrower form of the entry’s shorter one (“MLPS 2.0”), and only then', () => {
		const named = (q: string) => plan(q).terms.find((t) => t.names);
		expect(named('when did mlps 2.0 take effect')).toMatchObject({ narrower: 'mlps 2.0' });
		expect(named('when did mlps take effect')?.narrower).toBeUndefined();
		expect(named('PIPL fines')?.narrower).toBeUndefined();
	});

	it('marks “deadline” as a word the figure asked for answers, and looks it up as the units deadlines are given in too', () => {
		const deadline = plan('incident reporting deadline').terms.find((t) => t.label === 'deadline');
		expect(deadline).toMatchObject({ searches: ['deadline', 'hours', 'days', 'minutes'], namesFigure: true });
		expect(plan('"deadline"').terms[0]!.searches).toEqual(['"deadline"']);
		expect(plan('incident reporting').terms.some((t) => t.namesFigure)).toBe(false);
	});

	it('asks for a date when a named rule is “in force” or “took effect”, and not when no rule is named', () => {
		expect(['Cybersecurity Law in force', 'data security law took effect', 'PIPL effective'].map((q) => plan(q).figure)).toEqual([
			'date',
			'date',
			'date',
		]);
		// What applies now, not when anything started.
		expect(['which rules are in force', 'what is in force now'].map((q) => plan(q).figure)).toEqual([undefined, undefined]);
	});

	it('highlights what decides the results, not the question words', () => {
		expect(plan('how fast must companies report a cyber incident').highlight).toBe('companies report cyber incident');
	});
});
