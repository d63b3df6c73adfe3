/**
 * Form families (DOMAIN.md §1): the shapes of 绩效目标表, 自评表 and 监控表 that provinces publish.
 * The reader reads every family the same way, by labels; the family says which parts the form has,
 * so that a check about a part (项目编码, 资金支出计划, 指标值确定依据, 分值) runs only where the form
 * has a place for it, and the surfaces can say "按「…」格式读取".
 */

export type FamilyId = 'hebei-text' | 'split-columns' | 'mid-and-annual' | 'indented-tree' | 'unit-list' | 'self-eval' | 'monitor' | 'generic';

export type FormKind = 'target' | 'selfEval' | 'monitor';

/** Parts a family's form has a place for. */
export interface FamilyParts {
  code: boolean;
  spendPlan: boolean;
  basis: boolean;
  weights: boolean;
}

export interface FormFamily {
  id: FamilyId;
  /** The name the surfaces show: 按「河北文本式」格式读取. */
  name: string;
  kind: FormKind;
  parts: FamilyParts;
}

/** The family names, with a published example of each (docs/forms.md has the sources). */
export const FAMILY_NAMES: Readonly<Record<FamilyId, string>> = {
  'hebei-text': '河北文本式',
  'split-columns': '拆分列（湖南式）',
  'mid-and-annual': '中期与年度（中央申报表式）',
  'indented-tree': '缩进树（宁夏批复表式）',
  'unit-list': '单位项目清单（四川式）',
  'self-eval': '自评表',
  monitor: '监控表',
  generic: '通用目标表',
};

/** What the reader saw of one table, enough to name its family. */
export interface FamilySigns {
  /** Label kinds of the table (`code`, `spend`, `fundUseSection`, `operator`, `actual` …). */
  kinds: ReadonlySet<string>;
  /** The title's text, normalised ('' without one). */
  title: string;
  /** The indicator rows sit in one column, told apart by indentation. */
  indented?: boolean;
  /** Actual values headed by a period (`1-6月完成值`). */
  halfYear?: boolean;
}

/** The family of a table; its parts are those the family has, plus any the table shows. */
export function familyOf(signs: FamilySigns): FormFamily {
  const has = (kind: string): boolean => signs.kinds.has(kind);
  const monitor = /监控/.test(signs.title) || Boolean(signs.halfYear) || has('forecast');
  const selfEval = !monitor && (/自评|评价/.test(signs.title) || (has('actual') && (has('score') || has('weight'))) || has('spent'));
  const kind: FormKind = monitor ? 'monitor' : selfEval ? 'selfEval' : 'target';
  let id: FamilyId;
  if (monitor) id = 'monitor';
  else if (selfEval) id = 'self-eval';
  else if (has('fundUseSection') || has('spend')) id = 'hebei-text';
  else if (has('goalsLong')) id = 'mid-and-annual';
  else if (has('operator') || has('unitColumn')) id = 'split-columns';
  else if (signs.indented) id = 'indented-tree';
  else id = 'generic';
  const hebei = id === 'hebei-text';
  return {
    id,
    name: FAMILY_NAMES[id],
    kind,
    parts: {
      code: hebei || has('code'),
      spendPlan: hebei || has('spend'),
      basis: hebei || has('basis'),
      weights: has('weight'),
    },
  };
}
