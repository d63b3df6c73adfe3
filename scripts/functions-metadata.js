/**
 * What functions.json needs beyond what custom-functions-metadata generates from the doc comments.
 *
 * allowErrorForDataTypeAny: by default Excel does not call a custom function when an input holds an
 * error: one #N/A in F2:F44 makes the whole spilled result one error. With it set (top level of the
 * metadata; it applies to parameters of type any, which every PERF parameter is), errors reach the
 * gate as CustomFunctions.Error values and each row is judged on its own. custom-functions-metadata
 * 2.2.3 has no JSDoc tag or option for it, so it is added to the generated JSON here.
 */
'use strict';

/** The generated metadata with the options PerfTable needs. */
function completeMetadata(json) {
  const metadata = JSON.parse(json);
  const parameters = metadata.functions.flatMap((fn) => fn.parameters || []);
  const notAny = parameters.filter((p) => p.type !== 'any');
  // The flag lets errors through only to `any` parameters: a typed one would silently keep the old behaviour.
  if (notAny.length > 0) throw new Error(`functions.json: parameters not of type any: ${notAny.map((p) => p.name).join(', ')}`);
  return JSON.stringify({ allowErrorForDataTypeAny: true, ...metadata }, null, 4);
}

/** Rewrites the functions.json asset that CustomFunctionsMetadataPlugin emitted. */
class CompleteFunctionsMetadataPlugin {
  constructor(asset = 'functions.json') {
    this.asset = asset;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CompleteFunctionsMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CompleteFunctionsMetadataPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset(this.asset);
        if (!asset) return; // the metadata plugin reported its errors already
        compilation.updateAsset(this.asset, new sources.RawSource(completeMetadata(asset.source.source().toString())));
      });
    });
  }
}

module.exports = { completeMetadata, CompleteFunctionsMetadataPlugin };
