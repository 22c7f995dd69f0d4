import type { ResultFilters } from './client';
import { isResultType, isTermKind } from './model';
import { withBase } from '../site/urls';

/**
 * The /search/ page keeps its state in the URL (?q=…&type=…&kind=…) so a search can be
 * bookmarked and shared. Unknown filter values are dropped rather than trusted.
 */
export interface SearchState {
	query: string;
	filters: ResultFilters;
}

export function readSearchParams(search: string): SearchState {
	const params = new URLSearchParams(search);
	const type = params.get('type');
	const kind = params.get('kind');
	return {
		query: params.get('q') ?? '',
		filters: { type: isResultType(type) ? type : undefined, kind: isTermKind(kind) ? kind : undefined },
	};
}

export function searchParamsOf({ query, filters }: SearchState): string {
	const params = new URLSearchParams();
	if (query.trim()) params.set('q', query.trim());
	if (filters.type) params.set('type', filters.type);
	if (filters.kind) params.set('kind', filters.kind);
	const s = params.toString();
	return s ? `?${s}` : '';
}

export const searchPageHref = (base: string, state: SearchState) => `${withBase(base, 'search/')}${searchParamsOf(state)}`;
