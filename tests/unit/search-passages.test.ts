import { describe, expect, it } from 'vitest';
import { APPARATUS_MARKER, PASSAGE_MARKER, ROW_MARKER, SECTION_END, TABLE_MARKER } from '../../src/search/model';
import { figureSpots, findPassages, nameSpots, pageWords, type Anchor } from '../../src/search/passages';
import { asksWhenStarted, questionFrame, tokenize } from '../../src/search/query';

/**
 * A page as Pagefind stores it: its text, and each anchor at the word it starts. Built from parts
 * so the word positions are counted, not typed: [anchor or null, text].
 */
function page(parts: [Omit<Anchor, 'location'> | null, string][], title = 'Page') {
	const anchors: Anchor[] = [];
	const words: string[] = [];
	for (const [anchor, text] of parts) {
		if (anchor) anchors.push({ ...anchor, location: words.length });
		words.push(...text.split(' '));
	}
	const content = words.join(' ');
	/** The places of the words that start with `prefix`, as Pagefind's match locations. */
	const at = (prefix: string) => pageWords(content).flatMap((w, i) => (w.toLowerCase().startsWith(prefix) ? [i] : []));
	return { text: { content, anchors, title }, at };
}

const heading = (id: string, text: string) => ({ element: 'h2', id, text });
const paragraph = (id: string) => ({ element: PASSAGE_MARKER, id, text: '' });
const takeaway = (id: string) => ({ element: APPARATUS_MARKER, id, text: '' });
const event = (id: string, title: string) => ({ element: 'li', id, text: '', title });
const plain = (excerpt: string) => excerpt.replace(/<\/?mark>/g, '');
const table = (id: string) => ({ element: TABLE_MARKER, id, text: '' });
const row = (id: string, question: string) => ({ element: ROW_MARKER, id, text: question });

