/** English mode counts in English (`1 note`, not `1 notes`) and puts `: ` after a label, not `：`. */
import { ParsedTargetView } from '../../src/taskpane/components/ParsedTargetView';
import { checkStrings } from '../../src/taskpane/components/check/strings';
import { parseTarget } from '../../src/core/target/parse';
import { renderInPane } from './render';

it('counts findings with singular and plural nouns', () => {
  expect(checkStrings.en.total(1, { error: 0, warning: 0, info: 1 })).toBe('1 finding: 0 errors, 0 warnings, 1 note');
  expect(checkStrings.en.total(3, { error: 1, warning: 2, info: 0 })).toBe('3 findings: 1 error, 2 warnings, 0 notes');
});

it('writes "Parsed: " with a plain colon in English and "解析结果：" in Chinese', () => {
  const parse = parseTarget('≥60%');
  const { container, unmount } = renderInPane(<ParsedTargetView parse={parse} />, 'en');
  expect(container.textContent).toMatch(/^Parsed: /);
  expect(container.textContent).not.toContain('：');
  unmount();
  const zh = renderInPane(<ParsedTargetView parse={parse} />, 'zh');
  expect(zh.container.textContent).toMatch(/^解析结果：/);
});
