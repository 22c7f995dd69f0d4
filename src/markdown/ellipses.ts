/** A sentence's end: its stop, and any closing quotation mark or bracket after it. */
const SENTENCE_END = /[.!?][”’")\]]*$/;

/**
 * An excerpt marked where it was cut from its paragraph: "…" before it when words came before,
 * and after it when words follow. After a whole sentence the "…" stands apart, as an omission
 * after a full stop is set ("aims. …"), on the same line: run on, "aims.…" read as a stray stop.
 */
export function withEllipses(excerpt: string, cutBefore: boolean, cutAfter: boolean): string {
	const after = cutAfter ? (SENTENCE_END.test(excerpt) ? '\u00a0…' : '…') : '';
	return `${cutBefore ? '…' : ''}${excerpt}${after}`;
}
