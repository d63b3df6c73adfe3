import { OfficeMockObject } from 'office-addin-mock';
import { createOfficeWorkbook, type ExcelRun } from '../../src/workbook/office';
import { trialEvalFormula } from '../../src/core/layout/formulas';

/** A mock Excel context whose selection's top-left cell is Sheet1!B2; counts context.sync calls. */
function mockExcel() {
  const context = new OfficeMockObject({
    host: 'excel',
    workbook: {
      selection: {
        topLeft: { address: 'Sheet1!B2', formulas: [['']] },
        getCell(this: OfficeMockObject, row: number, column: number) {
          if (row !== 0 || column !== 0) throw new Error(`unexpected getCell(${row}, ${column})`);
          return this.topLeft;
        },
      },
      getSelectedRange(this: OfficeMockObject) {
        return this.selection;
      },
    },
  });
  const sync = context.sync.bind(context);
  let syncs = 0;
  context.sync = async () => {
    syncs += 1;
    await sync();
  };
  const run = (async (batch) => batch(context as unknown as Excel.RequestContext)) as ExcelRun;
  return {
    run,
    cell: () => context.workbook.selection.topLeft as { formulas: unknown; address: string },
    syncs: () => syncs,
  };
}

describe('Office workbook adapter', () => {
  it('writes the formula into the selected cell and returns its address', async () => {
    const excel = mockExcel();
    const workbook = createOfficeWorkbook(excel.run);

    const result = await workbook.insertFormula('=PERF.EVAL(0.65,"≥60%")');

    expect(excel.cell().formulas).toEqual([['=PERF.EVAL(0.65,"≥60%")']]);
    expect(result).toEqual({ address: 'Sheet1!B2' });
  });

  it('uses exactly one context.sync', async () => {
    const excel = mockExcel();
    await createOfficeWorkbook(excel.run).insertFormula('=PERF.EVAL(1,"≥1")');
    expect(excel.syncs()).toBe(1);
  });

  it('writes a target beginning with = as text inside the string literal, not as a formula of its own', async () => {
    const excel = mockExcel();
    const formula = trialEvalFormula(0.65, '=60%"x"');
    await createOfficeWorkbook(excel.run).insertFormula(formula);

    const written = (excel.cell().formulas as string[][])[0]?.[0];
    expect(written).toBe('=PERF.EVAL(0.65,"=60%""x""")');
    // The only formula start is the leading one; the target's = comes right after an opening quote.
    expect(written?.indexOf('=', 1)).toBe('=PERF.EVAL(0.65,"'.length);
  });

  it('passes Excel errors on to the caller', async () => {
    const failing: ExcelRun = async () => {
      throw new Error('InvalidOperation');
    };
    await expect(createOfficeWorkbook(failing).insertFormula('=1')).rejects.toThrow('InvalidOperation');
  });
});
