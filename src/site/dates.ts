import type { PartialDate } from '../schemas/ids';

const formats = {
	day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
	month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
	year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};

/** A date is read as one unit, so its words are joined by no-break spaces: no line ends after "1". */
const unbroken = (text: string) => text.replaceAll(' ', '\u00a0');

/** "1 September 2021", "September 2021" or "2021": never more precise than the source. */
export function formatPartialDate(date: PartialDate): string {
	const [y, m = '01', d = '01'] = date.iso.split('-');
	return unbroken(formats[date.precision].format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))));
}

/** A full date from front matter, e.g. the page's last update. */
export function formatDate(date: Date): string {
	return unbroken(formats.day.format(date));
}

export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** When a set of pages last changed: the latest of their `updated` dates (a chapter, the feed, the whole site). */
export const lastUpdated = (pages: readonly { data: { updated: Date } }[]): Date =>
	new Date(Math.max(...pages.map((p) => p.data.updated.getTime())));
