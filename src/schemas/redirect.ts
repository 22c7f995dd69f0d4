import { z } from 'astro/zod';

/**
 * A published anchor that has moved, from content/redirects.yaml. Links are promises: when a
 * heading or paragraph id changes (its opening words were rewritten, or it moved to another
 * page), the old id is listed here so old links still land on the passage.
 */
export const redirectSchema = z.object({
	/** The page the old link points at, e.g. "/chapter-5/overview/". */
	page: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'write the page path with slashes, e.g. "/chapter-5/overview/"'),
	/** The old id, without "#". */
	from: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
	/** Where it now lives: "#new-id" on the same page, or "/other/page/#new-id". */
	to: z.string().regex(/^(?:\/(?:[a-z0-9-]+\/)*)?#[a-z0-9][a-z0-9-]*$/, 'write "#new-id" or "/page/path/#new-id"'),
});
export type Redirect = z.infer<typeof redirectSchema>;
