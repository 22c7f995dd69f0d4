import type { ResultFilters as Filters } from '../search/client';
import { isResultType, isTermKind, resultTypes, termKindIds } from '../search/model';
import { kindLabels, resultTypeLabels } from '../site/labels';

interface Props {
	idPrefix: string;
	filters: Filters;
	onChange: (filters: Filters) => void;
}

/**
 * Result type and glossary kind, as two native selects (compact on a phone, fully keyboard and
 * screen-reader operable). A kind implies glossary entries; choosing another type clears it.
 */
export function SearchFilters({ idPrefix, filters, onChange }: Props) {
	return (
		<div class="search-filters">
			<span class="search-filter">
				<label for={`${idPrefix}-type`}>Show</label>
				<select
					id={`${idPrefix}-type`}
					value={filters.type ?? ''}
					onChange={(e) => {
						const type = e.currentTarget.value;
						onChange({ type: isResultType(type) ? type : undefined, kind: type === 'glossary' ? filters.kind : undefined });
					}}
				>
					<option value="">Everything</option>
					{resultTypes.map((t) => (
						<option value={t}>{resultTypeLabels[t].plural}</option>
					))}
				</select>
			</span>
			<span class="search-filter">
				<label for={`${idPrefix}-kind`}>Kind of term</label>
				<select
					id={`${idPrefix}-kind`}
					value={filters.kind ?? ''}
					onChange={(e) => {
						const kind = e.currentTarget.value;
						onChange(isTermKind(kind) ? { type: 'glossary', kind } : { type: filters.type });
					}}
				>
					<option value="">Any kind</option>
					{termKindIds.map((k) => (
						<option value={k}>{kindLabels[k].plural}</option>
					))}
				</select>
			</span>
		</div>
	);
}
