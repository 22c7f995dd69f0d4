import { z } from 'astro/zod';
import { prose, smartQuotes } from './prose-text';
import { idSchema, partialDateSchema } from './ids';

/**
 * What kind of outlet a source is, so a reader can judge it at a glance. /sources/ groups the
 * list by type, in this order, and every page's source list follows the same order.
 *
 * - `official`: the text or website of a government, legislature, regulator or Party body
 *   (cac.gov.cn, npc.gov.cn, a city government, the book itself).
 * - `state-media`: Chinese state and Party news media (Xinhua, People's Daily, China Daily and
 *   the like), including their reports republished elsewhere.
 * - `news`: other news media and trade publications.
 * - `legal`: law firms' and consultancies' notes, legal databases and translations of legal texts.
 * - `research`: think tanks, universities, research projects and specialist publications
 *   (including the analysis this site summarizes).
 * - `encyclopedia`: Wikipedia, works derived from it, and other reference works.
 * - `other`: copies on weak hosts, whatever they copy: reposts on company, forum, document-sharing
 *   or unrelated sites. Use it only where nothing better was found, and say in `note` what the
 *   page copies and why it is kept.
 */
export const sourceTypes = ['official', 'state-media', 'news', 'legal', 'research', 'encyclopedia', 'other'] as const;
export type SourceType = (typeof sourceTypes)[number];

/** One work the site relies on. Listed in content/sources.yaml, cited by id everywhere else. */
export const sourceSchema = z.object({
	id: idSchema,
	/**
	 * Title as the work gives it. Its quotes are curled, but it keeps its spaces: citations export
	 * it (BibTeX, RIS, CSL), where a no-break space has no place.
	 */
	title: z.string().min(1).transform(smartQuotes),
	/** Person or body credited; omit when none is named. */
	author: z.string().transform(smartQuotes).optional(),
	/** Publisher, site or outlet. */
	publisher: z.string().transform(smartQuotes).optional(),
	/** Publication date, as precisely as known. Omit when unknown; the site then says "date unknown". */
	date: partialDateSchema.optional(),
	/** Where a reader finds the work: an http(s) address, never a javascript: or data: URL. */
	url: z.url({ protocol: /^https?$/, error: 'write the address of the work as an https:// (or http://) URL' }).optional(),
	/** primary: the law, rule or official text itself; analysis: the article this site summarizes; secondary: reporting and commentary. */
	kind: z.enum(['primary', 'analysis', 'secondary']),
	/** What kind of outlet it is: official, state-media, news, legal, research, encyclopedia or other (see `sourceTypes` above). Required. */
	type: z.enum(sourceTypes),
	/** "book" for a printed book (the book a chapter comes from): reference managers then get it as a book. Omit for anything else. */
	format: z.enum(['book']).optional(),
	/** BCP 47 language tag of the work, e.g. "en" or "zh". */
	language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/),
	/**
	 * For the analysis only: what it is, in the words that follow its title where the site says
	 * whose words a passage is (the legend of the passage labels): "his reading of the chapter for …".
	 */
	about: prose(z.string()).optional(),
	/** What a reader should know about this copy (a repost, a mirror, a weak host, an address not opened). */
	note: prose(z.string()).optional(),
});
export type Source = z.infer<typeof sourceSchema>;
