/**
 * Text fragments for "Copy link to selected text" (#id:~:text=…). Browsers highlight a fragment only
 * when each of its parts starts and ends on a word boundary, so a selection made with a mouse or a
 * finger, which often ends mid-word, first snaps out to whole words. Word boundaries come from
 * Intl.Segmenter, which knows Chinese as well as English. The fragment names the first and last
 * words of a longer selection, and a few words either side as context, so it highlights this
 * passage rather than an earlier one that happens to start the same way.
 */

type BlockOf = (node: Node) => HTMLElement | null;

/** A block's visible text as one string, and where each of its text nodes starts in it. */
interface FlatText {
	text: string;
	nodes: { node: Text; start: number }[];
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
/** Words of the selection a longer fragment names at each end, and words of context either side. */
const END_WORDS = 4;
const CONTEXT_WORDS = 3;

function flatten(block: HTMLElement): FlatText {
	const nodes: FlatText['nodes'] = [];
	let text = '';
	// The ¶ permalink is not part of the passage's words.
	const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('.permalink') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		nodes.push({ node, start: text.length });
		text += node.data;
	}
	return { text, nodes };
}

/** Where a boundary of `range` falls in the block's flat text. */
function offsetOf(flat: FlatText, range: Range, edge: 'start' | 'end'): number {
	const [container, offset] = edge === 'start' ? [range.startContainer, range.startOffset] : [range.endContainer, range.endOffset];
	const inRange = flat.nodes.filter(({ node }) => range.intersectsNode(node));
	const exact = flat.nodes.find(({ node }) => node === container);
	if (exact) return exact.start + offset;
	// The boundary sits between elements: take the first (or last) text the range covers.
	const entry = edge === 'start' ? inRange[0] : inRange.at(-1);
	if (!entry) return edge === 'start' ? flat.text.length : 0;
	return edge === 'start' ? entry.start : entry.start + entry.node.data.length;
}

/** The segment of `text` that holds the character at `index`. */
function segmentAt(text: string, index: number) {
	return segmenter.segment(text).containing(Math.min(Math.max(index, 0), text.length - 1));
}

/** `start` moved back to its word's start, then on past spaces and to the next word. */
function snapStart(text: string, start: number): number {
	let s = start;
	const at = segmentAt(text, s);
	if (at?.isWordLike) s = at.index;
	while (s < text.length && /\s/.test(text[s]!)) s++;
	return s;
}

/** `end` moved on to its word's end, then back past spaces. */
function snapEnd(text: string, end: number): number {
	let e = end;
	const at = segmentAt(text, e - 1);
	if (at?.isWordLike) e = at.index + at.segment.length;
	while (e > 0 && /\s/.test(text[e - 1]!)) e--;
	return e;
}

function pointAt(flat: FlatText, offset: number, edge: 'start' | 'end'): [Text, number] {
	const entry =
		flat.nodes.find(({ node, start }) => (edge === 'start' ? offset < start + node.data.length : offset <= start + node.data.length)) ??
		flat.nodes.at(-1)!;
	return [entry.node, Math.min(Math.max(offset - entry.start, 0), entry.node.data.length)];
}

/** The selection grown to whole words and trimmed of spaces, or undefined when it holds no word. */
export function snapToWords(range: Range, blockOf: BlockOf): Range | undefined {
	const startBlock = blockOf(range.startContainer);
	const endBlock = blockOf(range.endContainer) ?? startBlock;
	if (!startBlock || !endBlock) return undefined;
	const first = flatten(startBlock);
	const last = endBlock === startBlock ? first : flatten(endBlock);
	const s = snapStart(first.text, offsetOf(first, range, 'start'));
	const e = snapEnd(last.text, offsetOf(last, range, 'end'));
	if (startBlock === endBlock && e <= s) return undefined;
	const snapped = document.createRange();
	snapped.setStart(...pointAt(first, s, 'start'));
	snapped.setEnd(...pointAt(last, e, 'end'));
	return snapped.collapsed ? undefined : snapped;
}

/** Text-fragment encoding: percent-encode, including the characters the syntax reserves. */
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first (or last) `count` words of `text`, with what lies between them, as written. */
function words(text: string, count: number, from: 'start' | 'end'): string {
	const starts = [...segmenter.segment(text)].filter((w) => w.isWordLike);
	if (starts.length <= count) return squash(text);
	return squash(from === 'start' ? text.slice(0, starts[count]!.index) : text.slice(starts[starts.length - count]!.index));
}

/** The value of `text=` that highlights exactly `range` (a range snapped to whole words). */
export function textFragment(range: Range, blockOf: BlockOf): string | undefined {
	const startBlock = blockOf(range.startContainer);
	const endBlock = blockOf(range.endContainer);
	if (!startBlock || !endBlock || range.collapsed) return undefined;
	const first = flatten(startBlock);
	const last = endBlock === startBlock ? first : flatten(endBlock);
	const s = offsetOf(first, range, 'start');
	const e = offsetOf(last, range, 'end');
	const selected = startBlock === endBlock ? first.text.slice(s, e) : '';
	const short = startBlock === endBlock && [...segmenter.segment(selected)].filter((w) => w.isWordLike).length <= 2 * END_WORDS;
	const body = short
		? encode(squash(selected))
		: `${encode(words(first.text.slice(s), END_WORDS, 'start'))},${encode(words(last.text.slice(0, e), END_WORDS, 'end'))}`;
	// Context: the words just before and after, where the passage has them.
	const before = words(first.text.slice(0, s), CONTEXT_WORDS, 'end');
	const after = words(last.text.slice(e), CONTEXT_WORDS, 'start');
	return [before && `${encode(before)}-`, body, after && `-${encode(after)}`].filter(Boolean).join(',');
}
