/** Types of functions-metadata.js, for the tests that use it. */
export function completeMetadata(json: string): string;
export class CompleteFunctionsMetadataPlugin {
  constructor(asset?: string);
  apply(compiler: unknown): void;
}
