// The quantities a reader looks up and quotes: deadlines, fines and thresholds. Each lives once in
// content/facts.yaml and reaches a page through <Fact id>, a comparison row's fact cells, a
// glossary entry's "Key facts" or a timeline event's `facts`, so prose written by the site may
// not state one itself: a figure typed twice is a figure that drifts (the 2025 incident deadlines
// were wrong in five files at once). The analysis' own words (<Analysis>) and quoted phrases
// (<Quote>) report what others wrote and are left as they are.

/** 10, 1.5, 100,000: digits with inner separators, never a sentence's trailing comma or full stop. */
const number = String.raw`\d+(?:[,.]\d+)*`;
const count = String.raw`(?:${number}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|twenty-four|forty-eight|seventy-two|half an|an)`;

/** Durations ("4 hours", "one-hour", "half an hour", "four business days"), money ("RMB 50,000", "8 billion yuan") and counts of people ("100,000 people", "1 million users"). */
const quantity = new RegExp(
	[
		String.raw`\b${count}(?:[\s-]+and a half)?[\s-]+(?:(?:working|business)[\s-]+)?(?:hours?|minutes?|days?)\b`,
		String.raw`\bhalf an hour\b`,
		String.raw`\bRMB\s?${number}(?:\s*(?:million|billion))?(?:\s*[–-]\s*(?:RMB\s?)?${number}(?:\s*(?:million|billion))?)?`,
		String.raw`\b${number}\s*(?:(?:million|billion)\s+)?yuan\b`,
		String.raw`¥\s?\d`,
		String.raw`\b${number}(?:\s+(?:million|billion))?\s+(?:people|persons|individuals|users)\b`,
	].join('|'),
	'gi',
);

/** Every deadline, fine or threshold written in `text`, as written, with where it starts. */
export function statedQuantities(text: string): { text: string; index: number }[] {
	return [...text.matchAll(quantity)].map((m) => ({ text: m[0], index: m.index }));
}

/** What the build says of a quantity typed into the site's prose, and how to fix it. */
export function typedQuantity(quantity: string): { message: string; fix: string } {
	return {
		message: `"${quantity}" is a deadline, fine or threshold typed into the page, so a correction would have to find every copy`,
		fix: 'state it once in content/facts.yaml and write <Fact id="…" /> here (in a comparison row, beforeFact="…" or afterFact="…"); a glossary entry lists the facts of its rule by itself',
	};
}
