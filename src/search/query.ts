import { hasHan } from './cjk';

/**
 * The one reading of a query that ranking, highlighting, excerpts and instant answers share:
 * words (with their place in a “quoted phrase”), runs of Chinese, question and stop words, and
 * quantities ("1 hour", "one hour", "RMB 10 million"). Pure and small, for the browser.
 */

export interface Token {
	/** As typed, without surrounding punctuation: "CAC's", "multi-layer", "网信办", "10". */
	text: string;
	/** Compared form: lower case, without diacritics or a possessive "'s": "cac", "multi-layer". */
	norm: string;
	/** Chinese (a run of Han characters) or Latin letters and digits. */
	han: boolean;
	/** Which “quoted phrase” the token is in, if any (its number, counting from 0). */
	phrase?: number;
	/** A question or stop word outside quotes ("what", "is", "the"), which does not decide results. */
	stop: boolean;
}

/** Question words, auxiliaries, articles, pronouns and prepositions: none of them tells pages apart. */
const STOP = new Set(
	(
		'what whats who whom whose which when where why how ' +
		'is are was were be been being am do does did done has have had having can could should would will shall may might must ' +
		'a an the this that these those it its they them their there here i me my we us our you your he him his she her ' +
		'of in on at to for from by with about into onto under over between among against through during after before within without ' +
		'and or nor but as than then if so such any some every each all both either neither not no ' +
		'mean means meaning meant stand stands define definition explain explains tell know please ' +
		'get gets got make makes made say says said does doing happen happens happened use used uses ' +
		// Light verbs of "come into force", "take effect", "go live", "become effective": the word after them is the topic.
		'come comes came go goes went take takes took taken become becomes became ' +
		'much many long often far fast quickly soon big large exactly really also just very main too'
	).split(' '),
);

/** Whether a word is a question or stop word: "happened", the correction of "happend", is one. */
export const isStopWord = (norm: string): boolean => STOP.has(norm);
/** Stop words long enough to be misspelt recognisably ("happend"), which a typo correction may give. */
export const LONG_STOP_WORDS: readonly string[] = [...STOP].filter((w) => w.length >= 5);

/** Number words a quantity may be written with. */
export const NUMBER_WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	ninety: 90,
	hundred: 100,
};
const WORD_FOR = Object.fromEntries(Object.entries(NUMBER_WORDS).map(([w, n]) => [n, w]));

