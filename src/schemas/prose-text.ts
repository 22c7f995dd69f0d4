import { z } from 'astro/zod';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

/**
 * The site's one typographic convention: curly quotation marks and apostrophes (“…”, ‘…’, China’s),
 * never straight ones. MDX bodies get them from Astro's smartypants (remark-smartypants); this
 * applies the same library, with the same options, to the strings of YAML and front matter that
 * pages show, so content files are written with plain keyboard quotes and never need changing.
 * Dashes and ellipses are left as written, as remark-smartypants leaves them.
 */
const processor = retext().use(retextSmartypants, { dashes: false, ellipses: false, backticks: false });

export function smartQuotes(text: string): string {
	return /['"]/.test(text) ? String(processor.processSync(text)) : text;
}

/** A string shown to readers as prose: `prose(z.string().min(1))`. Checks run on the text as written. */
export const prose = <T extends z.ZodType<string>>(schema: T) => schema.transform(smartQuotes);
