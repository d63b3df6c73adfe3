/**
 * functions.json as the webpack plugin generates it from the doc comments of functions.ts: every
 * PERF function with its parameters, Chinese descriptions, and no generator errors.
 */
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
// The same completion webpack applies to the emitted functions.json.
import { completeMetadata } from '../../scripts/functions-metadata';

interface ParameterMetadata {
  name: string;
  description?: string;
  type: string;
  dimensionality: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

/** Each function's parameters in order; a `?` marks an optional one. */
const EXPECTED: Record<string, string[]> = {
  EVAL: ['actual', 'target', 'percentMode?', 'level2?'],
  STATUS: ['actual', 'target', 'percentMode?', 'level2?'],
  RATE: ['actual', 'target', 'percentMode?', 'level2?'],
  PARSE: ['target', 'level2?'],
  CHECK: ['target', 'level2?', 'level3?'],
  FORMAT: ['target', 'level2?'],
  SCORE: ['actual', 'target', 'weight', 'profile?', 'percentMode?', 'level2?'],
  SCORECHECK: ['score', 'actual', 'target', 'weight', 'profile?', 'percentMode?', 'level2?'],
  EXECRATE: ['spent', 'budget'],
  EXECSCORE: ['spent', 'budget', 'weight?', 'profile?'],
  TOTAL: ['scores', 'weights?', 'applicable?', 'profile?'],
  GRADE: ['total', 'profile?'],
  PLANNED: ['month', 'plan', 'months?'],
  LIGHT: ['actual', 'target', 'month', 'profile?', 'level2?'],
  EXECLIGHT: ['spent', 'budget', 'month', 'plan?', 'months?', 'profile?'],
  WORSTLIGHT: ['lights'],
  CODE: ['code', 'year?'],
};

describe('functions.json', () => {
  let functions: FunctionMetadata[] = [];
  let options: Record<string, unknown> = {};

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(join(__dirname, '..', '..', 'src', 'functions', 'functions.ts'));
    expect(result.errors).toEqual([]);
    const metadata = JSON.parse(completeMetadata(result.metadataJson)) as { functions: FunctionMetadata[] } & Record<string, unknown>;
    functions = metadata.functions;
    options = metadata;
  }, 30_000);

  it('lets error cells reach the functions (allowErrorForDataTypeAny), for parameters of type any', () => {
    expect(options.allowErrorForDataTypeAny).toBe(true);
    for (const fn of functions) for (const parameter of fn.parameters) expect(parameter.type).toBe('any');
  });

  it('lists no function the table does not know', () => {
    expect(functions.map((f) => f.id).filter((id) => !(id in EXPECTED))).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))('lists PERF.%s with its parameters', (id, parameters) => {
    const fn = functions.find((f) => f.id === id);
    expect(fn).toBeDefined();
    expect(fn?.name).toBe(id);
    expect(fn?.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}`)).toEqual(parameters);
  });

  it('gives every function and parameter a Chinese description', () => {
    for (const fn of functions) {
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const parameter of fn.parameters) expect(parameter.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('takes ranges and spills: every parameter and result is a matrix', () => {
    for (const fn of functions) {
      for (const parameter of fn.parameters) expect(parameter.dimensionality).toBe('matrix');
      expect(fn.result.dimensionality).toBe('matrix');
    }
  });

  it('keeps function names ASCII, so formulas written by code never break', () => {
    for (const fn of functions) expect(fn.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
  });
});
