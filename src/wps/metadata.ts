/**
 * The PERF functions' metadata for WPS, derived from the one source Excel's metadata comes from:
 * the doc comments of src/functions/functions.ts, read at build time by the same parser the Office
 * webpack plugin uses (custom-functions-metadata). Pure: data in, data out.
 *
 * WPS's `AddCustomFunction(namespace, name, fn, meta)` takes `number|string|boolean|any` types,
 * 2-D arrays as `T[][]` (1-D is not supported) and `?` for an optional parameter
 * (../shared/WPS.md §2).
 */

/** One function as custom-functions-metadata describes it (the part used here). */
export interface OfficeFunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Array<{ name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }>;
  result?: { type?: string; dimensionality?: string };
}

/** What `wps.AddCustomFunction` takes as its fourth argument, plus the function's name. */
export interface WpsFunctionMetadata {
  name: string;
  description: string;
  parameters: Array<{ name: string; description: string; type: string }>;
  result: { type: string };
}

function wpsType(type: string | undefined, dimensionality: string | undefined): string {
  const base = type === 'number' || type === 'string' || type === 'boolean' ? type : 'any';
  return dimensionality === 'matrix' ? `${base}[][]` : base;
}

export function wpsMetadata(office: OfficeFunctionMetadata): WpsFunctionMetadata {
  return {
    name: office.name,
    description: office.description ?? '',
    parameters: office.parameters.map((p) => ({
      name: p.name,
      description: p.description ?? '',
      type: `${wpsType(p.type, p.dimensionality)}${p.optional ? '?' : ''}`,
    })),
    result: { type: wpsType(office.result?.type, office.result?.dimensionality) },
  };
}
