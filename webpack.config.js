/**
 * Builds the add-in into dist/: taskpane.html (the shared runtime page), functions.js,
 * functions.json (custom-function metadata), taskpane.js, manifest.xml and assets/.
 *
 *   npm run build            production build
 *   npm run build:dev        development build
 *   npm start                dev server, see scripts/start.js (webpack serve also works)
 *
 * Environment: PORT (dev server port, default 3000); PERFTABLE_PUBLIC_URL (where dist/ will be
 * hosted, e.g. https://example.org/perftable/; rewrites the https://localhost:3000/ URLs in the
 * copied manifest; the repo's manifest.xml stays on localhost).
 *
 * About CustomFunctions.associate: custom-functions-metadata-plugin 2.1.10 DOES call it for us.
 * Its compilation hook pushes lib/loader.js onto the loaders of the `input` file (functions.ts),
 * and that loader appends `CustomFunctions.associate("<ID>", <functionName>);` to the source for
 * every @customfunction it found. So functions.ts must NOT call associate itself (the id would be
 * registered twice), and each @customfunction must be a top-level function declared in functions.ts
 * under the name it is exported by (the appended line refers to it by that name). Functions
 * declared in other files get neither metadata nor associate: only `input` is scanned.
 * scripts/associate-guard-loader.js wraps those appended lines so they are skipped where the global
 * CustomFunctions does not exist (a plain browser).
 */
'use strict';
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { CompleteFunctionsMetadataPlugin } = require('./scripts/functions-metadata');

const DEV_URL = 'https://localhost:3000/';
const FUNCTIONS = path.resolve(__dirname, 'src/functions/functions.ts');

/** The manifest as it should be served from `base` (a URL ending in /). */
function manifestFor(base) {
  return (content) => content.toString().split(DEV_URL).join(base);
}

module.exports = (_env, argv = {}) => {
  const dev = argv.mode !== 'production';
  const port = Number(process.env.PORT || 3000);
  const publicUrl = process.env.PERFTABLE_PUBLIC_URL || `https://localhost:${port}/`;
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;

  return {
    mode: dev ? 'development' : 'production',
    context: __dirname, // so copy patterns and entries resolve from any working directory
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: FUNCTIONS,
      taskpane: path.resolve(__dirname, 'src/taskpane/index.tsx'),
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js', // fixed names: the manifest points at functions.js
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            {
              loader: 'ts-loader',
              // `npm test` type-checks the whole project (tests too); a build checks only what it bundles,
              // and a dev build checks nothing, to rebuild fast.
              options: { configFile: path.resolve(__dirname, 'tsconfig.json'), transpileOnly: dev, onlyCompileBundledFiles: true },
            },
          ],
        },
        {
          // Listed after ts-loader so it runs before it, on the source the metadata loader extended.
          test: FUNCTIONS,
          use: [path.resolve(__dirname, 'scripts/associate-guard-loader.js')],
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS }),
      new CompleteFunctionsMetadataPlugin('functions.json'), // allowErrorForDataTypeAny, see the script
      // Shared runtime: one page runs the custom functions and the task pane, functions first.
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: path.resolve(__dirname, 'src/taskpane/taskpane.html'), // loads office.js; bundles are injected after it
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestFor(base) },
          { from: 'assets', to: 'assets' },
        ],
      }),
    ],
    // React + Fluent UI make a large single bundle; warn only well above its expected size.
    performance: { maxAssetSize: 2_500_000, maxEntrypointSize: 2_500_000 },
    devServer: {
      host: 'localhost',
      port,
      server: 'https', // self-signed unless scripts/start.js passes certificates
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist'), watch: false },
      devMiddleware: { writeToDisk: true }, // dist/ is what is served, so it can be inspected
      client: { overlay: { warnings: false } },
    },
  };
};
