/**
 * Lowers a dependency's syntax to ES2019 for the WPS bundles (optional chaining, `??`, class
 * fields…), with the TypeScript compiler the project already has. WPS's embedded Chromium version
 * is not published; until a real WPS tells it, its bundles keep to ES2019 (webpack.wps.config.js).
 */
'use strict';
const ts = require('typescript');

module.exports = function es2019Loader(source) {
  // Most files need nothing: skip those without ES2020+ syntax cheaply.
  if (!/\?\.|\?\?|#[A-Za-z_]|static\s*\{/.test(source)) return source;
  const output = ts.transpileModule(source, {
    fileName: this.resourcePath,
    compilerOptions: { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.ESNext, allowJs: true, sourceMap: false },
  });
  return output.outputText;
};
