import { lintTarget } from '../../../src/core/target/lint';

const codes = (text: string, context = {}): string[] => lintTarget(text, context).map((f) => f.code);

describe('lintTarget', () => {
  it.each<[string, object, string[]]>([
    ['≥60%', {}, []],
    ['≥60百分比', { level3: '督导检查覆盖率' }, []],
    ['100百分比', { level3: '工程质量合格率（%）' }, ['TARGET_IMPLICIT_OP', 'TARGET_GTE_100_PERCENT']],
    ['≥100百分比', { level3: '工程质量合格率（%）' }, ['TARGET_GTE_100_PERCENT']],
    ['=100%', {}, []],
    ['≥120%', { level3: '完成率' }, ['TARGET_RATE_OVER_100']],
    ['≥120%', { level3: '产值增长' }, []],
    ['≥120%', {}, ['TARGET_RATE_OVER_100']],
    ['较上年提高120%', {}, []],
    ['90%-105%', {}, ['TARGET_RATE_OVER_100']],
    ['≥60', {}, ['TARGET_NO_UNIT']],
    ['5', {}, ['TARGET_IMPLICIT_OP', 'TARGET_NO_UNIT']],
    ['2%', { level3: '安全事故发生率' }, ['TARGET_IMPLICIT_OP_REVERSE']],
    ['3次', { level3: '群众投诉次数' }, ['TARGET_IMPLICIT_OP_REVERSE']],
    ['20万元', { level2: '成本指标', level3: '项目总成本' }, ['TARGET_IMPLICIT_OP']],
    ['按时完工为合格', {}, []],
    ['', {}, ['TARGET_MISSING']],
    ['≥abc%', {}, ['TARGET_UNREADABLE']],
  ])('%j %j → %j', (text, context, expected) => {
    expect(codes(text, context)).toEqual(expected);
  });

  it('suggests the explicit operator it read', () => {
    const [finding] = lintTarget('100百分比');
    expect(finding?.message).toBe('未写比较符，按「≥」理解；请写明，如 ≥100%');
    expect(finding?.severity).toBe('warning');
  });

  it('makes a cost without an operator a ceiling and says so', () => {
    const [finding] = lintTarget('20万元', { level2: '成本指标' });
    expect(finding?.message).toBe('未写比较符，按「≤」理解；请写明，如 ≤20万元');
  });

  it('an unreadable target is an error with the parser’s reason and position', () => {
    const [finding] = lintTarget('≥60%%');
    expect(finding).toMatchObject({ severity: 'error', position: 4 });
    expect(finding?.message).toBe('指标值无法识别：单位后有无法识别的内容「%」（第5个字符）');
  });
});
