// 導入状況 dashboard charts: fetches the figures JSON named by #dashboard-charts[data-figures-url] and draws a stacked
// bar of stage shares by type and a line of the monthly operating share by type. Each canvas gets data-rendered="true"
// once drawn, so browser tests know when to take their screenshot. Animation is off for the same reason.
(function () {
  'use strict';
  var STAGE_COLOURS = {
    NOT_STARTED: '#adb5bd', CARD_READER_APPLIED: '#ffc107', USAGE_APPLIED: '#fd7e14', READY: '#0dcaf0', OPERATING: '#198754'
  };
  var TYPE_COLOURS = { HOSPITAL: '#d63384', MEDICAL_CLINIC: '#0d6efd', DENTAL_CLINIC: '#20c997', PHARMACY: '#6f42c1', ALL: '#212529' };

  function typeRows(figures) {
    return figures.byType.concat([figures.allTypes]);
  }

  function drawStages(canvas, figures) {
    var rows = typeRows(figures);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: figures.stages.map(function (s) {
          return {
            label: s.label,
            backgroundColor: STAGE_COLOURS[s.stage],
            data: rows.map(function (r) { return r.shares[s.stage]; })
          };
        })
      },
      options: {
        animation: false, maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, min: 0, max: 100, title: { display: true, text: '%' } } }
      }
    });
    canvas.setAttribute('data-rendered', 'true');
  }

  function drawOperating(canvas, figures) {
    var series = figures.operatingSeries;
    var labels = { ALL: '全体' };
    figures.byType.forEach(function (r) { labels[r.type] = r.label; });
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: series.months,
        datasets: Object.keys(series.operatingShareByType).map(function (type) {
          return {
            label: labels[type] || type,
            borderColor: TYPE_COLOURS[type], backgroundColor: TYPE_COLOURS[type],
            borderWidth: type === 'ALL' ? 3 : 2, pointRadius: 0,
            data: series.operatingShareByType[type]
          };
        })
      },
      options: {
        animation: false, maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100, title: { display: true, text: '%' } } }
      }
    });
    canvas.setAttribute('data-rendered', 'true');
  }

  function start() {
    var holder = document.getElementById('dashboard-charts');
    if (!holder || typeof Chart === 'undefined') return;
    fetch(holder.getAttribute('data-figures-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error('figures: HTTP ' + response.status);
        return response.json();
      })
      .then(function (figures) {
        drawStages(document.getElementById('stage-chart'), figures);
        drawOperating(document.getElementById('operating-chart'), figures);
        holder.setAttribute('data-rendered', 'true');
      })
      .catch(function (error) {
        holder.setAttribute('data-error', String(error));
      });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
}());
