/*
 * Provincial TĐKT dashboard. Plain JavaScript, no build step and no third-party code.
 * The access token arrives in the URL fragment (#access_token=...), is kept in sessionStorage and removed from
 * the address bar. Figures come from GET /api/v1/dashboard/summary (Authorization: Bearer); the server-sent
 * event stream only says "summary-changed", and the page then fetches the summary again.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'tdkt.dashboard.token';
  var LANG_KEY = 'tdkt.dashboard.lang';
  var SUMMARY_URL = '/api/v1/dashboard/summary';
  var STREAM_URL = '/api/v1/dashboard/stream';

  var UNIT_NAMES = {
    vi: {
      UBND: 'UBND tỉnh', VPUBND: 'Văn phòng UBND tỉnh', SNV: 'Sở Nội vụ', SGDDT: 'Sở Giáo dục và Đào tạo',
      SYT: 'Sở Y tế', HDTDKT: 'Hội đồng TĐKT tỉnh', PCHIENGLE: 'Phường Chiềng Lề'
    },
    en: {
      UBND: 'Provincial People\'s Committee', VPUBND: 'Office of the Provincial People\'s Committee',
      SNV: 'Department of Home Affairs', SGDDT: 'Department of Education and Training', SYT: 'Department of Health',
      HDTDKT: 'Provincial Emulation and Commendation Council', PCHIENGLE: 'Chieng Le Ward'
    }
  };

  var TEXT = {
    vi: {
      title: 'Bảng điều hành thi đua, khen thưởng tỉnh',
      toggle: 'English',
      dueSoon: 'Sắp đến hạn', dueSoonHint: 'nhiệm vụ đã vào thang nhắc hạn',
      overdue: 'Quá hạn', overdueHint: 'nhiệm vụ đã quá hạn, chưa hoàn thành',
      done: 'Đã hoàn thành', ofTotal: 'trên tổng số', tasksWord: 'nhiệm vụ',
      dossiersByState: 'Hồ sơ theo trạng thái',
      SUBMITTED: 'Chờ thẩm định', ELIGIBLE: 'Đủ điều kiện', NOT_ELIGIBLE: 'Không đủ điều kiện',
      byUnitTitle: 'Nhiệm vụ sắp đến hạn và quá hạn theo đơn vị',
      unit: 'Đơn vị', totalTasks: 'Tổng số nhiệm vụ', total: 'Tổng',
      dueSoonList: 'Nhiệm vụ sắp đến hạn', overdueList: 'Nhiệm vụ quá hạn',
      task: 'Nhiệm vụ', leadUnit: 'Đơn vị chủ trì', dueDate: 'Hạn', daysLeft: 'Còn (ngày)', daysLate: 'Trễ (ngày)',
      dossiersByUnit: 'Hồ sơ đề nghị khen thưởng theo đơn vị',
      footer: 'Số liệu tổng hợp từ các sự kiện của hệ thống TĐKT, tự cập nhật khi có thay đổi.',
      none: 'Không có', scopeProvince: 'Phạm vi: toàn tỉnh', scopeUnit: 'Phạm vi: ',
      generatedAt: 'Cập nhật lúc ',
      status: { offline: 'Chưa kết nối', connecting: 'Đang kết nối…', live: 'Đang cập nhật trực tiếp',
        unauthorized: 'Chưa đăng nhập' },
      noToken: 'Chưa có mã truy cập. Hãy mở bảng điều hành bằng đường dẫn có mã truy cập (…/#access_token=…) do hệ thống cấp.',
      expired: 'Mã truy cập không hợp lệ hoặc đã hết hạn. Hãy đăng nhập lại để lấy đường dẫn mới.',
      forbidden: 'Tài khoản của bạn không có quyền xem bảng điều hành.',
      failed: 'Không tải được số liệu (lỗi máy chủ hoặc mất kết nối). Trang sẽ thử lại khi có thay đổi.'
    },
    en: {
      title: 'Provincial emulation and commendation dashboard',
      toggle: 'Tiếng Việt',
      dueSoon: 'Due soon', dueSoonHint: 'tasks on the reminder ladder',
      overdue: 'Overdue', overdueHint: 'tasks past their due date, not done',
      done: 'Done', ofTotal: 'of', tasksWord: 'tasks',
      dossiersByState: 'Dossiers by state',
      SUBMITTED: 'Awaiting appraisal', ELIGIBLE: 'Eligible', NOT_ELIGIBLE: 'Not eligible',
      byUnitTitle: 'Tasks due soon and overdue by unit',
      unit: 'Unit', totalTasks: 'Total tasks', total: 'Total',
      dueSoonList: 'Tasks due soon', overdueList: 'Overdue tasks',
      task: 'Task', leadUnit: 'Lead unit', dueDate: 'Due', daysLeft: 'Days left', daysLate: 'Days late',
      dossiersByUnit: 'Nomination dossiers by unit',
      footer: 'Figures are built from the TĐKT system\'s events and refresh by themselves when they change.',
      none: 'None', scopeProvince: 'Scope: whole province', scopeUnit: 'Scope: ',
      generatedAt: 'Updated at ',
      status: { offline: 'Not connected', connecting: 'Connecting…', live: 'Live updates on',
        unauthorized: 'Not signed in' },
      noToken: 'No access token. Open the dashboard with the link that carries an access token (…/#access_token=…).',
      expired: 'The access token is invalid or has expired. Sign in again to get a new link.',
      forbidden: 'Your account may not view the dashboard.',
      failed: 'Could not load the figures (server error or connection lost). The page retries on the next change.'
    }
  };

  var lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
  var token = null;
  var summary = null;
  var source = null;
  var connection = 'offline';
  var problem = null;
  var loading = false;
  var reloadRequested = false;

  function $(id) { return document.getElementById(id); }
  function t(key) { return TEXT[lang][key]; }
  function unitName(code) { return UNIT_NAMES[lang][code] || code; }

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
      // keep the more precise reason (expired, forbidden) if there already is one
      signedOut(problem === 'expired' || problem === 'forbidden' ? problem : 'noToken');
      return;
    }
    if (loading) {
      reloadRequested = true;
      return;
    }
    loading = true;
    fetch(SUMMARY_URL, {
      headers: { 'Authorization': 'Bearer ' + token, 'Accept': 'application/json', 'Accept-Language': lang },
      cache: 'no-store'
    }).then(function (response) {
      if (response.status === 401) {
        signedOut('expired');
        return null;
      }
      if (response.status === 403) {
        signedOut('forbidden');
        return null;
      }
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
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
      // changes may have happened while the stream was down
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
        // the server refused the stream (e.g. 401): find out why through the summary call
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

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
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
    if (!iso) {
      return '';
    }
    var parts = iso.split('-');
    return lang === 'vi' ? parts[2] + '/' + parts[1] + '/' + parts[0] : iso;
  }

  function translateStatic() {
    document.documentElement.lang = lang;
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (el) {
      var text = t(el.dataset.i18n);
      if (typeof text === 'string') {
        el.textContent = text;
      }
    });
    $('lang-toggle').textContent = t('toggle');
    setConnection(connection);
    if (problem) {
      showProblem(problem);
    }
  }

  function render() {
    if (!summary) {
      return;
    }
    var tasks = summary.tasks;
    var dossiers = summary.dossiers;
    $('content').hidden = false;
    $('due-soon-count').textContent = tasks.dueSoon;
    $('overdue-count').textContent = tasks.overdue;
    $('done-count').textContent = tasks.done;
    $('total-count').textContent = tasks.total;
    $('dossier-submitted-count').textContent = dossiers.byState.SUBMITTED || 0;
    $('dossier-eligible-count').textContent = dossiers.byState.ELIGIBLE || 0;
    $('dossier-not-eligible-count').textContent = dossiers.byState.NOT_ELIGIBLE || 0;
    $('scope').textContent = summary.unit ? t('scopeUnit') + unitName(summary.unit) : t('scopeProvince');
    $('generated-at').textContent = t('generatedAt')
        + new Date(summary.generatedAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB',
            { timeZone: 'Asia/Ho_Chi_Minh' });

    fillTable('unit-table', tasks.byUnit, 4, function (tr, u) {
      cell(tr, unitName(u.unit));
      cell(tr, u.dueSoon, 'num' + (u.dueSoon > 0 ? ' warn' : ''));
      cell(tr, u.overdue, 'num' + (u.overdue > 0 ? ' bad' : ''));
      cell(tr, u.total, 'num');
    });
    fillTable('due-soon-list', tasks.dueSoonList, 4, function (tr, task) {
      tr.dataset.taskId = task.taskId;
      cell(tr, task.content);
      cell(tr, unitName(task.leadUnit));
      cell(tr, formatDate(task.dueDate));
      cell(tr, task.daysLeft, 'num warn');
    });
    fillTable('overdue-list', tasks.overdueList, 4, function (tr, task) {
      tr.dataset.taskId = task.taskId;
      cell(tr, task.content);
      cell(tr, unitName(task.leadUnit));
      cell(tr, formatDate(task.dueDate));
      cell(tr, task.daysLate, 'num bad');
    });
    fillTable('dossier-unit-table', dossiers.byUnit, 5, function (tr, u) {
      cell(tr, unitName(u.unit));
      cell(tr, u.byState.SUBMITTED || 0, 'num');
      cell(tr, u.byState.ELIGIBLE || 0, 'num');
      cell(tr, u.byState.NOT_ELIGIBLE || 0, 'num');
      cell(tr, u.total, 'num');
    });
    document.body.dataset.renders = String(Number(document.body.dataset.renders || 0) + 1);
  }

  function start() {
    $('lang-toggle').addEventListener('click', function () {
      lang = lang === 'vi' ? 'en' : 'vi';
      localStorage.setItem(LANG_KEY, lang);
      translateStatic();
      render();
    });
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
