// Draws the charts described in the JSON block #versus-charts with the inlined Chart.js.
// Written for versus; no network access, no external modules.
(function () {
  'use strict';
  var specs = JSON.parse(document.getElementById('versus-charts').textContent);
  window.versusCharts = {};

  function alpha(hex, a) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + a + ')';
  }

  // Whiskers for bar charts: dataset.errorBars[i] = [low, high] or null.
  var errorBars = {
    id: 'versusErrorBars',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      chart.data.datasets.forEach(function (dataset, d) {
        if (!dataset.errorBars || !chart.isDatasetVisible(d)) return;
        var meta = chart.getDatasetMeta(d);
        var y = chart.scales.y;
        meta.data.forEach(function (bar, i) {
          var range = dataset.errorBars[i];
          if (!range) return;
          var top = y.getPixelForValue(range[1]);
          var bottom = y.getPixelForValue(range[0]);
          var half = Math.min(6, bar.width / 4);
          ctx.save();
          ctx.strokeStyle = '#1d2330';
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          ctx.moveTo(bar.x, top); ctx.lineTo(bar.x, bottom);
          ctx.moveTo(bar.x - half, top); ctx.lineTo(bar.x + half, top);
          ctx.moveTo(bar.x - half, bottom); ctx.lineTo(bar.x + half, bottom);
          ctx.stroke();
          ctx.restore();
        });
      });
    }
  };

  function lineDatasets(spec) {
    return spec.datasets.map(function (ds) {
      var points = ds.points.map(function (p) { return { x: p[0], y: p[1] }; });
      var shade = ds.shade === undefined ? 1 : ds.shade;
      if (ds.knee) {
        return { label: ds.label, data: points, showLine: false, pointStyle: 'triangle',
          pointRadius: 9, pointHoverRadius: 11, borderColor: '#1d2330', borderWidth: 1.5,
          backgroundColor: ds.color };
      }
      return { label: ds.label, data: points, showLine: true, borderColor: alpha(ds.color, shade),
        backgroundColor: alpha(ds.color, shade), borderDash: ds.dashed ? [6, 4] : [],
        pointRadius: spec.id.indexOf('cdf-') === 0 ? 0 : 3, borderWidth: 2, tension: 0 };
    });
  }

  function barDatasets(spec) {
    return spec.datasets.map(function (ds) {
      var colors = ds.colors || ds.values.map(function () { return ds.color; });
      return { label: ds.label, data: ds.values, errorBars: ds.errors || null,
        backgroundColor: colors.map(function (c) { return alpha(c, 0.75); }),
        borderColor: colors, borderWidth: 1 };
    });
  }

  function axis(title, log) {
    return { type: log ? 'logarithmic' : 'linear', title: { display: true, text: title } };
  }

  specs.charts.forEach(function (spec) {
    var canvas = document.getElementById('chart-' + spec.id);
    if (!canvas) return;
    var bar = spec.type === 'bar';
    var scales = bar
      ? { x: { type: 'category' }, y: axis(spec.yTitle, false) }
      : { x: axis(spec.xTitle, spec.xLog), y: axis(spec.yTitle, false) };
    if (spec.xTicks) {
      scales.x.afterBuildTicks = function (scale) {
        scale.ticks = spec.xTicks.map(function (v) { return { value: v }; });
      };
      scales.x.ticks = { autoSkip: false, callback: function (value) { return String(value); } };
    }
    if (bar) {
      scales.y.beginAtZero = true;
      var highs = [];
      spec.datasets.forEach(function (ds) {
        (ds.errors || []).forEach(function (e) { if (e) highs.push(e[1]); });
      });
      if (highs.length) scales.y.suggestedMax = Math.max.apply(null, highs);
    }
    var config = {
      type: bar ? 'bar' : 'scatter',
      data: bar ? { labels: spec.categories, datasets: barDatasets(spec) }
                : { datasets: lineDatasets(spec) },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: 'nearest', intersect: false },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } },
                             display: !(bar && spec.datasets.length === 1) } },
        scales: scales
      },
      plugins: bar ? [errorBars] : []
    };
    window.versusCharts[spec.id] = new Chart(canvas, config);
  });
})();
