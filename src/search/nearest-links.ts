/**
 * Ranks the site's pages and anchors by how close they are to an address that was not found (a
 * mistyped or old link): its path and its "#fragment". Pure and small: the 404 page runs it in
 * the browser over the list that src/data/link-targets.ts builds at build time.
 */

/** One page and its anchors. Paths are site paths without the base: "/chapter-5/overview/". */
export interface LinkTargetPage {
	path: string;
	title: string;
	/** [id, label]; an empty label marks a paragraph, whose id spells its first words ("p-the-cac-wants…"). */
	anchors: [string, string][];
}

export interface Suggestion {
	path: string;
	hash: string;
	/** What the link says: the page title, and for an anchor what it is on that page. */
	label: string;
	score: number;
}

/** The requested address as a site path (base removed, lower case, trailing slash) and fragment. */
export function requestFrom(pathname: string, hash: string, base: string): { path: string; hash: string } {
	let path = safeDecode(pathname).toLowerCase();
	const b = base.endsWith('/') ? base : `${base}/`;
	if (path.startsWith(b)) path = `/${path.slice(b.length)}`;
	else if (`${path}/` === b) path = '/';
	path = path.replace(/(index)?\.html?$/, '').replace(/\/+/g, '/');
	if (!path.endsWith('/')) path += '/';
	// A text fragment ("#id:~:text=…") names its paragraph before the ":~:".
	return { path, hash: safeDecode(hash.replace(/^#/, '')).split(':~:')[0]!.toLowerCase() };
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * 1 for equal strings, 0 for nothing in common: the edit distance over the longer length, where
 * two neighbouring letters typed in the wrong order count as one edit ("reveiw" for "review"), as
 * they are one slip of the fingers (optimal string alignment; Levenshtein would count two).
 */
export function editSimilarity(a: string, b: string): number {
	if (a === b) return 1;
	if (!a || !b) return 0;
	let before: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
		}
		before = prev;
		prev = row;
	}
	return 1 - prev[b.length]! / Math.max(a.length, b.length);
}

const words = (text: string) =>
	text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/** How well two lists of words match, each word counting by its closest counterpart (typos allowed). */
export function wordOverlap(a: string[], b: string[]): number {
	if (a.length === 0 || b.length === 0) return 0;
	const best = (word: string, others: string[]) => Math.max(...others.map((o) => editSimilarity(word, o)));
	const total = a.reduce((sum, w) => sum + best(w, b), 0) + b.reduce((sum, w) => sum + best(w, a), 0);
	return total / (a.length + b.length);
}

const lastSegment = (path: string) => path.split('/').filter(Boolean).at(-1) ?? '';

/** How close a requested path is to a page: as typed, by its last segment, or by the page's title. */
function pathScore(requested: string, page: LinkTargetPage): number {
	const asTyped = editSimilarity(requested, page.path);
	const slug = lastSegment(requested);
	const bySlug = (editSimilarity(slug, lastSegment(page.path)) + wordOverlap(words(requested), words(page.path))) / 2;
	// An old or guessed slug often spells the title ("/glossary/multi-level-protection-scheme/").
	const byTitle = slug ? 0.95 * wordOverlap(words(slug), words(page.title)) : 0;
	return Math.max(asTyped, bySlug, byTitle);
}

function anchorScore(requested: string, id: string, label: string): number {
	return Math.max(
		editSimilarity(requested, id),
		wordOverlap(words(requested), words(id)),
		label ? wordOverlap(words(requested), words(label)) : 0,
	);
}

/** "paragraph beginning “the cac wants industry and…”" from "p-the-cac-wants-industry-and". */
export function anchorLabel(id: string, label: string): string {
	return label || `paragraph beginning “${id.replace(/^p-/, '').replace(/-\d+$/, '').replace(/-/g, ' ')}…”`;
}

/**
 * The `limit` closest pages and anchors, best first, leaving out weak matches. With a fragment in
 * the request, the anchors of the closest pages compete on how well their ids (and headings) match it.
 */
export function nearestLinks(request: { path: string; hash: string }, pages: LinkTargetPage[], limit = 5, threshold = 0.45): Suggestion[] {
	const found: Suggestion[] = [];
	for (const page of pages) {
		const byPath = pathScore(request.path, page);
		// A page is a fair answer to any fragment; its anchors must earn their place.
		found.push({ path: page.path, hash: '', label: page.title, score: request.hash ? 0.4 * byPath + 0.6 * 0.35 : byPath });
		for (const [id, label] of page.anchors) {
			// Without a fragment, an anchor counts only if the path's last segment names it
			// ("/chapter-5/key-takeaways/"); otherwise a page's own anchors would crowd out other pages.
			const score = request.hash
				? 0.4 * byPath + 0.6 * anchorScore(request.hash, id, label)
				: 0.9 * anchorScore(lastSegment(request.path), id, label);
			found.push({ path: page.path, hash: id, label: `${page.title} — ${anchorLabel(id, label)}`, score });
		}
	}
	return found
		.filter((s) => s.score >= threshold)
		.sort((a, b) => b.score - a.score)
		.slice(0, limit);
}