describe('where a result lands (search-passages)', () => {
	/** Two /compare/ tables of incident reporting, one of the EU, one of Australia, and one of flaws. */
	const compare = page([
		[null, 'Each table asks the same of each place: who must report, and by what deadline.'],
		[heading('reporting-incidents', 'Reporting incidents'), 'Reporting incidents.'],
		[table('incident-table'), 'Reporting incidents: China beside the EU. Question China EU'],
		[row('incidents-rule', 'The rule'), 'The rule The CAC measures. CIRCIA, as proposed.'],
		[row('incidents-who', 'Who must report'), 'Who must report Network operators. Essential entities.'],
		[row('incidents-to-whom', 'Who receives the report'), 'Who receives the report The CAC in China. The CSIRT in the EU.'],
		[row('incidents-how-fast', 'How fast'), 'How fast Within 1 hour. Within 24 hours. CIRCIA: 72 hours.'],
		[table('incident-table-au'), 'Reporting incidents: Australia. Question Australia'],
		[row('incidents-au-who', 'Who must report'), 'Who must report Responsible entities of the EU kind.'],
		[row('incidents-au-how-fast', 'How fast'), 'How fast Within 12 hours.'],
		[heading('reporting-flaws', 'Reporting flaws'), 'Reporting flaws.'],
		[table('flaw-table'), 'Reporting flaws: China beside the EU. Question China EU'],
		[row('flaws-how-fast', 'How fast'), 'How fast Within 2 days.'],
	]);
	const compareTerms = (...words: string[]) => words.map((w) => ({ weight: 1, locations: compare.at(w) }));
	const asked = (query: string) => tokenize(query).map((t) => t.norm);

	it('on /compare/, lands on the row whose question the query asks, in the table of the places it names', () => {
		const land = (query: string, terms: string[], figure?: 'duration') =>
			findPassages(compare.text, compareTerms(...terms), figure, asked(query)).best.id;
		// Every word of the row's question is in the query ("reports" is "report"; "the" says nothing).
		expect(land('who receives incident reports in the EU', ['incident', 'eu'])).toBe('incidents-to-whom');
		expect(land('how fast must incidents be reported in the EU', ['incident', 'eu'], 'duration')).toBe('incidents-how-fast');
		// Of two rows that ask the same, the one whose table's caption names the place asked about.
		expect(land('how fast must incidents be reported in Australia', ['incident', 'australia'], 'duration')).toBe('incidents-au-how-fast');
		// A deadline asked in other words: the row that shows a duration, in the table the query names.
		expect(land('incident reporting deadline in Australia', ['incident', 'australia', 'deadline'], 'duration')).toBe(
			'incidents-au-how-fast',
		);
		expect(land('reporting flaws deadline in the EU', ['flaws', 'eu', 'deadline'], 'duration')).toBe('flaws-how-fast');
		// A question no row asks chooses no row: the result lands on the table's heading, as before.
		expect(land('incident reporting in the EU', ['incident', 'eu'])).toBe('reporting-incidents');
		// Words that no row's question puts: the row that holds two or more of them, and more than any other row.
		expect(land('CIRCIA 72 hours', ['circia', '72'])).toBe('incidents-how-fast');
		// One word that several rows hold names the rule, not a row: its table's heading.
		expect(land('CIRCIA', ['circia'])).toBe('reporting-incidents');
		// Words the table's caption holds name the table, not one of its rows.
		expect(land('China EU', ['china', 'eu'])).toBe('reporting-incidents');
	});

	it('on /compare/, lands on the table that holds the query rather than on the introduction that names the page', () => {
		const intro =
			'How rules compare. This comparison sets the rules of other places beside China’s on reporting, and the rules of China on reporting beside theirs.';
		const p = page(
			[
				[null, intro],
				[heading('reporting-incidents', 'Incidents'), 'Incidents.'],
				[table('incident-table'), 'China beside the US on reporting. Question China US'],
				[row('incidents-rule', 'The rule'), 'The rule The CAC measures. The SEC rule.'],
				[heading('sending-data', 'Sending data'), 'Sending data.'],
				[table('data-table'), 'China beside the EU. Question China EU'],
				[row('data-rule', 'The rule'), 'The rule Three sets of rules. The GDPR.'],
			],
			'How rules compare',
		);
		const terms = ['china', 'reporting', 'compar', 'us'].map((w) => ({ weight: 1, locations: p.at(w) }));
		expect(findPassages(p.text, terms, undefined, asked('how does China’s reporting compare with the US')).best.id).toBe(
			'reporting-incidents',
		);
		// A query the introduction answers and no table does stays there.
		const others = ['other', 'places'].map((w) => ({ weight: 1, locations: p.at(w) }));
		expect(findPassages(p.text, others, undefined, asked('what other places')).best.id).toBeUndefined();
	});

	it('lands on the paragraph that holds the most of the query, not the first that has one word', () => {
		const p = page([
			[null, 'Intro text about cybersecurity.'],
			[heading('rules', 'Rules'), 'Rules.'],
			[paragraph('p-fines-first'), 'Fines were set in 2016 for many things.'],
			[paragraph('p-fines-small'), 'Cary says the small fines in the law will have to rise.'],
		]);
		const { best, sections } = findPassages(p.text, [
			{ weight: 1, locations: p.at('fines') },
			{ weight: 1.5, locations: p.at('small') },
		]);
		expect(best.id).toBe('p-fines-small');
		expect(best.coverage).toBe(1);
		expect(best.excerpt).toContain('<mark>small</mark> <mark>fines</mark>');
		expect(sections.map((s) => s.id)).toEqual(['rules']);
	});

	it('lands on the event whose run of Chinese holds the part asked for, which Pagefind finds without a place', () => {
		const p = page([
			[null, 'Events in the order they happened.'],
			[event('wuhan-base-agreed', 'Wuhan base agreed'), 'September 2016 Wuhan base agreed.'],
			[
				event('correct-view-2016', 'Xi calls for a correct view'),
				'April 2016 Xi uses the phrase 树立正确的网络安全观, "establish a correct view".',
			],
		]);
		const term = { weight: 1, locations: [] };
		expect(findPassages(p.text, [term]).best.id).toBeUndefined();
		const { best } = findPassages(p.text, [{ ...term, inside: ['网络安全观'] }]);
		expect(best.id).toBe('correct-view-2016');
		// Only the part asked for is marked, not the run of Chinese around it or the comma after it.
		expect(best.excerpt).toContain('树立正确的<mark>网络安全观</mark>, ');
	});

	it('lands on the event that says the word as typed, where another says the word it is also looked up as', () => {
		const p = page([
			[
				event('cii-regs-state-council', 'CII regulations adopted by the State Council'),
				'27 April 2021 CII regulations adopted by the State Council.',
			],
			[event('cii-regs-promulgated', 'CII regulations promulgated'), '30 July 2021 CII regulations promulgated.'],
		]);
		const verbs = [...p.at('adopted'), ...p.at('promulgated')];
		const terms = (typed?: number[]) => [
			{ weight: 1, locations: p.at('cii') },
			{ weight: 1, locations: verbs, ...(typed && { typed }) },
		];
		expect(findPassages(p.text, terms(p.at('promulgated')), 'date').best.id).toBe('cii-regs-promulgated');
		expect(findPassages(p.text, terms(), 'date').best.id).toBe('cii-regs-state-council');
	});

	it('finds a name however its words are spaced or hyphenated', () => {
		const words = pageWords('The CAC drafts data security risk-assessment measures under the Cyber Security Law.');
		expect(nameSpots(words, ['data security risk assessment measures']).size).toBe(4); // "risk-assessment" is one word of the page
		expect(nameSpots(words, ['Cybersecurity Law']).size).toBe(3);
		expect(nameSpots(words, ['security law measures']).size).toBe(0);
	});

	it('marks a section whose heading holds every one of two or more terms as naming the query’s topic, and no other', () => {
		const p = page([
			[null, 'An entry on inspections that mentions openness once.'],
			[heading('openness-in-practice-inspections', 'Openness in practice: inspections'), 'Openness in practice: inspections. Text.'],
			[heading('two-readings', 'Two readings of openness'), 'Two readings of openness. Inspections are one.'],
		]);
		const both = findPassages(p.text, [
			{ weight: 1, locations: p.at('openness') },
			{ weight: 1, locations: p.at('inspections') },
		]);
		expect(both.sections.filter((s) => s.headed).map((s) => s.id)).toEqual(['openness-in-practice-inspections']);
		// One word in a heading is common; only the whole query named is a topic.
		const one = findPassages(p.text, [{ weight: 1, locations: p.at('openness') }]);
		expect(one.sections.some((s) => s.headed)).toBe(false);
	});

	it('reads every part of a named entry’s own page as about it, so its figures answer without repeating its name', () => {
		const p = page([
			[null, 'Cybersecurity Law (CSL). China’s framework cybersecurity statute, in force since 2017.'],
			[heading('key-facts', 'Key facts'), 'Key facts. Ordinary operators: RMB 10,000–100,000 in fines.'],
		]);
		const terms = (ownPage: boolean) => [
			{ weight: 1.5, locations: p.at('cybersecurity'), names: ['Cybersecurity Law', 'CSL'], ...(ownPage && { ownPage }) },
			{ weight: 1, locations: p.at('fines') },
		];
		expect(findPassages(p.text, terms(true), 'money').best.id).toBe('key-facts');
		expect(findPassages(p.text, terms(false), 'money').best.id).toBeUndefined();
	});

	it('lands on the event that says a narrower name as typed (“MLPS 2.0”), not the first that says the entry’s shorter one', () => {
		const p = page([
			[event('mlps-order-147', 'Order No. 147 introduces the MLPS'), '1994. Order No. 147 introduces the MLPS. It takes effect.'],
			[event('mlps2-in-force', 'MLPS 2.0 standards in force'), '2019. MLPS 2.0 standards in force. They take effect.'],
		]);
		const terms = (narrower?: string) => [
			{ weight: 1, locations: p.at('mlps'), names: ['MLPS', 'MLPS 2.0', 'Multi-Level Protection Scheme'], ...(narrower && { narrower }) },
			{ weight: 1, locations: p.at('effect') },
		];
		expect(findPassages(p.text, terms('mlps 2.0'), 'date').best.id).toBe('mlps2-in-force');
		expect(findPassages(p.text, terms(), 'date').best.id).toBe('mlps-order-147');
	});

	it('ranks sections by the query words they hold, a title counting extra, ties in page order', () => {
		const p = page([
			[event('miit-formed', 'MIIT formed'), '2008. MIIT formed. The Ministry of Industry and Information Technology.'],
			[event('csl-adopted', 'Cybersecurity Law adopted'), '2016. Cybersecurity Law adopted. The law is adopted.'],
			[event('csl-in-force', 'Cybersecurity Law in force'), '2017. Cybersecurity Law in force. The law takes effect.'],
			[event('dsl-in-force', 'Data Security Law in force'), '2021. Data Security Law in force. It takes effect.'],
		]);
		const { best, sections } = findPassages(p.text, [
			{ weight: 1, locations: p.at('cybersecurity') },
			{ weight: 1, locations: p.at('law') },
			{ weight: 1, locations: p.at('force') },
		]);
		expect(sections.map((s) => s.id)).toEqual(['csl-in-force', 'csl-adopted', 'dsl-in-force']);
		expect(best).toMatchObject({ id: 'csl-in-force', title: 'Cybersecurity Law in force', event: true });
	});

	it('holds a named entry of several words where a passage uses its name, not wherever Pagefind found one of the words', () => {
		const p = page([
			[event('csl-adopted', 'Cybersecurity Law adopted'), '7 November 2016. Cybersecurity Law adopted. The law is adopted.'],
			[event('dsl-in-force', 'Data Security Law in force'), '1 September 2021. Data Security Law in force. It takes effect.'],
		]);
		// "data security law": Pagefind's word positions of "data", "security" and "law", one by one.
		const loose = [...p.at('data'), ...p.at('security'), ...p.at('law')];
		const { best, sections } = findPassages(p.text, [{ weight: 1.5, locations: loose, names: ['Data Security Law', 'DSL'] }], 'date');
		expect(best.id).toBe('dsl-in-force');
		expect(sections.map((s) => s.id)).toEqual(['dsl-in-force']);
		expect(best.excerpt).toContain('<mark>Data</mark> <mark>Security</mark> <mark>Law</mark>');
		expect(best.excerpt).not.toContain('<mark>It</mark>');
	});

	it('starts an event’s excerpt with its date and title, and shows later matches after a gap', () => {
		const filler = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
		const p = page([[event('amended', 'Law amended'), `28 October 2025. Law amended. ${filler} fines up to RMB 10 million.`]]);
		const { best } = findPassages(p.text, [{ weight: 1, locations: p.at('rmb') }], 'money');
		expect(plain(best.excerpt)).toMatch(/^28 October 2025\. Law amended\. … .*RMB 10 million\.$/);
		expect(best.excerpt).toContain('<mark>RMB</mark> <mark>10</mark> <mark>million</mark>.');
	});

	it('shows and marks the figure a question asks for: the deadline for “how fast”, the first date for “when”', () => {
		const p = page([
			[null, 'Incident rules.'],
			[heading('key-facts', 'Key facts'), 'Key facts. Operators of infrastructure: 1 hour, to the police. Other operators: 4 hours.'],
		]);
		const { best } = findPassages(p.text, [{ weight: 1, locations: p.at('operators') }], 'duration');
		expect(best.id).toBe('key-facts');
		expect(best.excerpt).toContain('<mark>1</mark> <mark>hour</mark>,');
		expect(best.excerpt).toContain('<mark>4</mark> <mark>hours</mark>.');
		const when = page([[event('siio', 'Office announced'), '4 May 2011. Office announced. Renamed in 2014.']]);
		const dated = findPassages(when.text, [{ weight: 1, locations: when.at('office') }], 'date').best.excerpt;
		expect(dated).toContain('<mark>4</mark> <mark>May</mark> <mark>2011</mark>.');
		expect(dated).not.toContain('<mark>2014.</mark>');
	});

	it('never cuts a figure at the end of an excerpt: it shows the whole of it', () => {
		// 24 words of filler after the term put "30" as the excerpt window's last word, "minutes" after it.
		const filler = Array.from({ length: 24 }, (_, i) => `word${i}`).join(' ');
		const p = page([
			[heading('key-facts', 'Key facts'), `Incident ${filler} 30 minutes, after it receives the report. More words follow here.`],
		]);
		const { best } = findPassages(p.text, [{ weight: 1, locations: p.at('incident') }], 'duration');
		expect(best.excerpt).toContain('<mark>30</mark> <mark>minutes</mark>,');
		// Figures that follow each other (a table's cells) are not one: it runs on a few words at most.
		const cells = page([[heading('key-facts', 'Key facts'), `Incident ${filler} 1 hour 2 hours 4 hours 8 hours 16 hours.`]]);
		const run = findPassages(cells.text, [{ weight: 1, locations: cells.at('incident') }], 'duration').best.excerpt;
		expect(plain(run)).toContain('1 hour 2 hours');
		expect(plain(run)).not.toContain('4 hours');
	});

	it('counts a word that names the figure (“deadline”) as held where a passage shows one, so the excerpt shows the deadline', () => {
		const p = page([
			[null, 'Incidents must be reported on a deadline set by who the operator is.'],
			[heading('key-facts', 'Key facts'), 'Key facts. Operators of infrastructure report incidents: 1 hour. Other operators: 4 hours.'],
		]);
		const terms = (namesFigure: boolean) => [
			{ weight: 1, locations: p.at('incident') },
			{ weight: 1, locations: p.at('report') },
			{ weight: 2, locations: p.at('deadline'), ...(namesFigure && { namesFigure }) },
		];
		const { best } = findPassages(p.text, terms(true), 'duration');
		expect(best.id).toBe('key-facts');
		expect(best.excerpt).toContain('<mark>1</mark> <mark>hour</mark>.');
		// As a plain word, "deadline" keeps the reader on the sentence that says it, without the figure.
		expect(findPassages(p.text, terms(false), 'duration').best.id).toBeUndefined();
	});

	it('shows a fact’s value with its label: an excerpt of key facts starts where a fact does, not inside its label', () => {
		// As on the incident measures' entry: the operators' deadlines, then the officials' relays, whose
		// shorter rows put two times in a window that starts inside a label ("… incident: 1 hour").
		const p = page([
			[
				heading('key-facts', 'Key facts'),
				'Key facts. Time to report an incident, operators of critical information infrastructure: 1 hour, to their sector’s protection department and to the police. ' +
					'Time to report an incident, all other operators: 4 hours, to the office in their province. ' +
					'A protection department passing on a “major” incident: 30 minutes, after it receives the report, to the national office. ' +
					'A central department’s cyber office passing on a “major” incident: 1 hour, after it receives the report, to the national office. ' +
					'A provincial office passing on a “major” incident: 1 hour, after it receives the report, to the national office.',
			],
		]);
		const { best } = findPassages(
			p.text,
			[
				{ weight: 1.2, locations: p.at('incident') },
				{ weight: 0.9, locations: p.at('report') },
				{ weight: 1.4, locations: [], namesFigure: true },
			],
			'duration',
		);
		// It starts where a fact does, and holds an operator's time with the words that say whose it is.
		const rows = plain(best.excerpt).replace(/^… /, '');
		expect(rows).toMatch(/^(Time to report an incident|A [^:.]* passing on)/);
		expect(rows).toMatch(/Time to report an incident, [^:.]*: \d+ hours?/);
	});

	it('lands on a summary only for want of a passage: a takeaway counts less than the paragraph it sums up', () => {
		const p = page([
			[heading('review', 'Review'), 'Review.'],
			[paragraph('p-cary-finds'), 'Cary finds the small fines too low.'],
			[heading('key-takeaways', 'Key takeaways'), 'Key takeaways.'],
			[takeaway('p-cary-judged'), 'Cary judged the small fines too low.'],
		]);
		const terms = [
			{ weight: 1, locations: p.at('small') },
			{ weight: 1, locations: p.at('fines') },
		];
		expect(findPassages(p.text, terms).best.id).toBe('p-cary-finds');
		expect(findPassages(p.text, terms).sections.map((s) => s.id)).toEqual(['review', 'key-takeaways']);
	});

	it('ends a section where its <section> ended, so an entry’s prose is not read as its “Key facts”', () => {
		const p = page([
			[null, 'Entry. Definition.'],
			[heading('key-facts', 'Key facts'), 'Key facts. Deadline: 1 hour.'],
			[{ element: 'i', id: SECTION_END, text: '' }, 'The prose says fines are small.'],
		]);
		const { best, sections } = findPassages(p.text, [{ weight: 1, locations: p.at('fines') }]);
		expect(sections).toEqual([]);
		expect(best.id).toBeUndefined();
		expect(best.title).toBe('Page');
	});

	it('counts an entry the query names wherever the page uses any of its names, and a passage naming none for half', () => {
		const p = page([
			[
				event('pipl-adopted', 'Personal Information Protection Law adopted'),
				'20 August 2021. Personal Information Protection Law adopted.',
			],
			[event('dsl-adopted', 'Data Security Law adopted'), '10 June 2021. Data Security Law adopted.'],
		]);
		const { best } = findPassages(p.text, [
			{ weight: 1.5, locations: [], names: ['Personal Information Protection Law', 'PIPL'] },
			{ weight: 1, locations: p.at('adopted') },
		]);
		expect(best.id).toBe('pipl-adopted');
		expect(best.coverage).toBe(1);
		// Marked: what was typed and found, not the other names.
		expect(best.excerpt).not.toContain('<mark>Personal</mark>');
		expect(best.excerpt).toContain('<mark>adopted</mark>.');
		expect([...nameSpots(['the', 'PIPL’s', 'fines', '个人信息保护法规定'], ['PIPL', '个人信息保护法'])]).toEqual([1, 3]);
	});

	it('finds figures of each kind, never a year as a count', () => {
		const words = pageWords('On 1 June 2017 fines of RMB 10 million and a one-hour deadline, 2 days, 16 universities.');
		const at = (kind: Parameters<typeof figureSpots>[1]) =>
			[...figureSpots(words, kind)]
				.sort((a, b) => a - b)
				.map((i) => words[i])
				.join(' ');
		expect(at('date')).toBe('1 June 2017');
		expect(at('money')).toBe('RMB 10 million');
		expect(at('duration')).toBe('one-hour 2 days,');
		expect(at('count')).toBe('10 2 16');
	});
});

