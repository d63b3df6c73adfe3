/**
 * Builds the WPS 表格 add-in into dist/wps/, a tree WPS loads from a URL, a .7z or a folder:
 *   ribbon.xml     the ribbon (its first bytes must be `<customUI`: WPS rejects an XML declaration)
 *   index.html     the hidden page WPS opens first → main.js (registers PERF, ribbon callbacks)
 *   taskpane.html  the task pane → taskpane.js (the same React app, over workbook/wps.ts)
 *   manifest.xml   JsPlugin, namespace PERF;  functions.json  the PERF functions for 插入函数
 *   assets/        icons
 * No office.js, relative URLs only, nothing fetched from the network: it works offline.
 * Syntax is held to ES2019 until a real WPS tells its Chromium version (test/e2e/wps-build.e2e.ts).
 *
 *   npm run build          builds Office (webpack.config.js) then WPS (this file)
 *   npm run package:wps    dist/wps → perftable.7z + publish.xml / jsplugins.xml entries
 */
'use strict';
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { parseTree } = require('custom-functions-metadata/lib/parseTree');

const FUNCTIONS = path.resolve(__dirname, 'src/functions/functions.ts');

/** The PERF functions' metadata from the doc comments Excel's functions.json comes from. */
function officeMetadata() {
  const parsed = parseTree(fs.readFileSync(FUNCTIONS, 'utf8'), 'functions.ts');
  if (parsed.errors && parsed.errors.length > 0) throw new Error(`functions.ts: ${parsed.errors.join('; ')}`);
  return parsed.functions;
}

/** Emits functions.json in WPS's shape (types as number/string/boolean/any, matrices as T[][]). */
class WpsFunctionsJsonPlugin {
  constructor(metadata) {
    this.metadata = metadata;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WpsFunctionsJsonPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'WpsFunctionsJsonPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const type = (t, d) => `${['number', 'string', 'boolean'].includes(t) ? t : 'any'}${d === 'matrix' ? '[][]' : ''}`;
        const functions = this.metadata.map((f) => ({
          name: f.name,
          description: f.description || '',
          parameters: f.parameters.map((p) => ({ name: p.name, description: p.description || '', type: `${type(p.type, p.dimensionality)}${p.optional ? '?' : ''}` })),
          result: { type: type(f.result && f.result.type, f.result && f.result.dimensionality) },
        }));
        compilation.emitAsset('functions.json', new webpack.sources.RawSource(JSON.stringify({ functions }, null, 2)));
      });
    });
  }
}

module.exports = (_env, argv = {}) => {
  const dev = argv.mode !== 'production';
  const metadata = officeMetadata();
  const page = path.resolve(__dirname, 'src/wps/static/page.html');
  return {
    mode: dev ? 'development' : 'production',
    context: __dirname,
    devtool: false, // eval-based source maps would need unsafe-eval; WPS's engine is unknown
    target: ['web', 'es2019'],
    entry: {
      main: path.resolve(__dirname, 'src/wps/main.ts'),
      taskpane: path.resolve(__dirname, 'src/wps/taskpane.tsx'),
    },
    output: {
      path: path.resolve(__dirname, 'dist/wps'),
      filename: '[name].js',
      chunkFilename: '[name].js',
      publicPath: '', // relative URLs: the same tree works from a URL, a .7z and a folder
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
              options: {
                configFile: path.resolve(__dirname, 'tsconfig.json'),
                transpileOnly: true, // `npm test` type-checks everything
                compilerOptions: { target: 'ES2019' },
              },
            },
          ],
        },
        {
          // Dependencies ship ES2020+ (Fluent's keyborg uses `?.`): lowered to ES2019 here.
          test: /\.m?js$/,
          include: /node_modules/,
          use: [path.resolve(__dirname, 'scripts/es2019-loader.js')],
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ PERF_FUNCTION_METADATA: JSON.stringify(metadata) }),
      new WpsFunctionsJsonPlugin(metadata),
      new HtmlWebpackPlugin({ filename: 'index.html', template: page, chunks: ['main'], title: 'PerfTable' }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: page, chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/static/ribbon.xml', to: 'ribbon.xml' },
          { from: 'src/wps/static/manifest.xml', to: 'manifest.xml' },
          { from: 'assets', to: 'assets' },
        ],
      }),
    ],
    performance: { maxAssetSize: 2_500_000, maxEntrypointSize: 2_500_000 },
  };
};
