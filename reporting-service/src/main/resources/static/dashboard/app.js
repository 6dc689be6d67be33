/*
 * Provincial TĐKT dashboard. Plain JavaScript; charts by Apache ECharts (served by this service from its npm package).
 * The access token arrives in the URL fragment (#access_token=...), is kept in sessionStorage and removed from the
 * address bar. Figures come from GET /api/v1/dashboard/summary (Authorization: Bearer); the server-sent event stream
 * only says "summary-changed", and the page then fetches the summary again (the server builds it once per change).
 * Drill-down: a unit's name opens the same views limited to that unit (?unit=), and the breadcrumb goes back.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'tdkt.dashboard.token';
  var LANG_KEY = 'tdkt.dashboard.lang';
  var SUMMARY_URL = '/api/v1/dashboard/summary';
  var STREAM_URL = '/api/v1/dashboard/stream';
  var MESSAGES_URL = '/dashboard/messages.json';

  // The page's words, Vietnamese and English, are data: messages.json ({vi: {key: text}, en: {key: text}}), loaded
  // before anything is shown.
  var TEXT = null;

  var HEAT_COLORS = ['#eef2f7', '#48bb78', '#90cdf4', '#f6ad55', '#e53e3e'];

  var lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
  var token = null;
  var summary = null;
  var source = null;
  var connection = 'offline';
  var problem = null;
  var loading = false;
  var reloadRequested = false;
  var scopeUnit = null;
  var year = null;
  var tab = 'overview';
  var charts = {};

  function $(id) { return document.getElementById(id); }
  function t(key) { return TEXT[lang][key]; }
  function fmt(n) { return n === null || n === undefined ? '' : Number(n).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB'); }
  function nameOf(code, name) { return name || code || ''; }

  function readToken() {
    var fragment = window.location.hash.replace(/^#/, '');
    var fromUrl = new URLSearchParams(fragment).get('access_token');
    if (fromUrl) {
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
      // drop the token from the address bar, history and bookmarks
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function readLocation() {
    var params = new URLSearchParams(window.location.search);
    scopeUnit = params.get('unit') || null;
    year = params.get('year') ? Number(params.get('year')) : null;
    tab = params.get('tab') || 'overview';
  }

  function writeLocation() {
    var params = new URLSearchParams();
    if (scopeUnit) { params.set('unit', scopeUnit); }
    if (year) { params.set('year', String(year)); }
    if (tab !== 'overview') { params.set('tab', tab); }
    var query = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
  }

  function setConnection(state) {
    connection = state;
    var el = $('connection-status');
    el.dataset.state = state;
    el.textContent = t('status')[state];
  }

  function showProblem(key) {
    problem = key;
    var box = $('auth-message');
    if (key) {
      box.textContent = t(key);
      box.dataset.reason = key;
      box.hidden = false;
    } else {
      box.hidden = true;
      box.removeAttribute('data-reason');
    }
  }

  function signedOut(key) {
    sessionStorage.removeItem(TOKEN_KEY);
    token = null;
    reloadRequested = false;
    closeStream();
    setConnection('unauthorized');
    $('content').hidden = true;
    showProblem(key);
  }

  function loadSummary() {
    if (!token) {
      signedOut(problem === 'expired' || problem === 'forbidden' ? problem : 'noToken');
      return;
    }
    if (loading) {
      reloadRequested = true;
      return;
    }
    loading = true;
    var params = new URLSearchParams();
    if (scopeUnit) { params.set('unit', scopeUnit); }
    if (year) { params.set('year', String(year)); }
    fetch(SUMMARY_URL + (params.toString() ? '?' + params : ''), {
      headers: { 'Authorization': 'Bearer ' + token, 'Accept': 'application/json', 'Accept-Language': lang },
      cache: 'no-store'
    }).then(function (response) {
      if (response.status === 401) { signedOut('expired'); return null; }
      if (response.status === 403) { signedOut('forbidden'); return null; }
      if (response.status === 404) { showProblem('notFound'); return null; }
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    }).then(function (body) {
      if (body) {
        summary = body;
        showProblem(null);
        render();
      }
    }).catch(function () {
      showProblem('failed');
    }).finally(function () {
      loading = false;
      if (reloadRequested && token) {
        reloadRequested = false;
        loadSummary();
      }
    });
  }

  function openStream() {
    closeStream();
    if (!token || typeof window.EventSource !== 'function') {
      return;
    }
    setConnection('connecting');
    source = new EventSource(STREAM_URL + '?access_token=' + encodeURIComponent(token));
    source.addEventListener('connected', function () {
      setConnection('live');
      loadSummary();
    });
    source.addEventListener('summary-changed', function () {
      loadSummary();
    });
    source.onerror = function () {
      if (!source || !token) {
        return;
      }
      if (source.readyState === EventSource.CLOSED) {
        closeStream();
        setConnection('offline');
        loadSummary();
      } else {
        setConnection('connecting');
      }
    };
  }

  function closeStream() {
    if (source) {
      source.close();
      source = null;
    }
  }

  // ---- drill-down ------------------------------------------------------------------------------------------------

  function drillDown(unit) {
    scopeUnit = unit;
    writeLocation();
    loadSummary();
  }

  function unitLink(code, name) {
    var a = document.createElement('a');
    a.className = 'unit-link';
    a.textContent = nameOf(code, name);
    a.dataset.unit = code;
    a.href = '?unit=' + encodeURIComponent(code);
    a.addEventListener('click', function (event) {
      event.preventDefault();
      drillDown(code);
    });
    return a;
  }

  function renderBreadcrumb() {
    var nav = $('breadcrumb');
    nav.replaceChildren();
    if (summary.unit) {
      var back = document.createElement('a');
      back.className = 'unit-link';
      back.id = 'breadcrumb-province';
      back.textContent = t('province');
      back.href = '?';
      back.addEventListener('click', function (event) {
        event.preventDefault();
        drillDown(null);
      });
      nav.appendChild(back);
      nav.appendChild(document.createTextNode(' › '));
      var here = document.createElement('strong');
      here.id = 'scope';
      here.dataset.unit = summary.unit;
      here.textContent = nameOf(summary.unit, summary.unitName);
      nav.appendChild(here);
    } else {
      var all = document.createElement('strong');
      all.id = 'scope';
      all.textContent = t('province');
      nav.appendChild(all);
    }
  }

  // ---- tables ----------------------------------------------------------------------------------------------------

  function cell(row, content, className) {
    var td = document.createElement('td');
    if (content instanceof Node) {
      td.appendChild(content);
    } else {
      td.textContent = content === null || content === undefined ? '' : String(content);
    }
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }

  /** The due-soon and overdue lists: the same columns, the last one counting days left or days late. */
  function fillTaskList(id, tasks, daysKey, daysClass) {
    fillTable(id, tasks, 4, function (tr, task) {
      tr.dataset.taskId = task.taskId;
      cell(tr, task.content);
      cell(tr, unitLink(task.leadUnit, task.leadUnitName));
      cell(tr, formatDate(task.dueDate));
      cell(tr, task[daysKey], daysClass);
    });
  }

  function fillTable(id, rows, columns, toCells) {
    var body = $(id).tBodies[0];
    body.replaceChildren();
    if (!rows || rows.length === 0) {
      var empty = document.createElement('tr');
      var td = cell(empty, t('none'), 'empty');
      td.colSpan = columns;
      body.appendChild(empty);
      return;
    }
    rows.forEach(function (item) {
      var tr = document.createElement('tr');
      toCells(tr, item);
      body.appendChild(tr);
    });
  }

  function formatDate(iso) {
    if (!iso) { return ''; }
    var parts = iso.substring(0, 10).split('-');
    return lang === 'vi' ? parts[2] + '/' + parts[1] + '/' + parts[0] : iso.substring(0, 10);
  }

  function formatTime(instant) {
    if (!instant) { return ''; }
    return new Date(instant).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB',
        { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });
  }

  // ---- charts ----------------------------------------------------------------------------------------------------

  function chart(id) {
    if (typeof window.echarts === 'undefined') { return null; }
    var el = $(id);
    if (!charts[id]) {
      charts[id] = window.echarts.init(el, null, { renderer: 'canvas' });
    }
    return charts[id];
  }

  function resizeVisibleCharts() {
    Object.keys(charts).forEach(function (id) {
      if ($(id).offsetParent !== null) { charts[id].resize(); }
    });
  }

  function renderHeatmap() {
    var c = chart('heatmap');
    if (!c) { return; }
    var rows = summary.heatmap.rows.slice().reverse();
    // one band per unit: a single unit's drill-down does not stretch to the whole panel
    $('heatmap').style.height = Math.max(170, 100 + rows.length * 38) + 'px';
    c.resize();
    var units = rows.map(function (r) { return nameOf(r.unit, r.unitName); });
    var data = [];
    rows.forEach(function (r, y) {
      r.cells.forEach(function (cellData) {
        data.push({ value: [cellData.month - 1, y, cellData.level], cell: cellData, unit: r.unit });
      });
    });
    c.setOption({
      animation: false,
      grid: { left: 230, right: 20, top: 10, bottom: 60 },
      tooltip: {
        formatter: function (p) {
          var d = p.data.cell;
          return units[p.value[1]] + ' – ' + t('month') + d.month + '<br>' + t('onTime') + ': ' + d.onTime + ', '
              + t('late') + ': ' + d.late + ', ' + t('pending') + ': ' + d.open + ', ' + t('missing') + ': ' + d.missed;
        }
      },
      xAxis: { type: 'category', data: summary.heatmap.months.map(function (m) { return t('month') + m; }),
        splitArea: { show: true } },
      yAxis: { type: 'category', data: units, triggerEvent: true, axisLabel: { width: 220, overflow: 'truncate' } },
      visualMap: { type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0, dimension: 2,
        pieces: t('heatLevels').map(function (label, i) { return { value: i, label: label, color: HEAT_COLORS[i] }; }) },
      series: [{ type: 'heatmap', data: data, label: { show: true, formatter: function (p) {
        return p.data.cell.total ? String(p.data.cell.total) : ''; } } }]
    }, true);
    c.off('click');
    c.on('click', function (p) {
      if (p.componentType === 'yAxis') {
        var row = rows[units.indexOf(p.value)];
        if (row) { drillDown(row.unit); }
      } else if (p.data && p.data.unit) {
        drillDown(p.data.unit);
      }
    });
  }

  function renderFunnel() {
    var c = chart('funnel-chart');
    if (!c) { return; }
    c.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      series: [{ type: 'funnel', sort: 'none', left: '10%', width: '80%', minSize: '20%', gap: 2,
        label: { show: true, position: 'inside', formatter: '{b}: {c}' },
        data: summary.dossiers.funnel.map(function (s) { return { name: t('funnel')[s.step] || s.label, value: s.count }; }) }]
    }, true);
  }

  function renderAwards() {
    var c = chart('awards-chart');
    if (!c) { return; }
    var forms = summary.awards.byForm;
    var names = forms.map(function (f) { return f.awardName + ' (' + (t('levels')[f.level] || f.level) + ')'; });
    function series(key, label) {
      return { name: label, type: 'bar', stack: 'all', data: forms.map(function (f) { return f[key]; }) };
    }
    c.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 250, right: 20, top: 30, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names, axisLabel: { width: 240, overflow: 'truncate' } },
      series: [series('collective', t('collective')), series('individual', t('individual')),
        series('household', t('household'))]
    }, true);
  }

  function renderFund() {
    var c = chart('fund-chart');
    var fund = summary.fund;
    var body = $('fund-table').tBodies[0];
    body.replaceChildren();
    if (!fund) {
      var tr = document.createElement('tr');
      cell(tr, t('noFund'), 'empty');
      body.appendChild(tr);
      if (c) { c.clear(); }
      return;
    }
    [['fundAmount', fund.fundAmount], ['fundReserved', fund.fundAmount - fund.available],
      ['fundAvailable', fund.available], ['fundDecided', fund.decided], ['fundRecover', fund.toRecover],
      ['fundRemaining', fund.remaining]].forEach(function (line) {
      var row = document.createElement('tr');
      row.dataset.key = line[0];
      cell(row, t(line[0]));
      cell(row, fmt(line[1]) + ' đ', 'num');
      body.appendChild(row);
    });
    if (!c) { return; }
    c.setOption({
      animation: false,
      // a progress ring: the share used is the arc and the figure, no needle
      series: [{ type: 'gauge', min: 0, max: 100, progress: { show: true, width: 14 }, pointer: { show: false },
        axisLine: { lineStyle: { width: 14 } }, detail: { formatter: '{value}%', fontSize: 22 },
        title: { offsetCenter: [0, '70%'] },
        data: [{ value: Math.round(fund.usedShare * 1000) / 10, name: t('used') }] }]
    }, true);
  }

  function renderMetrics() {
    var c = chart('metrics-chart');
    var m = summary.metrics;
    var callout = $('bottleneck');
    if (m.bottleneck) {
      callout.textContent = t('bottleneck') + (t('steps')[m.bottleneck.step] || m.bottleneck.label) + ' (' + t('median')
          + ' ' + fmt(m.bottleneck.median) + ', ' + t('p90') + ' ' + fmt(m.bottleneck.p90) + ')'
          + t('bottleneckShare').replace('{0}', fmt(Math.round(m.bottleneckShare * 100)));
      callout.dataset.step = m.bottleneck.step;
    } else {
      callout.textContent = t('noBottleneck');
      callout.removeAttribute('data-step');
    }
    if (!c) { return; }
    var labels = m.steps.map(function (s) { return (t('steps')[s.step] || s.label) + ' (n=' + s.count + ')'; });
    c.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 250, right: 20, top: 30, bottom: 20 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: labels, axisLabel: { width: 240, overflow: 'truncate' } },
      series: [{ name: t('median'), type: 'bar', data: m.steps.map(function (s) { return s.median; }) },
        { name: t('p90'), type: 'bar', data: m.steps.map(function (s) { return s.p90; }) }]
    }, true);
  }

  // ---- render ----------------------------------------------------------------------------------------------------

  function render() {
    if (!summary) { return; }
    var tasks = summary.tasks;
    var dossiers = summary.dossiers;
    $('content').hidden = false;
    renderBreadcrumb();
    renderYears();
    $('due-soon-count').textContent = tasks.dueSoon;
    $('overdue-count').textContent = tasks.overdue;
    $('done-count').textContent = tasks.done;
    $('total-count').textContent = tasks.total;
    $('report-on-time-count').textContent = summary.reports.onTime;
    $('report-late-count').textContent = summary.reports.late;
    $('report-missing-count').textContent = summary.reports.missing;
    var closed = ['DECIDED', 'NOT_ELIGIBLE', 'VOTE_FAILED', 'RECALLED', 'REVOKED'];
    var open = Object.keys(dossiers.byStage).filter(function (s) { return closed.indexOf(s) < 0; })
        .reduce(function (sum, s) { return sum + dossiers.byStage[s]; }, 0);
    $('dossier-open-count').textContent = open;
    $('sla-breached-count').textContent = dossiers.slaBreached;
    $('dossier-decided-count').textContent = dossiers.byStage.DECIDED || 0;
    $('generated-at').textContent = t('generatedAt') + formatTime(summary.generatedAt);

    fillTable('unit-table', tasks.byUnit, 7, function (tr, u) {
      tr.dataset.unit = u.unit;
      cell(tr, unitLink(u.unit, u.unitName));
      cell(tr, u.lead.dueSoon, 'num' + (u.lead.dueSoon > 0 ? ' warn' : ''));
      cell(tr, u.lead.overdue, 'num' + (u.lead.overdue > 0 ? ' bad' : ''));
      cell(tr, u.lead.total, 'num');
      cell(tr, u.coordinating.dueSoon, 'num' + (u.coordinating.dueSoon > 0 ? ' warn' : ''));
      cell(tr, u.coordinating.overdue, 'num' + (u.coordinating.overdue > 0 ? ' bad' : ''));
      cell(tr, u.coordinating.total, 'num');
    });
    fillTaskList('due-soon-list', tasks.dueSoonList, 'daysLeft', 'num warn');
    fillTaskList('overdue-list', tasks.overdueList, 'daysLate', 'num bad');
    fillTable('report-table', summary.reports.byUnit, 5, function (tr, u) {
      tr.dataset.unit = u.unit;
      cell(tr, unitLink(u.unit, u.unitName));
      cell(tr, u.onTime, 'num');
      cell(tr, u.late, 'num' + (u.late > 0 ? ' warn' : ''));
      cell(tr, u.missing, 'num' + (u.missing > 0 ? ' bad' : ''));
      cell(tr, u.pending, 'num');
    });

    var stages = Object.keys(dossiers.byStage).filter(function (s) { return dossiers.byStage[s] > 0; });
    fillTable('stage-table', stages, 2, function (tr, stage) {
      tr.dataset.stage = stage;
      cell(tr, t('stages')[stage] || stage);
      cell(tr, dossiers.byStage[stage], 'num');
    });
    $('notices-open-count').textContent = dossiers.noticesOpen;
    fillTable('sla-table', dossiers.breaches, 5, function (tr, b) {
      tr.dataset.dossierId = b.dossierId;
      cell(tr, b.subjectName);
      cell(tr, b.awardName);
      cell(tr, unitLink(b.unit, b.unitName));
      cell(tr, formatDate(b.dueDate));
      cell(tr, b.workingDaysLate, 'num bad');
    });
    fillTable('council-upcoming', summary.council.upcoming, 4, function (tr, s) {
      tr.dataset.sessionId = s.sessionId;
      cell(tr, formatTime(s.startsAt));
      cell(tr, s.councilName);
      cell(tr, s.location);
      cell(tr, s.agenda, 'num');
    });
    fillTable('council-recent', summary.council.recent, 4, function (tr, s) {
      tr.dataset.sessionId = s.sessionId;
      cell(tr, formatTime(s.startsAt));
      cell(tr, s.councilName);
      cell(tr, s.passed, 'num');
      cell(tr, s.failed, 'num' + (s.failed > 0 ? ' bad' : ''));
    });
    fillTable('awards-table', summary.awards.byForm, 7, function (tr, f) {
      tr.dataset.award = f.awardCode;
      cell(tr, f.awardName);
      cell(tr, t('levels')[f.level] || f.levelLabel);
      cell(tr, f.collective, 'num');
      cell(tr, f.individual, 'num');
      cell(tr, f.household, 'num');
      cell(tr, f.total, 'num');
      cell(tr, fmt(f.amount), 'num');
    });
    renderClusters();
    fillTable('risk-table', summary.metrics.risks, 4, function (tr, r) {
      tr.dataset.unit = r.unit;
      cell(tr, unitLink(r.unit, r.unitName));
      cell(tr, fmt(r.score), 'num');
      cell(tr, t('risk')[r.level] || r.levelLabel, 'level-' + r.level);
      cell(tr, r.late + ' / ' + r.deadlines, 'num');
    });
    var d = summary.deliveries;
    $('deliveries').textContent = fmt(d.sent) + ' ' + t('sent') + ', ' + fmt(d.failed) + ' ' + t('failedDeliveries')
        + ' (' + fmt(d.failedFinal) + ' ' + t('finalFailures') + ')';

    renderHeatmap();
    renderFunnel();
    renderAwards();
    renderFund();
    renderMetrics();
    showTab(tab);
    document.body.dataset.renders = String(Number(document.body.dataset.renders || 0) + 1);
  }

  function renderClusters() {
    var box = $('cluster-ranks');
    box.replaceChildren();
    if (!summary.clusters.length) {
      var none = document.createElement('p');
      none.className = 'hint';
      none.textContent = t('none');
      box.appendChild(none);
      return;
    }
    summary.clusters.forEach(function (cluster) {
      var section = document.createElement('div');
      section.className = 'cluster';
      section.dataset.cluster = cluster.clusterCode;
      var h = document.createElement('h3');
      h.textContent = cluster.clusterName;
      section.appendChild(h);
      var table = document.createElement('table');
      var head = document.createElement('tr');
      [t('rank'), t('unit'), t('score'), t('tieBreak')].forEach(function (label) {
        var th = document.createElement('th');
        th.textContent = label;
        head.appendChild(th);
      });
      table.appendChild(head);
      cluster.ranks.forEach(function (r) {
        var tr = document.createElement('tr');
        tr.dataset.unit = r.unit;
        cell(tr, r.rank, 'num');
        cell(tr, unitLink(r.unit, r.unitName));
        cell(tr, fmt(r.total), 'num');
        cell(tr, r.tieBreak || '');
        table.appendChild(tr);
      });
      section.appendChild(table);
      box.appendChild(section);
    });
  }

  function renderYears() {
    var select = $('year-select');
    var current = summary.year;
    if (select.options.length === 0) {
      for (var y = current + 1; y >= current - 4; y--) {
        var option = document.createElement('option');
        option.value = String(y);
        option.textContent = String(y);
        select.appendChild(option);
      }
    }
    select.value = String(current);
  }

  function showTab(name) {
    tab = name;
    document.querySelectorAll('.tabs button').forEach(function (button) {
      button.classList.toggle('active', button.dataset.tab === name);
      button.setAttribute('aria-selected', button.dataset.tab === name ? 'true' : 'false');
    });
    document.querySelectorAll('.view').forEach(function (view) {
      view.hidden = view.dataset.view !== name;
    });
    resizeVisibleCharts();
  }

  function translateStatic() {
    document.documentElement.lang = lang;
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (el) {
      var text = t(el.dataset.i18n);
      if (typeof text === 'string') { el.textContent = text; }
    });
    $('lang-toggle').textContent = t('toggle');
    setConnection(connection);
    if (problem) { showProblem(problem); }
  }

  function start() {
    fetch(MESSAGES_URL).then(function (response) {
      if (!response.ok) { throw new Error('GET ' + MESSAGES_URL + ' answered ' + response.status); }
      return response.json();
    }).then(function (messages) {
      TEXT = messages;
      begin();
    }).catch(function (error) {
      console.error('The dashboard cannot start without its messages', error);
    });
  }

  function begin() {
    readLocation();
    $('lang-toggle').addEventListener('click', function () {
      lang = lang === 'vi' ? 'en' : 'vi';
      localStorage.setItem(LANG_KEY, lang);
      translateStatic();
      render();
    });
    document.querySelectorAll('.tabs button').forEach(function (button) {
      button.addEventListener('click', function () {
        showTab(button.dataset.tab);
        writeLocation();
      });
    });
    $('year-select').addEventListener('change', function () {
      year = Number($('year-select').value);
      writeLocation();
      loadSummary();
    });
    window.addEventListener('resize', resizeVisibleCharts);
    translateStatic();
    token = readToken();
    if (!token) {
      signedOut('noToken');
      return;
    }
    loadSummary();
    openStream();
  }

  document.addEventListener('DOMContentLoaded', start);
}());