const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** The compared form of one word. */
export const normWord = (word: string): string =>
	stripMarks(word.toLowerCase())
		.replace(/[’']s$/u, '')
		.replace(/[’']/gu, '');

/** The months, as the site writes every date ("1 June 2017"). */
export const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * A date written in figures, as a form or a Chinese page gives it ("2017-06-01", "2017/6/1",
 * "2017年6月1日", "2017年6月"): the site writes dates in words, "1 June 2017", and the event of that
 * day says nothing else a query could find.
 */
const NUMERIC_DATE = /(?<!\d)((?:19|20)\d\d)(?:[-/](\d\d?)(?:[-/](\d\d?))?|年(?:(\d\d?)月(?:(\d\d?)[日号])?)?)(?!\d)/gu;

/** A query's dates in figures written as the site writes them; anything that is no real date is left as typed. */
export function datesInWords(query: string): string {
	return query.replace(NUMERIC_DATE, (whole, year: string, m1?: string, d1?: string, m2?: string, d2?: string) => {
		const [month, day] = [Number(m1 ?? m2 ?? 0), Number(d1 ?? d2 ?? 0)];
		if (m1 === undefined && m2 === undefined) return whole.endsWith('年') ? ` ${year} ` : whole;
		if (month < 1 || month > 12 || ((d1 ?? d2) !== undefined && (day < 1 || day > 31))) return whole;
		return ` ${day ? `${day} ` : ''}${MONTHS[month - 1]} ${year} `;
	});
}

/** Splits a query into tokens. Quotes (straight or curly) group a phrase; Chinese runs are tokens of their own. */
export function tokenize(typed: string): Token[] {
	const query = datesInWords(typed);
	const tokens: Token[] = [];
	let phrase = -1;
	let open = false;
	// "US" or "U.S." in capitals, in a query that has small letters too, names the country, not "us";
	// "IT" is information technology. A query typed all in capitals says nothing by its case.
	const casual = /\p{Ll}/u.test(query);
	const abbreviation = (text: string) => casual && /^(?:\p{Lu}\.?){2,}$/u.test(text);
	// A run of Chinese keeps a bracketed part that ends it, as a draft's name does: 办法（征求意见稿）.
	for (const m of query.matchAll(/["“”„]|\p{Script=Han}+(?:[（(]\p{Script=Han}+[）)])?|[\p{L}\p{N}]+(?:[-’'.,][\p{L}\p{N}]+)*/gu)) {
		const text = m[0];
		if (/^["“”„]$/u.test(text)) {
			open = !open;
			if (open) phrase++;
			continue;
		}
		const han = hasHan(text);
		const norm = han ? text : normWord(text.replace(/[.,](?=\D|$)/g, ''));
		tokens.push({ text, norm, han, ...(open && { phrase }), stop: !open && !han && STOP.has(norm) && !abbreviation(text) });
	}
	// "May" beside a day or a year is the month, not the verb: "1 May 2025".
	tokens.forEach((t, i) => {
		if (
			t.norm === 'may' &&
			(DAY.test(tokens[i - 1]?.norm ?? '') || YEAR.test(tokens[i + 1]?.norm ?? '') || DAY.test(tokens[i + 1]?.norm ?? ''))
		)
			t.stop = false;
	});
	return tokens;
}

const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const MONTH_OF = new Map(MONTHS.map((m) => [m.toLowerCase(), m]));

/**
 * Dates in a query's words, as the site writes them: "20 August 2021", "August 20, 2021" and
 * "20th August 2021" are all "20 August 2021"; "August 2021" and "20 August" too. Each is looked
 * up as one phrase: as three words, "20" also found "2021" and every page of that month.
 */
export function datePhrases(tokens: Token[]): { start: number; end: number; label: string }[] {
	const out: { start: number; end: number; label: string }[] = [];
	const day = (i: number) =>
		tokens[i] && tokens[i]!.phrase === undefined && DAY.test(tokens[i]!.norm) ? String(parseInt(tokens[i]!.norm, 10)) : undefined;
	const year = (i: number) => (tokens[i] && YEAR.test(tokens[i]!.norm) ? tokens[i]!.norm : undefined);
	for (let i = 0; i < tokens.length; i++) {
		const month = MONTH_OF.get(tokens[i]!.norm);
		if (!month || tokens[i]!.phrase !== undefined) continue;
		const before = day(i - 1);
		const after = before ? undefined : day(i + 1);
		const y = year(i + (after ? 2 : 1));
		if (!before && !after && !y) continue;
		const start = before ? i - 1 : i;
		const end = i + 1 + (after ? 1 : 0) + (y ? 1 : 0);
		if (out.some((d) => d.start < end && start < d.end)) continue;
		out.push({ start, end, label: [before ?? after, month, y].filter(Boolean).join(' ') });
	}
	return out;
}

/** The tokens that decide results: stop words dropped, unless nothing else is left. */
export function contentTokens(tokens: Token[]): Token[] {
	const content = tokens.filter((t) => !t.stop);
	return content.length > 0 ? content : tokens;
}

/** Distinct compared words of the query that decide results: for ranking sub-results and highlighting. */
export function queryWords(query: string): string[] {
	return [...new Set(contentTokens(tokenize(query)).map((t) => t.norm.replace(/[^\p{L}\p{N}]/gu, '')))].filter(Boolean);
}

/** Comparable form of a whole query or name: case, spacing, quotes and punctuation ignored, stop words kept. */
export const normalizeName = (text: string) =>
	tokenize(text)
		.map((t) => t.norm.replace(/[^\p{L}\p{N}]/gu, ''))
		.filter(Boolean)
		.join(' ');

/** A word's stem for comparing names: a plural's "s" dropped ("regulations" ~ "regulation", "CERTs" ~ "CERT"). */
export const stem = (norm: string): string => (norm.length > 3 && /[^s]s$/.test(norm) ? norm.slice(0, -1) : norm);

/** Tokens as one comparable string without spaces or hyphens: "Cyber Security Law" and "cybersecurity law" agree. */
export const compact = (tokens: Token[]): string =>
	tokens
		.map((t) => stem(t.norm.replace(/[^\p{L}\p{N}]/gu, '')))
		.join('')
		.toLowerCase();

// Quantities ---------------------------------------------------------------------------------

const UNITS: Record<string, string> = {
	hour: 'hour',
	hours: 'hour',
	hr: 'hour',
	hrs: 'hour',
	h: 'hour',
	day: 'day',
	days: 'day',
	week: 'week',
	weeks: 'week',
	month: 'month',
	months: 'month',
	minute: 'minute',
	minutes: 'minute',
	mins: 'minute',
	year: 'year',
	years: 'year',
	percent: 'percent',
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };
const CURRENCY = new Set(['rmb', 'cny', 'yuan', '¥']);

export interface Quantity {
	/** Index of its first token and one past its last. */
	start: number;
	end: number;
	/** As the reader wrote it: "1 hour". */
	label: string;
	/**
	 * Exact phrases to search for, every way the site may write it ("one hour", "1 hour",
	 * "one-hour"): a quoted phrase, so that "1" never matches a year such as 1988 by prefix.
	 */
	phrases: string[];
	/** Words that rank the pages with one of the phrases: the number in words if it has one, and the unit ("one hour"). */
	rankBy: string;
}

const numberOf = (norm: string): number | undefined => {
	if (/^\d+(?:\.\d+)?$/.test(norm.replace(/,/g, ''))) return Number(norm.replace(/,/g, ''));
	return NUMBER_WORDS[norm];
};

/** "10" → ["10", "ten"]; 1.5 → ["1.5"]; 10,000 → ["10,000", "10000"]. */
const numberForms = (n: number): string[] => {
	const forms = [String(n)];
	if (n >= 1000) forms.push(n.toLocaleString('en-US'));
	if (WORD_FOR[n]) forms.push(WORD_FOR[n]!);
	return forms;
};

/**
 * A short deadline and the same in the other unit a rule may give it in: "48 hours" is "2 days" (the
 * vulnerability rules' deadline, which readers often quote in hours), "1 day" is "24 hours". Longer
 * ones are quoted in the rule's own unit ("72 hours"), and "3 days" would find other things.
 */
function sameDuration(n: number, unit: string): (readonly [number, string])[] {
	const other =
		unit === 'hour' && (n === 24 || n === 48)
			? ([n / 24, 'day'] as const)
			: unit === 'day' && (n === 1 || n === 2)
				? ([n * 24, 'hour'] as const)
				: undefined;
	return other ? [[n, unit], other] : [[n, unit]];
}

/** Numbers with a unit of time, a percentage or an amount of money, found in the tokens. */
export function quantities(tokens: Token[]): Quantity[] {
	const out: Quantity[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const currencyFirst = CURRENCY.has(tokens[i]!.norm);
		const at = currencyFirst ? i + 1 : i;
		const n = tokens[at] && numberOf(tokens[at]!.norm);
		if (n === undefined) continue;
		let end = at + 1;
		const scaleWord = tokens[end]?.norm;
		const scale = scaleWord ? SCALES[scaleWord] : undefined;
		if (scale) end++;
		const unitWord = tokens[end]?.norm;
		const unit = unitWord ? UNITS[unitWord] : undefined;
		const currencyAfter = unitWord !== undefined && CURRENCY.has(unitWord);
		if (!unit && !currencyFirst && !currencyAfter && !scale) continue;
		if (unit || currencyAfter) end++;
		const label = tokens
			.slice(i, end)
			.map((t) => t.text)
			.join(' ');
		const scaleText = scale ? ` ${scaleWord}` : '';
		const phrases = new Set<string>();
		for (const [count, unitOf] of unit && !scale ? sameDuration(n, unit) : [[n, unit] as const]) {
			for (const num of numberForms(count)) {
				if (unitOf) {
					const plural = count === 1 || unitOf === 'percent' ? unitOf : `${unitOf}s`;
					phrases.add(`${num}${scaleText} ${plural}`);
					// "one-hour" is one word to Pagefind; "1-hour" would be "1" and "hour", so never written so.
					if (unitOf !== 'percent' && !/\d/.test(num)) phrases.add(`${num}-${unitOf}`);
				} else if (currencyFirst || currencyAfter) {
					phrases.add(`RMB ${num}${scaleText}`);
					phrases.add(`${num}${scaleText} yuan`);
				} else phrases.add(`${num}${scaleText}`);
			}
		}
		const unitText = unit ?? (currencyFirst || currencyAfter ? 'RMB' : '');
		const rankBy = [WORD_FOR[n] ?? '', scaleWord && scale ? scaleWord : '', unitText].filter(Boolean).join(' ');
		out.push({ start: i, end, label, phrases: [...phrases], rankBy: rankBy || label });
		i = end - 1;
	}
	return out;
}

// What a question asks for ------------------------------------------------------------------

/** The kind of figure a question asks for, which its answer's excerpt should show. */
export type Figure = 'date' | 'duration' | 'money' | 'count';

export interface QuestionFrame {
	/** "when …", "what year …" → a date; "how fast …" → a duration; "how much … fine" → money; "how many …" → a count. */
	figure?: Figure;
	/** "Who …" or "… regulator" asks for an actor: an agency or an organisation rather than a rule or an idea. */
	actor?: boolean;
	/** Money asked for in so many words ("how much", "fine amount"), not only fines named as a topic ("fines"). */
	howMuch?: boolean;
	/** Tokens that only frame the question ("year" in "what year", "charge" in "in charge of"): not looked up. */
	frame: Set<number>;
	/**
	 * A section of the book the query names ("section 3", "the third section of chapter 5"), and the
	 * tokens that name it: where the site covers that section, its page answers, and they only frame it.
	 */
	bookSection?: BookSectionReference & { at: number[] };
}

export interface BookSectionReference {
	section: number;
	/** When the query names the chapter too. */
	chapter?: number;
}

const ORDINALS: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
};
const numberIn = (digits?: string) => (digits === undefined ? undefined : Number(digits));
/** "third", "3rd": the place of a section or a chapter. */
const ordinalOf = (norm = ''): number | undefined => ORDINALS[norm] ?? numberIn(/^(\d{1,2})(?:st|nd|rd|th)$/.exec(norm)?.[1]);
/** 3, "three", "third", "3rd": the number of a section or a chapter. */
const countOf = (norm = ''): number | undefined => ordinalOf(norm) ?? numberIn(/^\d{1,2}$/.exec(norm)?.[0]) ?? NUMBER_WORDS[norm];
const SECTION_WORDS = new Set(['section', 'part']);

/**
 * The book section a query names, and the tokens that name it: "section 3", "book section 2",
 * "part three", "the third section", "chapter 5 section 1", "the 2nd section of chapter five".
 */
function bookSectionIn(norms: string[]): { reference: BookSectionReference; at: number[] } | undefined {
	for (let i = 0; i < norms.length; i++) {
		if (!SECTION_WORDS.has(norms[i]!)) continue;
		const after = countOf(norms[i + 1]);
		const before = ordinalOf(norms[i - 1]);
		const section = after ?? before;
		if (section === undefined) continue;
		const at = after !== undefined ? [i, i + 1] : [i - 1, i];
		if (norms[at[0]! - 1] === 'book') at.unshift(at[0]! - 1);
		// "chapter 5", "chapter five", "the fifth chapter".
		const c = norms.findIndex((w, k) => w === 'chapter' && (countOf(norms[k + 1]) ?? ordinalOf(norms[k - 1])) !== undefined);
		const chapterAfter = c >= 0 ? countOf(norms[c + 1]) : undefined;
		const chapter = c >= 0 ? (chapterAfter ?? ordinalOf(norms[c - 1])) : undefined;
		if (c >= 0) at.push(...(chapterAfter !== undefined ? [c, c + 1] : [c - 1, c]));
		return { reference: { section, ...(chapter !== undefined && { chapter }) }, at };
	}
	return undefined;
}

const TIME_WORDS = new Set(['year', 'date', 'day', 'month']);
/** A rule starts to apply when it takes effect (or comes into effect, or into force). */
const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** "Effective" asks when at the end ("PIPL effective") or before these ("effective from"); not in "effective cybersecurity". */
const EFFECTIVE_FROM = new Set(['from', 'since', 'on', 'as', 'when']);
/**
 * Words that, beside a year, only ask for what happened in it ("2021 events", "timeline 2021",
 * "what changed in 2025", "what was new in 2024"): the year's heading on the timeline answers, and
 * it says none of them. Not "changes", which is also the name of the site's own log of corrections.
 */
const CHRONICLE_WORDS = new Set(['event', 'events', 'timeline', 'chronology', 'happenings', 'developments', 'changed', 'new']);
/**
 * Words that ask who wrote something ("who wrote the analysis", "author of the analysis"): the
 * pages say "Cary's analysis" or give a byline, rarely the word, and pages that happen to say
 * "wrote" are no answer. Looked up only when the query says nothing else.
 */
const AUTHOR_WORDS = new Set(['wrote', 'write', 'writes', 'written', 'writer', 'author', 'authors', 'authored']);
/** A year as the site writes dates ("1 June 2017"), not a count ("2,000") or a section number. */
export const YEAR = /^(?:1[89]|20)\d\d$/;
const SPEED_WORDS = new Set(['fast', 'quickly', 'soon', 'long']);
const MONEY_WORDS = new Set(['fine', 'fines', 'fined', 'penalty', 'penalties', 'rmb', 'yuan', 'cost', 'costs']);
/** Words that, in a question about money, only ask for the figure: "fine amount", "amount of the penalty". */
const AMOUNT_WORDS = new Set(['amount', 'amounts']);
/**
 * Words that, in a question about a date, ask for the earliest of the events it could mean ("what
 * year did China pass its first cybersecurity law"): the timeline lists events in order of date,
 * and the first that holds the other words is the answer. Looked up, "first" found the 2025
 * amendment, which the timeline calls the law's first revision.
 */
const EARLIEST_WORDS = new Set(['first', 'earliest', 'original', 'originally', 'initially']);
/** Words that name the figure a question asks for: a passage that shows a duration answers "deadline". */
export const DEADLINE_WORDS = new Set(['deadline', 'deadlines', 'within']);
/**
 * The units the site writes a deadline in ("2 days", "1 hour"): a page that gives one has what
 * "deadline" asks for, though it may never say the word (a rule's key facts do not).
 */
export const DEADLINE_UNITS = ['hours', 'days', 'minutes'];
/**
 * The verbs for a rule being made. Timeline events say it in the words of each rule's own
 * announcement ("adopted", "promulgated", "issued", "signed"); readers say "passed" or "enacted".
 * In a "when" question any of them is looked up as all of the site's: "when was the PIPL passed"
 * finds "PIPL adopted", "what year were the vulnerability rules issued" their "promulgated".
 */
const MAKING_WORDS = ['adopted', 'promulgated', 'issued', 'signed'];
const MAKING_VERBS = new Set([
	'pass',
	'passed',
	'enact',
	'enacted',
	'adopt',
	'adopted',
	'promulgate',
	'promulgated',
	'issue',
	'issued',
	'sign',
	'signed',
]);
/**
 * The verbs for a body being founded. Timeline events and entries say a body was "set up" (its
 * "setting up" announced) or "formed"; readers ask when it was "founded", "established" or
 * "created". In a "when" question any of them is looked up as the site's two.
 */
const FOUNDING_WORDS = ['set', 'formed'];
const FOUNDING_VERBS = new Set(['found', 'founded', 'establish', 'established', 'create', 'created', 'form', 'formed', 'set']);
/**
 * The verbs for a rule starting to apply. The timeline says a rule is "in force"; readers ask when
 * it "started", "began", became "effective" or will "apply".
 */
const IN_FORCE_VERBS = new Set([
	'start',
	'starts',
	'started',
	'begin',
	'begins',
	'began',
	'effective',
	'commence',
	'commenced',
	'apply',
	'applies',
	'applied',
]);
/** A platform or a service starting: the timeline says it "goes live"; readers ask when it was "launched". */
const LAUNCH_VERBS = new Set(['launch', 'launches', 'launched']);
/**
 * A text made public: the timeline says a book or a draft was "published" or "released"; readers
 * also ask when it "came out" or was "put out", whose "out" is looked up as those two alone
 * (`OUT_VERBS`): as typed, it found "outbound" in an export rule's name.
 */
const PUBLISHING_WORDS = ['published', 'released'];
const PUBLISHING_VERBS = new Set(['publish', 'published', 'release', 'released', 'out']);
/** The verbs whose "out" means made public ("come out", "put out", "brought out"); come and came are stop words already. */
const OUT_VERBS = new Set(['come', 'comes', 'came', 'put', 'puts', 'bring', 'brings', 'brought']);
/** Whether the word at `i` is the "out" of "came out" or "put out", which only says a text was made public. */
export const isOutParticle = (tokens: Token[], i: number): boolean => tokens[i]?.norm === 'out' && OUT_VERBS.has(tokens[i - 1]?.norm ?? '');
/** The site's words for what a "when" question's verb asks: a rule made, a body founded, a rule in force, a platform live, a text published. */
export const makingWords = (norm: string): string[] =>
	MAKING_VERBS.has(norm)
		? MAKING_WORDS.filter((w) => w !== norm)
		: FOUNDING_VERBS.has(norm)
			? FOUNDING_WORDS.filter((w) => w !== norm)
			: IN_FORCE_VERBS.has(norm)
				? ['force']
				: LAUNCH_VERBS.has(norm)
					? ['live']
					: PUBLISHING_VERBS.has(norm)
						? PUBLISHING_WORDS.filter((w) => w !== norm)
						: [];
/**
 * A question asked in Chinese, read as the English one. Chinese runs are tokens of their own, so
 * "数据安全法什么时候实施" (when did the Data Security Law take effect) was looked up as the law's
 * name and "什么时候实施", which no page says. Its question words frame it as "when" or "who" do, and
 * a rule's verbs are looked up in the English the timeline uses (实施 "take effect" → "effective",
 * which a "when" question looks up as "in force"). No Chinese name of the glossary holds any of
 * these words (a unit test checks), so none is cut out of a name.
 */
const CHINESE_ASKS: { zh: string; figure?: Figure; actor?: boolean; en?: string }[] = [
	...['什么时候', '何时', '哪一年', '哪年', '几月'].map((zh) => ({ zh, figure: 'date' as const })),
	...['多长时间', '多久'].map((zh) => ({ zh, figure: 'duration' as const })),
	// "谁负责" is "who is in charge of".
	...['哪个部门', '哪个机构', '谁', '负责', '主管'].map((zh) => ({ zh, actor: true })),
	...['为什么', '是什么', '什么', '如何', '怎么', '是否', '有没有', '哪些', '哪个'].map((zh) => ({ zh })),
	...['实施', '施行', '生效'].map((zh) => ({ zh, en: 'effective' })),
	{ zh: '通过', en: 'passed' },
	...['发布', '公布', '印发'].map((zh) => ({ zh, en: 'issued' })),
	...['成立', '设立'].map((zh) => ({ zh, en: 'founded' })),
	// "修改" is the word of the 2025 decision that amended the Cybersecurity Law; the pages say "amendment".
	...['修正', '修订', '修改'].map((zh) => ({ zh, en: 'amendment' })),
	{ zh: '罚款', en: 'fines', figure: 'money' },
	{ zh: '处罚', en: 'penalties' },
];
const CHINESE_ASK = new RegExp(
	CHINESE_ASKS.map((a) => a.zh)
		.sort((a, b) => b.length - a.length)
		.join('|'),
	'gu',
);
/** Particles that end or join a question ("了吗", "的"): no piece of a name begins or ends with them here. */
const PARTICLES = /^[了吗呢的是在于]+|[了吗呢的是在于]+$/gu;

export interface ChineseQuestion {
	/** Whether the run holds any question word or verb at all; if not, it is looked up as typed. */
	asks: boolean;
	/** The run's other pieces of two or more characters, to look up as typed. */
	pieces: string[];
	/** English words for its verbs, as the site writes them. */
	words: string[];
	figure?: Figure;
	actor?: boolean;
}

/** A run of Chinese read as a question: its question words and verbs taken out, the rest in pieces. */
export function chineseQuestion(run: string): ChineseQuestion {
	const asks = [...run.matchAll(CHINESE_ASK)].map((m) => CHINESE_ASKS.find((a) => a.zh === m[0])!);
	const pieces = run
		.split(CHINESE_ASK)
		.map((p) => p.replace(PARTICLES, ''))
		.filter((p) => [...p].length >= 2);
	const figure = asks.find((a) => a.figure)?.figure;
	return {
		asks: asks.length > 0,
		pieces,
		words: [...new Set(asks.flatMap((a) => (a.en ? [a.en] : [])))],
		...(figure && { figure }),
		...(asks.some((a) => a.actor) && { actor: true }),
	};
}

/**
 * Words readers use where the site's pages use another. "Penalties" and "fines" are said both ways,
 * so either is looked up as both (Pagefind's stemming makes "fines" find "fine" and "fined"). The
 * analysis' "main argument" is what the overview calls its "central claim".
 */
const PAGES_SAY: Record<string, string> = {
	fine: 'penalties',
	fines: 'penalties',
	penalty: 'fines',
	penalties: 'fines',
	argument: 'claim',
	arguments: 'claims',
	// A reader's "data breach" is what the rules and pages call an incident, and so is a "hack".
	breach: 'incident',
	breaches: 'incidents',
	hack: 'incident',
	hacks: 'incidents',
	hacked: 'incident',
	cyberattack: 'attack',
	cyberattacks: 'attacks',
	// Software "bugs" are what the pages call flaws (or vulnerabilities); those who must report
	// them, the products' makers.
	bug: 'flaw',
	bugs: 'flaws',
	vendor: 'maker',
	vendors: 'makers',
	// What a reader asks "changed" in a law the pages call its amendment ("what changed in the
	// Cybersecurity Law in 2025": "The 2025 amendment").
	change: 'amendment',
	changes: 'amendments',
	changed: 'amended',
	// A body "renamed" is one the pages say "takes the name" ("the State Internet Information Office
	// takes the English name Cyberspace Administration of China").
	renamed: 'name',
	rename: 'name',
	// A fine's share of a company's "turnover" is what the pages call its revenue.
	turnover: 'revenue',
	// Privacy law's abbreviations, which the pages spell out.
	pi: '"personal information"',
	pii: '"personal information"',
};
export const pagesWords = (norm: string): string[] => (PAGES_SAY[norm] ? [PAGES_SAY[norm]] : []);
/** Nouns that ask for an actor as "who" does: "internet regulator china", "data watchdog". */
const ACTOR_NOUNS = new Set(['regulator', 'regulators', 'watchdog', 'watchdogs', 'agency', 'agencies', 'authority', 'authorities']);
/** After "which", a kind of body: "which body passed …", "which ministry oversees …" ask as "who" does. */
const WHICH_ACTOR = new Set(['body', 'bodies', 'ministry', 'ministries', 'department', 'departments', 'organ', 'organs']);
/** After "who": asking who is bound ("who must …") or who wrote something, not who is in charge. */
const NOT_ACTOR = new Set(['must', 'should', 'has', 'have', 'needs', 'need', ...AUTHOR_WORDS]);
/**
 * Phrases that frame a question without naming its topic: "who is in charge of regulating …" asks
 * who regulates, "since when has …" when something began.
 */
const IDIOMS = [
	['in', 'charge', 'of'],
	['since', 'when'],
];

/**
 * Whether a query asks when something started to apply: "Cybersecurity Law in force", "when the PIPL
 * took effect", "came into effect", "PIPL effective". Beside a rule it names, that asks for a date, as "when" does
 * (src/search/plan.ts); alone ("which rules are in force") it asks what applies now, not when.
 */
export function asksWhenStarted(tokens: Token[]): boolean {
	const norms = tokens.map((t) => (t.phrase === undefined ? t.norm : ''));
	return norms.some(
		(w, i) =>
			(w === 'force' && (norms[i - 1] === 'in' || norms[i - 1] === 'into')) ||
			(w === 'effect' && (TAKE.has(norms[i - 1] ?? '') || norms[i - 1] === 'into')) ||
			(w === 'effective' && (i === norms.length - 1 || EFFECTIVE_FROM.has(norms[i + 1]!))),
	);
}

/**
 * What a question asks for, read from its question words: the figure its answer should show, and
 * the words that only frame it. "What year was the CAC set up" asks for a date, and "year" is not
 * a topic to look for (an event's date answers it); "how long" and "how fast" ask for a duration; a
 * query with a year in it asks what happened then, which a dated event answers too.
 */
export function questionFrame(tokens: Token[]): QuestionFrame {
	const frame = new Set<number>();
	const norms = tokens.map((t) => (t.phrase === undefined ? t.norm : ''));
	let figure: Figure | undefined;
	norms.forEach((w, i) => {
		const next = norms[i + 1];
		if ((w === 'what' || w === 'which') && next && TIME_WORDS.has(next)) {
			figure ??= 'date';
			frame.add(i + 1);
		} else if (w === 'when') figure ??= 'date';
		else if (w === 'how' && next && SPEED_WORDS.has(next)) figure ??= next === 'long' && norms[i + 2] === 'ago' ? 'date' : 'duration';
		else if (w === 'how' && next === 'many') {
			const unit = norms[i + 2];
			if (unit && UNITS[unit] && UNITS[unit] !== 'percent') {
				figure ??= 'duration';
				frame.add(i + 2);
			} else figure ??= 'count';
		} else if (w === 'how' && next === 'much') figure ??= 'money';
	});
	const chinese = tokens.filter((t) => t.han && t.phrase === undefined).map((t) => chineseQuestion(t.text));
	figure ??= chinese.find((c) => c.figure)?.figure;
	// "PIPL effective date", "date of the DiDi fine": the word names the figure asked for, as "year"
	// does after "what"; it is no topic (every event has a date, and few passages say the word).
	// "Key dates" is the name of an entry's part, and "date" beside it a topic; so is "date" alone.
	const asksMore = (i: number) => norms.some((x, k) => k !== i && x && !tokens[k]!.stop);
	norms.forEach((w, i) => {
		if ((w === 'date' || w === 'dates') && norms[i - 1] !== 'key' && (figure ?? 'date') === 'date' && asksMore(i)) {
			figure = 'date';
			frame.add(i);
		}
	});
	if (!figure && norms.some((w) => DEADLINE_WORDS.has(w))) figure = 'duration';
	if (!figure && norms.some((w) => MONEY_WORDS.has(w))) figure = 'money';
	// "DiDi fine amount": beside a fine, "amount" only asks how much, as "year" asks when.
	const amount = figure === 'money' ? norms.flatMap((w, i) => (AMOUNT_WORDS.has(w) ? [i] : [])) : [];
	amount.forEach((i) => frame.add(i));
	const howMuch = figure === 'money' && (amount.length > 0 || norms.some((w, i) => w === 'how' && norms[i + 1] === 'much'));
	// A year in the query ("what came into force on 1 June 2017") asks what happened then: the dated
	// event answers it, as it answers "when".
	const years = norms.filter((w) => YEAR.test(w));
	if (!figure && years.length > 0) figure = 'date';
	// With a year and nothing else to look for but chronicle words, those words only frame it.
	const rest = norms.map((w, i) => ({ w, i })).filter(({ w, i }) => w && !tokens[i]!.stop && !YEAR.test(w));
	if (years.length > 0 && rest.length > 0 && rest.every(({ w }) => CHRONICLE_WORDS.has(w))) rest.forEach(({ i }) => frame.add(i));
	if (figure === 'date') for (const { w, i } of rest) if (EARLIEST_WORDS.has(w) && asksMore(i)) frame.add(i);
	const authorWords = rest.filter(({ w }) => AUTHOR_WORDS.has(w));
	if (authorWords.length > 0 && authorWords.length < rest.length) authorWords.forEach(({ i }) => frame.add(i));
	// "What does chapter 5 say about talent": the chapter's number says which text, as "the book"
	// does; every chapter page is chapter 5's, so the number is no topic to look for.
	const chapter = norms.findIndex((w, k) => w === 'chapter' && (countOf(norms[k + 1]) ?? ordinalOf(norms[k - 1])) !== undefined);
	const number = chapter < 0 ? -1 : countOf(norms[chapter + 1]) !== undefined ? chapter + 1 : chapter - 1;
	if (chapter >= 0 && rest.some(({ i }) => i !== chapter && i !== number)) frame.add(number);
	for (const idiom of IDIOMS)
		norms.forEach((_, i) => {
			if (idiom.every((w, k) => norms[i + k] === w)) idiom.forEach((_, k) => frame.add(i + k));
		});
	// "Put out", "brought out": the verb only frames the "out" that says what happened (`isOutParticle`).
	norms.forEach((_, i) => {
		if (isOutParticle(tokens, i + 1)) frame.add(i);
	});
	// "Who is in charge of …", "who enforces …", "internet regulator"; not "who must …", which asks
	// who is bound, nor "who wrote …", which asks for a person.
	// "Which body …" asks as "who" does, and names no topic.
	const whichActor = norms[0] === 'which' && WHICH_ACTOR.has(norms[1] ?? '');
	if (whichActor) frame.add(0).add(1);
	const actor =
		(norms[0] === 'who' && !NOT_ACTOR.has(norms[1] ?? '')) ||
		whichActor ||
		norms.some((w) => ACTOR_NOUNS.has(w)) ||
		chinese.some((c) => c.actor);
	const named = bookSectionIn(norms);
	return {
		...(figure && { figure }),
		...(actor && { actor }),
		...(howMuch && { howMuch }),
		frame,
		...(named && { bookSection: { ...named.reference, at: named.at } }),
	};
}