describe('what a question asks for (search-query)', () => {
	const frame = (q: string) => {
		const tokens = tokenize(q);
		const f = questionFrame(tokens);
		return { figure: f.figure, actor: f.actor ?? false, framed: [...f.frame].map((i) => tokens[i]!.norm) };
	};

	it('reads a book section the query names, in any of the ways readers number it, and the words that name it', () => {
		const named = (q: string) => {
			const tokens = tokenize(q);
			const f = questionFrame(tokens);
			const { at = [], ...reference } = f.bookSection ?? {};
			return { ...reference, framed: at.map((i) => tokens[i]!.norm).sort() };
		};
		expect(named('section 3')).toEqual({ section: 3, framed: ['3', 'section'] });
		expect(named('what does section 1 say')).toEqual({ section: 1, framed: ['1', 'section'] });
		expect(named('book section two')).toEqual({ section: 2, framed: ['book', 'section', 'two'] });
		expect(named('the third section of the chapter')).toEqual({ section: 3, framed: ['section', 'third'] });
		expect(named('2nd part talent')).toEqual({ section: 2, framed: ['2nd', 'part'] });
		expect(named('chapter 5 section 4')).toEqual({ section: 4, chapter: 5, framed: ['4', '5', 'chapter', 'section'] });
		expect(named('fourth section of the fifth chapter')).toEqual({
			section: 4,
			chapter: 5,
			framed: ['chapter', 'fifth', 'fourth', 'section'],
		});
		// No number, no section: "part of the law" is words to look up.
		expect(named('part of the law')).toEqual({ framed: [] });
		expect(named('chapter 5')).toEqual({ framed: [] });
	});

	it('reads the figure from the question words, and leaves out the words that only frame it', () => {
		expect(frame('what year was the CAC set up')).toEqual({ figure: 'date', actor: false, framed: ['year'] });
		expect(frame('when did the PIPL take effect')).toMatchObject({ figure: 'date', framed: [] });
		expect(frame('how fast must incidents be reported')).toMatchObject({ figure: 'duration' });
		expect(frame('within how many hours must CII operators report')).toMatchObject({ figure: 'duration', framed: ['hours'] });
		expect(frame('how many world-class schools are there')).toMatchObject({ figure: 'count' });
		expect(frame('how much can the CAC fine a company')).toMatchObject({ figure: 'money' });
		expect(frame('incident reporting deadline')).toMatchObject({ figure: 'duration' });
		expect(frame('MLPS')).toEqual({ figure: undefined, actor: false, framed: [] });
	});

	it('reads “date” as asking for one, and “amount” beside a fine as asking how much, and neither as a topic', () => {
		expect(frame('PIPL effective date')).toMatchObject({ figure: 'date', framed: ['date'] });
		// Before the fine: the date of a fine asks when, not how much.
		expect(frame('date of the didi fine')).toMatchObject({ figure: 'date', framed: ['date'] });
		// "Key dates" names a part of every entry; a word alone is what the reader looks for.
		expect(frame('PIPL key dates')).toMatchObject({ figure: undefined, framed: [] });
		expect(frame('dates')).toMatchObject({ figure: undefined, framed: [] });
		expect(frame('didi fine amount')).toMatchObject({ figure: 'money', framed: ['amount'] });
		expect(frame('amount of data collected')).toMatchObject({ figure: undefined, framed: [] });
		// Asked how much, not only about fines: a dated fine answers the first two, the rule the last.
		const howMuch = (q: string) => questionFrame(tokenize(q)).howMuch ?? false;
		expect(['didi fine amount', 'how much was didi fined', 'penalties personal information'].map(howMuch)).toEqual([true, true, false]);
	});

	it('reads “in force”, “took effect” and a closing “effective” as asking when something started, and keeps them to look up', () => {
		const starts = (q: string) => asksWhenStarted(tokenize(q));
		const starting = [
			'Cybersecurity Law in force',
			'CII regulations came into force',
			'data security law took effect',
			'when the PIPL came into effect',
			'PIPL effective',
		];
		expect(starting.filter((q) => !starts(q))).toEqual([]);
		// "Effective" as a plain adjective, and words that only look like the phrases.
		expect(['effective cybersecurity', 'force majeure', 'effect of the law', 'enforcement'].filter(starts)).toEqual([]);
		// The words are the events' own ("Cybersecurity Law in force"), so they are not framing words.
		expect(frame('Cybersecurity Law in force').framed).toEqual([]);
	});

	it('reads “first” in a question about a date as asking for the earliest event, not as a word to look up', () => {
		expect(frame('what year did china pass its first cybersecurity law')).toMatchObject({ figure: 'date', framed: ['year', 'first'] });
		expect(frame('when did xi first call for china to become a cyber power')).toMatchObject({ figure: 'date', framed: ['first'] });
		// Not outside a question about a date, nor when it is the only word.
		expect(frame('first cybersecurity law')).toMatchObject({ figure: undefined, framed: [] });
		expect(frame('when first')).toMatchObject({ figure: 'date', framed: [] });
	});

	it('reads a year in the query as asking what happened then, and “since when” as “when”', () => {
		expect(frame('what came into force on 1 june 2017')).toMatchObject({ figure: 'date' });
		expect(frame('what was announced in may 2011')).toMatchObject({ figure: 'date' });
		expect(frame('MLPS 2.0')).toMatchObject({ figure: undefined });
		expect(frame('2,000 people')).toMatchObject({ figure: undefined });
		expect(frame('fines in 2022')).toMatchObject({ figure: 'money' });
		expect(frame('since when has the data security law been in force')).toMatchObject({ figure: 'date', framed: ['since', 'when'] });
	});

	it('reads “events” or “timeline” beside a year as asking for the year, and as a topic anywhere else', () => {
		expect(frame('2021 events')).toMatchObject({ figure: 'date', framed: ['events'] });
		expect(frame('timeline 2021')).toMatchObject({ figure: 'date', framed: ['timeline'] });
		expect(frame('what changed in 2025')).toMatchObject({ figure: 'date', framed: ['changed'] });
		expect(frame('what was new in 2024')).toMatchObject({ figure: 'date', framed: ['new'] });
		expect(frame('new rules 2024')).toMatchObject({ framed: [] });
		expect(frame('key events of 2014 timeline')).toMatchObject({ framed: [] });
		expect(frame('events 2021 data security law')).toMatchObject({ framed: [] });
		expect(frame('timeline')).toMatchObject({ figure: undefined, framed: [] });
		expect(frame('"timeline" 2021')).toMatchObject({ framed: [] });
	});

	it('reads “in charge of” as the frame of a question, and “who” as asking for an agency, not a person or who is bound', () => {
		expect(frame('who is in charge of regulating the internet in china')).toEqual({
			figure: undefined,
			actor: true,
			framed: ['in', 'charge', 'of'],
		});
		expect(frame('who wrote the analysis').actor).toBe(false);
		// A noun that names an actor asks for one as "who" does.
		expect(frame('internet regulator china').actor).toBe(true);
		expect(frame('which agency oversees data exports').actor).toBe(true);
		expect(frame('data export rules').actor).toBe(false);
		expect(frame('who must pass a cybersecurity review').actor).toBe(false);
		expect(frame('"in charge of"').framed).toEqual([]);
	});

	it('reads “wrote” or “author” as asking who wrote what the rest of the query names', () => {
		expect(frame('who wrote the analysis').framed).toEqual(['wrote']);
		expect(frame('author of the analysis').framed).toEqual(['author']);
		expect(frame('analysis written by').framed).toEqual(['written']);
		expect(frame('author').framed).toEqual([]);
	});
});
