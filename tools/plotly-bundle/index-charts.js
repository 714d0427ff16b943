'use strict';

// The plotly.js partial bundle the dashboard serves (assets/plotly-charts.min.js): what plotly.js's own
// lib/index-cartesian.js does, with only the traces components/core/figures.py draws.
// lib/core brings the plot API, every layout component (shapes, annotations, legend, hover, modebar, ...),
// the en/en-US locales, and registers any locale queued in window.PlotlyLocales before it loaded
// (assets/plotly-locale-zh-cn.js queues itself there when plotly.js is not loaded yet, else registers).
// Keep TRACES in build.mjs in step with this list (it names them in the bundle's header).

var Plotly = require('plotly.js/lib/core');

Plotly.register([
    // traces
    require('plotly.js/lib/scatter'), // in lib/core already; named so the bundle does not rely on that
    require('plotly.js/lib/bar'),
]);

module.exports = Plotly;
