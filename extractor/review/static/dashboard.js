// chitieu review: the dashboard. Draws the three charts with Chart.js (served by the app itself,
// /static/chart.umd.min.js) from the JSON the page carries; nothing is fetched from elsewhere.
// Numbers in Vietnamese style (vi-VN: 93,6 and 29.000); no animation, so the page is drawn at once.
(function () {
  'use strict';
  var dataEl = document.getElementById('dashboard-data');
  if (!dataEl || typeof Chart === 'undefined') { return; }
  var data = JSON.parse(dataEl.textContent);
  var T = data.i18n;
  var LOCALE = document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
  var COLORS = { result: '#2f6fd6', target: '#d46b00', range: '#8fa9d6', met: '#2e8b2e', notMet: '#b3261e' };
  var fmt = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

  function t(k) { return T[k] || k; }
  function num(v) { return v === null || v === undefined ? '—' : fmt.format(v); }
  function short(s, n) { return s.length > n ? s.slice(0, n - 1) + '…' : s; }
  // '2025-07' as Vietnamese write a month: 'tháng 7/2025' (English: '07/2025'); a year stays as it is
  function periodText(p) {
    var m = /^(\d{4})-(\d{2})$/.exec(p || '');
    if (!m) { return p || ''; }
    return LOCALE === 'vi-VN' ? 'tháng ' + Number(m[2]) + '/' + m[1] : m[2] + '/' + m[1];
  }

  Chart.defaults.locale = LOCALE;
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = '"DejaVu Sans", "Noto Sans", Arial, sans-serif';

  var select = document.getElementById('family-select');
  if (select) {
    select.addEventListener('change', function () { document.getElementById('family-form').submit(); });
  }

  // a series with no value at all (a plan's targets have no result yet) is left out of the legend too
  function withValues(datasets) {
    return datasets.filter(function (d) { return d.data.some(function (v) { return v !== null; }); });
  }

  function unitLabel() {
    return data.family && data.family.unit ? ' (' + data.family.unit + ')' : '';
  }

  function drawProvinces() {
    var rows = data.by_province;
    var canvas = document.getElementById('chart-provinces');
    if (!canvas || !rows.length) { return; }
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return [r.province || t('no_province'), r.period ? t('period') + ' ' + periodText(r.period) : '']; }),
        datasets: withValues([
          { key: 'actual', label: t('result') + unitLabel(), data: rows.map(function (r) { return r.actual; }),
            backgroundColor: COLORS.result, maxBarThickness: 90 },
          { key: 'target', label: t('target') + unitLabel(), data: rows.map(function (r) { return r.target; }),
            backgroundColor: COLORS.target, maxBarThickness: 90 }
        ])
      },
      options: {
        scales: { y: { beginAtZero: true, title: { display: true, text: data.family.unit || '' } } },
        plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + num(c.raw); } } } }
      }
    });
  }

  function drawSeries() {
    var rows = data.series;
    var canvas = document.getElementById('chart-series');
    if (!canvas || !rows.length) { return; }
    function line(key, label, color, extra) {
      var d = { key: key, label: label, data: rows.map(function (r) { return r[key]; }), borderColor: color,
                backgroundColor: color, spanGaps: true, pointRadius: 4 };
      Object.keys(extra || {}).forEach(function (k) { d[k] = extra[k]; });
      return d;
    }
    var datasets = [line('actual_avg', t('result_avg') + unitLabel(), COLORS.result, { borderWidth: 3 })];
    // the lowest and highest only where some period has more than one result to spread
    if (rows.some(function (r) { return r.actual_min !== r.actual_max; })) {
      datasets.push(line('actual_min', t('result_min'), COLORS.range, { borderDash: [4, 4], pointRadius: 2, borderWidth: 1 }),
                    line('actual_max', t('result_max'), COLORS.range, { borderDash: [4, 4], pointRadius: 2, borderWidth: 1 }));
    }
    datasets.push(line('target_max', t('target_max') + unitLabel(), COLORS.target,
                       { borderDash: [8, 4], pointStyle: 'rectRot', pointRadius: 6 }));
    new Chart(canvas, {
      type: 'line',
      data: { labels: rows.map(function (r) { return r.period; }), datasets: withValues(datasets) },
      options: {
        scales: { x: { title: { display: true, text: t('period') },
                       ticks: { callback: function (v) { return periodText(this.getLabelForValue(v)); } } },
                  y: { beginAtZero: true, title: { display: true, text: data.family.unit || '' } } },
        plugins: { legend: { labels: { usePointStyle: true } },
                   tooltip: { callbacks: {
                     title: function (items) { return t('period') + ' ' + periodText(items[0].label); },
                     label: function (c) { return c.dataset.label + ': ' + num(c.raw); } } } }
      }
    });
  }

  function drawTargets() {
    var rows = data.targets;
    var canvas = document.getElementById('chart-targets');
    if (!canvas || !rows.length) { return; }
    // one bar per document: give each its height rather than squeezing them into a fixed box
    document.getElementById('box-targets').style.height = (90 + 28 * rows.length) + 'px';
    function pct(r, n) { return Math.round(1000 * n / (r.met + r.not_met)) / 10; }
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return short(r.label, 60) + ' (' + r.met + '/' + (r.met + r.not_met) + ')'; }),
        datasets: [
          { key: 'met', label: t('met'), data: rows.map(function (r) { return pct(r, r.met); }), backgroundColor: COLORS.met },
          { key: 'not_met', label: t('not_met'), data: rows.map(function (r) { return pct(r, r.not_met); }), backgroundColor: COLORS.notMet }
        ]
      },
      options: {
        indexAxis: 'y',
        scales: { x: { stacked: true, min: 0, max: 100, title: { display: true, text: t('share_pct') } },
                  y: { stacked: true } },
        plugins: { tooltip: { callbacks: {
          title: function (items) { return rows[items[0].dataIndex].label; },
          label: function (c) {
            var r = rows[c.dataIndex], n = c.datasetIndex === 0 ? r.met : r.not_met;
            return c.dataset.label + ': ' + n + '/' + (r.met + r.not_met) + ' (' + num(c.raw) + '%)';
          } } } }
      }
    });
  }

  drawProvinces();
  drawSeries();
  drawTargets();
}());
