import { unplacedArticleNumber, unplacedArticleNumbers } from './law-articles';
import { statedQuantities, typedQuantity } from './quantities';

/**
 * What the site's own prose may not say, wherever it is written (a page's body, a card's
 * definition, a timeline event): a deadline, fine or threshold, which only content/facts.yaml
 * states (src/content/quantities.ts), and an article number of the Cybersecurity Law that does not
 * say which of its texts it numbers (src/content/law-articles.ts). Each with where it starts.
 */
export function ownProseProblems(text: string): { index: number; message: string; fix: string }[] {
	return [
		...statedQuantities(text).map((q) => ({ index: q.index, ...typedQuantity(q.text) })),
		...unplacedArticleNumbers(text).map((a) => ({ index: a.index, ...unplacedArticleNumber(a.text) })),
	];
}
