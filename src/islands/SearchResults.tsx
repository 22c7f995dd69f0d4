import type { Hit } from '../lib/search-client';
import { resultTypeLabels } from '../lib/search-model';
import { kindLabels } from '../lib/terms';

const typeLabel = (hit: Hit) =>
	hit.type === 'glossary' && hit.kind ? `${resultTypeLabels.glossary.singular} · ${kindLabels[hit.kind].singular}` : resultTypeLabels[hit.type].singular;

/**
 * The result list. Every result and sub-result is a plain link (arrow keys move between them,
 * Enter follows one). Excerpts are HTML from Pagefind, already reduced by sanitizeExcerpt to
 * text and <mark>; nothing else is ever set as HTML.
 */
export function SearchResults({ id, hits }: { id: string; hits: Hit[] }) {
	return (
		<ol id={id} class="search-results" aria-label="Results" hidden={hits.length === 0}>
			{hits.map((hit) => (
				<li class="search-result" key={hit.id}>
					<a class="search-result-link" href={hit.url}>
						<span class="search-result-type">{typeLabel(hit)}</span>
						<span class="search-result-title">{hit.title}</span>
					</a>
					<p class="search-excerpt" dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
					{hit.subResults.length > 0 && (
						<ul class="search-subresults">
							{hit.subResults.map((sub) => (
								<li key={sub.url}>
									<a class="search-subresult-link" href={sub.url}>
										{sub.title}
									</a>
									<p class="search-excerpt" dangerouslySetInnerHTML={{ __html: sub.excerpt }} />
								</li>
							))}
						</ul>
					)}
				</li>
			))}
		</ol>
	);
}
