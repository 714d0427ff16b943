// Builds ../../assets/plotly-charts.min.js from index-charts.js the way plotly.js builds its own
// partial bundles (plotly.js 4.x: esbuild-config.js, tasks/partial_bundle.mjs, tasks/util/bundle_wrapper.mjs):
// - esbuild, IIFE with the global name Plotly, ES2016, minified (licence comments at the end of the file);
// - attribute meta (descriptions and the like) stripped from plotly.js's sources (tasks/compress_attributes.js),
//   which the browser never reads;
// - the same UMD wrapper: module.exports under CommonJS, else window.Plotly;
// - a licence header naming the bundle, the plotly.js version and the traces.
// plotly.js's esbuild config also has plugins for .css and .glsl imports: only the map and WebGL traces
// import those, and a build that met one would fail here (no loader) rather than ship a broken bundle.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, process.argv[2] || '../../assets/plotly-charts.min.js');
const TRACES = ['scatter', 'bar'];

const require = createRequire(import.meta.url);
const version = require('plotly.js/package.json').version;

// tasks/compress_attributes.js of plotly.js: the same patterns, applied to plotly.js's own sources only.
const metaPatterns = [
    "description: '.*'",
    'description: \\[[\\s\\S]*?\\]\\.join\\([\\s\\S]*?\\)',
    'requiredOpts: \\[[\\s\\S]*?\\]',
    'otherOpts: \\[[\\s\\S]*?\\]',
    "role: '.*'",
    "hrName: '.*'",
].map((pattern) => new RegExp('\\s*' + pattern + ',?', 'g'));

const stripMeta = {
    name: 'strip-meta-attributes',
    setup(b) {
        b.onLoad({ filter: /[\\/]node_modules[\\/]plotly\.js[\\/]src[\\/].*\.js$/ }, async (file) => {
            let code = await fs.promises.readFile(file.path, 'utf8');
            for (const pattern of metaPatterns) code = code.replace(pattern, '');
            return { contents: code, loader: 'js' };
        });
    },
};

const result = await build({
    entryPoints: [path.join(HERE, 'index-charts.js')],
    absWorkingDir: HERE,
    format: 'iife',
    globalName: 'Plotly',
    bundle: true,
    minify: true,
    sourcemap: false,
    write: false,
    outfile: OUT,
    plugins: [stripMeta],
    alias: { regl: '@plotly/regl', stream: 'stream-browserify' },
    define: {
        global: 'window',
        'define.amd': 'false',
        'process.env.NODE_DEBUG': 'false', // esbuild-plugin-environment({NODE_DEBUG: false}) in plotly's config
    },
    target: 'es2016',
    logLevel: 'warning',
});

const year = new Date().getUTCFullYear();
const header = [
    '/**',
    `* plotly.js (charts: ${TRACES.join(', ')} - minified) v${version}`,
    '* Built by tools/plotly-bundle/build.sh (custom partial bundle of the dashboard)',
    `* Copyright 2012-${year}, Plotly, Inc.`,
    '* All rights reserved.',
    '* Licensed under the MIT license',
    '*/',
    '',
].join('\n');
const wrapperStart = [
    '(',
    ' function(root, factory) {',
    '  if (typeof module === "object" && module.exports) {',
    '   module.exports = factory();',
    '  } else {',
    '   root.moduleName = factory();',
    '  }',
    '} (typeof self !== "undefined" ? self : this, () => {',
    '',
].join('\n');
const wrapperEnd = ['', 'window.Plotly = Plotly;', 'return Plotly;', '}));'].join('\n');

const code = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
fs.writeFileSync(OUT, header + wrapperStart + code + wrapperEnd);
console.log(`${OUT}: plotly.js v${version} (${TRACES.join(', ')}), ${fs.statSync(OUT).size} bytes`);
