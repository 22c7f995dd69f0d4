import Analysis from './Analysis.astro';
import Book from './Book.astro';
import Cell from './Cell.astro';
import Compare from './Compare.astro';
import CompareRow from './CompareRow.astro';
import Comparison from './Comparison.astro';
import Context from './Context.astro';
import MapLink from './MapLink.astro';
import Note from './Note.astro';
import NoTerm from './NoTerm.astro';
import Quote from './Quote.astro';
import ReportErrors from './ReportErrors.astro';
import Row from './Row.astro';
import Term from './Term.astro';
import type { MdxComponentName } from '../../schemas/mdx-components';

/** The components every MDX page may use without importing them. */
// `satisfies`: the content check's list (src/schemas/mdx-components.ts) and this one cannot drift apart.
export const mdxComponents = {
	Analysis,
	Book,
	Cell,
	Compare,
	CompareRow,
	Comparison,
	Context,
	MapLink,
	Note,
	NoTerm,
	Quote,
	ReportErrors,
	Row,
	Term,
} satisfies Record<MdxComponentName, unknown>;
