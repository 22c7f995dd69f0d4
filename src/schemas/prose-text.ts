import { z } from 'astro/zod';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { keepNumbersWithNames } from './numbered-names';

/**
 * The site's typographic conventions, applied to what content files write so that authors type
 * plain keyboard text and never need to change it:
 * - curly quotation marks and apostrophes (“…”, ‘…’, China’s), never straight ones;
 * - a number stays on the line of the word that names it ("chapter 5", "Article 59"): see
 *   numbered-names.ts.
 * MDX bodies get the quotes from Astro's smartypants (remark-smartypants) and the numbers from
 * src/markdown/rehype-numbered-names.ts; `typeset` applies both, with the same library and options,
 * to the strings of YAML, front matter and MDX attributes that pages show. Dashes and ellipses are
 * left as written, as remark-smartypants leaves them.
 */
const processor = retext().use(retextSmartypants, { dashes: false, ellipses: false, backticks: false });

export function smartQuotes(text: string): string {
	return /['"]/.test(text) ? String(processor.processSync(text)) : text;
}

/** A string of content as readers see it: both conventions. */
export const typeset = (text: string): string => keepNumbersWithNames(smartQuotes(text));

/** A string shown to readers as prose: `prose(z.string().min(1))`. Checks run on the text as written. */
export const prose = <T extends z.ZodType<string>>(schema: T) => schema.transform(typeset);
