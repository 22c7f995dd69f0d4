import type { Hit } from '../search/client';
import { excerptParts } from '../search/excerpt-parts';
import { splitChineseRuns } from '../site/chinese-runs';
import { kindLabels, resultTypeLabels, sitePageLabel } from '../site/labels';

const typeLabel = (hit: Hit) =>
	hit.type === 'page'
		? sitePageLabel
		: hit.type === 'glossary' && hit.kind
			? `${resultTypeLabels.glossary.singular} · ${kindLabels[hit.kind].singular}`
			: resultTypeLabels[hit.type].singular;

/** Text with its Chinese runs marked as Chinese, as the pages mark them, so a screen reader reads them in a Chinese voice. */
function Marked({ text }: { text: string }) {
	return <>{splitChineseRuns(text).map((part, i) => (i % 2 === 1 ? <span lang="zh-Hans">{part}</span> : part))}</>;
}

/**
 * An excerpt as Preact nodes: text, and <mark> around the query's matches. The excerpt is never
 * set as HTML (see excerptParts), so nothing in the index can create any other element.
 */
function Excerpt({ html }: { html: string }) {
	return (
		<p class="search-excerpt">
			{excerptParts(html).map((part) =>
				part.mark ? (
					<mark>
						<Marked text={part.text} />
					</mark>
				) : (
					<Marked text={part.text} />
				),
			)}
		</p>
	);
}

/**
 * The result list. Every result and sub-result is a plain link (arrow keys move between them,
 * Enter follows one). Nothing in it is set as HTML.
 */
export function SearchResults({ id, hits }: { id: string; hits: Hit[] }) {
	return (
		<ol id={id} class="search-results" aria-label="Results" hidden={hits.length === 0}>
			{hits.map((hit) => (
				<li
					class={hit.preview ? 'search-result search-result-preview' : 'search-result'}
					key={hit.id}
					data-preview={hit.preview ? hit.id : undefined}
				>
					<a class="search-result-link" href={hit.url}>
						<span class="search-result-type">{typeLabel(hit)}</span>
						<span class="search-result-title">
							<Marked text={hit.title} />
						</span>
					</a>
					{hit.excerpt && <Excerpt html={hit.excerpt} />}
					{hit.subResults.length > 0 && (
						<ul class="search-subresults">
							{hit.subResults.map((sub) => (
								<li key={sub.url}>
									<a class="search-subresult-link" href={sub.url}>
										<Marked text={sub.title} />
									</a>
									{sub.excerpt && <Excerpt html={sub.excerpt} />}
								</li>
							))}
						</ul>
					)}
				</li>
			))}
		</ol>
	);
}
