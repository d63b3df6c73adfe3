/**
 * Webpack loader for src/functions/functions.ts, run right after custom-functions-metadata-plugin's
 * own loader has appended `CustomFunctions.associate("ID", fn);` lines to the source.
 *
 * Why: taskpane.html loads the functions chunk too (shared runtime). Inside Excel the global
 * CustomFunctions exists; in a plain browser (standalone use, end-to-end tests) it does not, and the
 * bare calls would throw a ReferenceError when the chunk loads. Guarded, they are skipped there and
 * behave exactly as before inside Excel. If the plugin ever changes its output, nothing matches and
 * the source passes through unchanged.
 */
'use strict';

module.exports = function associateGuardLoader(source) {
  return source.replace(/^CustomFunctions\.associate\(/gm, 'if (typeof CustomFunctions !== "undefined") CustomFunctions.associate(');
};
