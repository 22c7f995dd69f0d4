import { describe, expect, it } from 'vitest';
import { cssString } from '../../src/integrations/running-foot';

// The running foot's words reach print.css's @page box as a CSS string (src/integrations/running-foot.ts).
describe('the running foot as a CSS string', () => {
	it('escapes what would end or break the string, and keeps every other character as it is', () => {
		expect(cssString('A “guide”: the CAC’s book')).toBe('"A “guide”: the CAC’s book"');
		expect(cssString('say "hi" \\ now')).toBe('"say \\"hi\\" \\\\ now"');
		expect(cssString('two\nlines')).toBe('"two\\A lines"');
	});
});
