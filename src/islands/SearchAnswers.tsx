import type { Answers } from '../search/answers';
import { entryUrl, inScope, pagesInScope, sitePageUrl, withHighlight, type ResultFilters } from '../search/client';
import { kindLabels } from '../site/labels';

/**
 * The site's own pages the query names ("sources", "lesson plans"), as the reader types: search
 * does not index them, so this is where a reader finds them. Once the results list a page with
 * its description, the answer keeps only the title.
 */
export function SearchPageAnswers({ answers, filters, listed }: { answers: Answers; filters: ResultFilters; listed: Set<string> }) {
	if (!pagesInScope(filters) || answers.pages.length === 0) return null;
	return (
		<section class="search-answers" aria-label="On this site">
			<h2 class="search-answers-title">On this site</h2>
			<ul>
				{answers.pages.map((p) => {
					const shown = listed.has(sitePageUrl(p).split('#')[0]!);
					return (
						<li class={shown ? 'search-answer search-answer-listed' : 'search-answer'} key={p.path}>
							<a class="search-answer-link" href={sitePageUrl(p)}>
								<span class="search-answer-term">{p.title}</span>
							</a>
							{!shown && <p class="search-answer-short">{p.description}</p>}
						</li>
					);
				})}
			</ul>
		</section>
	);
}

/**
 * Instant answers: the glossary entries a query names or starts to name, with their card
 * definitions, from the names index as the reader types, before the full-text results arrive
 * underneath. Plain links and text; nothing is set as HTML.
 */
export function SearchAnswers({
	answers,
	query,
	filters,
	listed = new Set(),
}: {
	answers: Answers;
	query: string;
	filters: ResultFilters;
	/** Entries the full-text results already show with an excerpt: here they keep only their name, so results start higher. */
	listed?: Set<string>;
}) {
	// Limited to timeline events, say, the reader asked for no glossary entries.
	const entries = answers.entries.filter((e) => inScope(e, filters));
	if (entries.length === 0) return null;
	return (
		<section class="search-answers" aria-label="In the glossary">
			<h2 class="search-answers-title">In the glossary</h2>
			<ul>
				{entries.map((e) => (
					<li class={listed.has(entryUrl(e)) ? 'search-answer search-answer-listed' : 'search-answer'} key={e.id}>
						<a class="search-answer-link" href={withHighlight(entryUrl(e), query)}>
							<span class="search-result-type">Glossary · {kindLabels[e.kind].singular}</span>
							<span class="search-answer-term">
								{e.term}
								{e.abbr && ` (${e.abbr})`}
							</span>
						</a>
						{!listed.has(entryUrl(e)) && e.zh[0] && (
							<p class="search-answer-zh">
								<span lang="zh-Hans">{e.zh[0].text}</span>
								{e.pinyin && (
									<>
										{' '}
										<span class="pinyin" lang="zh-Latn-pinyin">
											{e.pinyin}
										</span>
									</>
								)}
							</p>
						)}
						{!listed.has(entryUrl(e)) && <p class="search-answer-short">{e.short}</p>}
					</li>
				))}
			</ul>
		</section>
	);
}

/**
 * What the site knows about the query itself: a misspelling ("Did you mean …?", which searches
 * for the correction), and a law or body the site has no entry for, with the nearest entries.
 */
export function SearchNotices({ answers, mentions, onSearch }: { answers: Answers; mentions?: number; onSearch: (query: string) => void }) {
	const { didYouMean, uncovered } = answers;
	if (!didYouMean && !uncovered) return null;
	return (
		<div class="search-notices">
			{didYouMean && (
				<p class="search-did-you-mean">
					Did you mean{' '}
					<button type="button" class="search-suggestion" onClick={() => onSearch(didYouMean.entry?.term ?? didYouMean.query)}>
						{didYouMean.entry?.term ?? didYouMean.query}
					</button>
					?
				</p>
			)}
			{uncovered && (
				<p class="search-uncovered">
					This site has no entry for “{uncovered.phrase}”{mentions === 0 && ', and none of its pages mentions it'}
					{mentions !== undefined && mentions > 0 && `; ${mentions === 1 ? 'one page mentions' : `${mentions} pages mention`} it by name`}.
					{uncovered.nearest.length > 0 && (
						<>
							{' '}
							The nearest entries are{' '}
							{uncovered.nearest.map((e, i) => (
								<>
									{i > 0 && (i === uncovered.nearest.length - 1 ? ' and ' : ', ')}
									<a href={entryUrl(e)}>{e.term}</a>
								</>
							))}
							.
						</>
					)}{' '}
					Results below share words with your search{mentions ? '' : ' but are not about it'}.
				</p>
			)}
		</div>
	);
}
