/** The numbers of `ids` in a table's source list, in the list's order, without repeats. */
export function sourceNumbers(list: readonly string[], ids: readonly string[]): number[] {
	return [...new Set(ids.map((id) => list.indexOf(id) + 1).filter((n) => n > 0))].sort((a, b) => a - b);
}

/** "a b  c" → ["a", "b", "c"]: the space-separated ids of a component prop. */
export const idList = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);
