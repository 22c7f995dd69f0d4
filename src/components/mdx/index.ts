import Analysis from './Analysis.astro';
import Book from './Book.astro';
import Context from './Context.astro';
import Note from './Note.astro';
import NoTerm from './NoTerm.astro';
import Quote from './Quote.astro';
import Term from './Term.astro';

/** The components every MDX page may use without importing them. */
export const mdxComponents = { Analysis, Book, Context, Note, NoTerm, Quote, Term };
