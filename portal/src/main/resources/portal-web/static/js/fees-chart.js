// 加算シミュレーター: the chart of monthly yen across the rule changes, and the clinic/pharmacy field switch.
// The series comes from /api/fees/series for the same inputs (the canvas's data-series-url); the result fragment is
// swapped by htmx on every change, so the chart is drawn again for each new canvas. Once Chart.js has drawn, the canvas
// gets data-rendered="true" (browser tests wait for it).
(function () {
  'use strict';

  var chart = null;
  var yen = new Intl.NumberFormat('ja-JP');

  /** Vertical dotted lines at the months where a new rules period starts. */
  var periodMarks = {
    id: 'periodMarks',
    afterDatasetsDraw: function (c, args, options) {
      var months = options.months || [];
      var x = c.scales.x;
      var area = c.chartArea;
      var ctx = c.ctx;
      ctx.save();
      ctx.strokeStyle = '#6c757d';
      ctx.fillStyle = '#6c757d';
      ctx.setLineDash([2, 3]);
      ctx.font = '10px sans-serif';
      months.forEach(function (m, i) {
        if (!m.periodStarts || i === 0) return;
        var px = x.getPixelForValue(i);
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
        ctx.fillText(m.month, px + 2, area.top + 10);
      });
      ctx.restore();
    }
  };

  var renderedMark = {
    id: 'renderedMark',
    afterRender: function (c) {
      c.canvas.setAttribute('data-rendered', 'true');
    }
  };

  function dashedWhenAssumed(months) {
    return function (ctx) {
      return months[ctx.p1DataIndex] && months[ctx.p1DataIndex].beyondKnownRules ? [6, 4] : undefined;
    };
  }

  function dataset(label, color, months, value, chosen) {
    return {
      label: label,
      data: months.map(value),
      borderColor: color,
      backgroundColor: color,
      stepped: 'before',
      pointRadius: months.map(function (m) { return m.month === chosen ? 5 : 0; }),
      segment: { borderDash: dashedWhenAssumed(months) }
    };
  }

  function tooltipAfterBody(months) {
    return function (items) {
      var m = months[items[0].dataIndex];
      var lines = ['規則: ' + m.periodFrom + ' – ' + (m.periodTo || '')];
      if (m.additions.length) lines.push('加算: ' + m.additions.join('、'));
      if (m.periodStarts) lines.push('▲ この月から規則が変わります');
      if (m.beyondKnownRules) lines.push('※ 規則が分かっていない月（最後の規則を仮定）');
      return lines;
    };
  }

  function render(canvas, series) {
    if (chart) chart.destroy();
    var months = series.months;
    var chosen = canvas.getAttribute('data-month');
    chart = new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: months.map(function (m) { return m.month; }),
        datasets: [
          dataset('カード利用率どおり', '#0d6efd', months, function (m) { return m.atCardRateYen; }, chosen),
          dataset('全患者が健康保険証', '#dc3545', months, function (m) { return m.allPaperYen; }, chosen)
        ]
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          y: { beginAtZero: true, title: { display: true, text: '円／月（年額÷12）' },
               ticks: { callback: function (v) { return yen.format(v); } } }
        },
        plugins: {
          periodMarks: { months: months },
          tooltip: { callbacks: {
            label: function (item) { return item.dataset.label + ': ' + yen.format(item.parsed.y) + '円'; },
            afterBody: tooltipAfterBody(months)
          } }
        }
      },
      plugins: [periodMarks, renderedMark]
    });
  }

  function draw() {
    var canvas = document.getElementById('fee-chart');
    if (!canvas || !window.Chart) return;
    if (chart && chart.canvas === canvas) return; // this result's chart is drawn already
    canvas.removeAttribute('data-rendered');
    fetch(canvas.getAttribute('data-series-url'), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error('series: HTTP ' + response.status);
        return response.json();
      })
      .then(function (series) { render(canvas, series); })
      .catch(function (error) { canvas.setAttribute('data-error', String(error)); });
  }

  function switchFields() {
    var setting = document.getElementById('setting');
    if (!setting) return;
    var pharmacy = setting.value === 'PHARMACY';
    document.getElementById('clinic-fields').classList.toggle('d-none', pharmacy);
    document.getElementById('pharmacy-fields').classList.toggle('d-none', !pharmacy);
  }

  document.addEventListener('DOMContentLoaded', function () {
    draw();
    var setting = document.getElementById('setting');
    if (setting) setting.addEventListener('change', switchFields);
  });
  // After htmx replaced the result (and with it the canvas), draw for the new inputs.
  document.addEventListener('htmx:afterSettle', draw);
}());
