import { z } from 'astro/zod';

/** A stable, URL-safe identifier: lower case letters, digits and single hyphens. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. "cybersecurity-law"');

/** A list of ids that must resolve in another collection (checked in src/content/check.ts). */
export const idListSchema = z.array(idSchema).default([]);

/**
 * A calendar date written as precisely as it is known: "2021", "2021-09" or "2021-09-01".
 * The precision is derived from the form, so the two can never disagree.
 */
export const partialDateSchema = z.union([z.string(), z.number(), z.date()]).transform((value, ctx) => {
	// YAML reads 2021-09-01 as a Date and 2021 as a number; bring both back to text.
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
	if (!match) {
		ctx.addIssue({ code: 'custom', message: `"${text}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD` });
		return z.NEVER;
	}
	const [, year, month, day] = match;
	const probe = new Date(`${year}-${month ?? '01'}-${day ?? '01'}T00:00:00Z`);
	if (Number.isNaN(probe.getTime()) || (day && probe.getUTCDate() !== Number(day))) {
		ctx.addIssue({ code: 'custom', message: `"${text}" is not a real calendar date` });
		return z.NEVER;
	}
	const precision: DatePrecision = day ? 'day' : month ? 'month' : 'year';
	return { iso: text, precision };
});

export type DatePrecision = 'day' | 'month' | 'year';
export type PartialDate = { iso: string; precision: DatePrecision };

/**
 * A day, written YYYY-MM-DD: when a page last changed. The partial date's checks with the day
 * required, so an impossible day ("2026-11-32") is named as such rather than as a type mismatch.
 */
export const dayDateSchema = z.union([z.string(), z.date()]).transform((value, ctx) => {
	const date = value instanceof Date && Number.isNaN(value.getTime()) ? undefined : partialDateSchema.safeParse(value).data;
	if (date?.precision !== 'day') {
		ctx.addIssue({ code: 'custom', message: `"${String(value)}" is not a real calendar day: write it as YYYY-MM-DD, e.g. 2026-11-01` });
		return z.NEVER;
	}
	return new Date(`${date.iso}T00:00:00Z`);
});
