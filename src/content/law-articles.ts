// The Cybersecurity Law was renumbered by its 2025 amendment, in force from 1 January 2026: the
// 2016 text's Articles 21, 25 and 59 are now 23, 27 and 61 (the December 2026 review, finding 5).
// An article number given without its text sends a reader who opens today's law to the wrong
// article, and the comparison page did so after the sections had been put right. So a sentence of
// the site's own prose that names the law and an article number also says which text it numbers.

/** A sentence, up to its full stop, question or exclamation mark; a decimal point ends none. */
const sentence = /[^.!?]+(?:\.\d[^.!?]*)*[.!?]?/g;
const namesTheLaw = /\bCybersecurity Law\b|\bCSL\b/;
// \s, not a space: the text may be typeset already, "Article\u00a059" (src/schemas/numbered-names.ts).
const articleNumber = /\bArticles?\s\d+/;
/**
 * What says which text: the year of the first text (2016) or of today's numbering (2026), "now
 * Article …", or the amendment. Not 2025, the amendment's year: "the 2025 measures put Article 25
 * … into practice" dates the measures and leaves the law's text unsaid.
 */
const saysWhichText = /\b(?:2016|2026)\b|\bnow\sArticle\b|\bamend/i;

/** Each article number of the Cybersecurity Law in `text` whose sentence does not say which text it numbers, with where it starts. */
export function unplacedArticleNumbers(text: string): { text: string; index: number }[] {
	return [...text.matchAll(sentence)].flatMap((s) => {
		const number = articleNumber.exec(s[0]);
		return number && namesTheLaw.test(s[0]) && !saysWhichText.test(s[0])
			? [{ text: number[0].replace(/\s/, ' '), index: s.index + number.index }]
			: [];
	});
}

/** What the build says of such a number, and how to fix it. */
export function unplacedArticleNumber(reference: string): { message: string; fix: string } {
	return {
		message: `"${reference}" of the Cybersecurity Law does not say which text it numbers: the 2025 amendment renumbered the law from 1 January 2026 (2016's Articles 21, 25 and 59 are now 23, 27 and 61)`,
		fix: 'say which text in the same sentence, as in "Article 25 of the Cybersecurity Law (2016 text)" or "Article 21 (Article 23 since 2026)"',
	};
}
