#!/usr/bin/env node
// The command line is compiled to lib/ by `npm run build:cli` (run by `npm ci` through "prepare").
try {
  require('../lib/src/cli/main.js').run();
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('perftable: lib/ is missing; run `npm run build:cli` first.\n');
    process.exitCode = 2;
  } else throw error;
}
