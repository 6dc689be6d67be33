/*
 * The council members' voting page (trang bỏ phiếu). Plain JavaScript, no library.
 * The access token arrives in the URL fragment (#access_token=...), from the sign-in form (client credentials sent to
 * the token endpoint that /bo-phieu/cau-hinh.json names, when it names one) or pasted into the sign-in box; it is
 * kept in sessionStorage and removed from the address bar. The page lists only the caller's own sessions
 * (GET /api/v1/council-sessions/mine: the token subject is the member id) with the caller's own state per item,
 * casts ballots (POST /api/v1/council-sessions/{id}/ballots) after a confirmation, and never shows anyone's choice.
 * While a session waits for the ballot or is voting, the list is fetched again every few seconds.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'tdkt.bo-phieu.token';
  var MINE_URL = '/api/v1/council-sessions/mine';
  var REFRESH_MS = 5000;
  var CHOICES = [
    { value: 'APPROVE', label: 'Đồng ý' },
    { value: 'REJECT', label: 'Không đồng ý' },
    { value: 'ABSTAIN', label: 'Không biểu quyết' }
  ];
  var MESSAGES = {
    noToken: 'Chưa đăng nhập. Hãy mở trang bằng đường dẫn có mã truy cập do Sở Nội vụ gửi, hoặc dán mã truy cập.',
    expired: 'Mã truy cập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.',
    forbidden: 'Mã truy cập này không có quyền bỏ phiếu.',
    failed: 'Không kết nối được máy chủ. Vui lòng thử lại.',
    badCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng.'
  };

  var token = null;
  var sessions = [];
  var pending = null; // {sessionId, dossierId, choice} awaiting confirmation
  var timer = null;

  function $(id) { return document.getElementById(id); }

  function readToken() {
    var fromUrl = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('access_token');
    if (fromUrl) {
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function showMessage(key, text) {
    var box = $('auth-message');
    if (!key) {
      box.hidden = true;
      box.removeAttribute('data-reason');
      return;
    }
    box.textContent = text || MESSAGES[key];
    box.dataset.reason = key;
    box.hidden = false;
  }

  function signedOut(reason) {
    sessionStorage.removeItem(TOKEN_KEY);
    token = null;
    sessions = [];
    stopTimer();
    $('content').hidden = true;
    $('signin').hidden = false;
    showMessage(reason);
  }

  function api(method, url, body) {
    var headers = { 'Authorization': 'Bearer ' + token, 'Accept': 'application/json', 'Accept-Language': 'vi' };
    if (body) { headers['Content-Type'] = 'application/json'; }
    return fetch(url, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined,
      cache: 'no-store' });
  }

  function load() {
    if (!token) { signedOut('noToken'); return; }
    api('GET', MINE_URL).then(function (response) {
      if (response.status === 401) { signedOut('expired'); return null; }
      if (response.status === 403) { signedOut('forbidden'); return null; }
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    }).then(function (body) {
      if (!body) { return; }
      sessions = body;
      showMessage(null);
      $('signin').hidden = true;
      $('content').hidden = false;
      $('status-line').textContent = 'Cập nhật lúc ' + new Date().toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
      render();
      schedule();
    }).catch(function () {
      showMessage('failed');
      schedule();
    });
  }

  function schedule() {
    stopTimer();
    var live = sessions.some(function (s) { return s.status === 'SCHEDULED' || s.status === 'BALLOT_OPEN'; });
    if (live && !pending) { timer = window.setTimeout(load, REFRESH_MS); }
  }

  function stopTimer() {
    if (timer) { window.clearTimeout(timer); timer = null; }
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k.indexOf('data-') === 0) { node.setAttribute(k, attrs[k]); } else { node[k] = attrs[k]; }
    });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function when(iso) {
    var d = new Date(iso);
    return d.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' }) +
      ', ngày ' + d.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  }

  function render() {
    var list = $('sessions');
    list.textContent = '';
    $('no-sessions').hidden = sessions.length > 0;
    sessions.forEach(function (s) {
      var card = el('article', { className: 'session', 'data-session-id': s.sessionId, 'data-status': s.status });
      card.appendChild(el('h2', {}, s.councilName));
      card.appendChild(el('p', { className: 'meta' }, when(s.startsAt) + (s.location ? ' – ' + s.location : '')));
      card.appendChild(el('span', { className: 'badge status' }, s.statusLabel));
      if (s.present === false && s.status !== 'CLOSED') {
        card.appendChild(el('p', { className: 'meta' }, 'Bạn chưa được ghi nhận có mặt tại cuộc họp.'));
      }
      s.items.forEach(function (item) { card.appendChild(renderItem(s, item)); });
      list.appendChild(card);
    });
  }

  function renderItem(session, item) {
    var node = el('div', { className: 'item', 'data-dossier-id': item.dossierId, 'data-state': item.state });
    node.appendChild(el('div', { className: 'who' }, item.subjectName));
    node.appendChild(el('div', { className: 'what' }, item.awardName));
    var state = item.state === 'RECUSED' && item.recusalLabel
      ? item.stateLabel + ' (' + item.recusalLabel + ')' : item.stateLabel;
    node.appendChild(el('div', { className: 'state' }, state));
    if (item.passed !== null && item.passed !== undefined) {
      node.appendChild(el('div', { className: 'result' }, 'Kết quả: ' + (item.passed ? 'Đạt' : 'Không đạt') +
        ' (' + item.approvals + '/' + item.totalMembers + ' thành viên đồng ý)'));
    }
    if (item.state !== 'CAN_VOTE') { return node; }
    if (pending && pending.sessionId === session.sessionId && pending.dossierId === item.dossierId) {
      var label = CHOICES.filter(function (c) { return c.value === pending.choice; })[0].label;
      var box = el('div', { className: 'confirm-box' });
      box.appendChild(el('div', {}, 'Bạn chọn: ' + label + '. Phiếu đã bỏ không sửa được.'));
      var buttons = el('div', { className: 'buttons' });
      var confirm = el('button', { type: 'button', className: 'confirm' }, 'Xác nhận bỏ phiếu');
      confirm.addEventListener('click', cast);
      var back = el('button', { type: 'button', className: 'cancel' }, 'Chọn lại');
      back.addEventListener('click', function () { pending = null; render(); schedule(); });
      buttons.appendChild(confirm);
      buttons.appendChild(back);
      box.appendChild(buttons);
      node.appendChild(box);
      return node;
    }
    var choices = el('div', { className: 'choices' });
    CHOICES.forEach(function (c) {
      var button = el('button', { type: 'button', className: 'choice', 'data-choice': c.value }, c.label);
      button.addEventListener('click', function () {
        pending = { sessionId: session.sessionId, dossierId: item.dossierId, choice: c.value };
        stopTimer();
        render();
      });
      choices.appendChild(button);
    });
    node.appendChild(choices);
    return node;
  }

  function cast() {
    var ballot = pending;
    pending = null;
    api('POST', '/api/v1/council-sessions/' + encodeURIComponent(ballot.sessionId) + '/ballots',
      { dossierId: ballot.dossierId, choice: ballot.choice }).then(function (response) {
      if (response.status === 401) { signedOut('expired'); return null; }
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (!result) { return; }
      if (result.ok) {
        sessions = sessions.map(function (s) { return s.sessionId === result.body.sessionId ? result.body : s; });
        $('status-line').textContent = 'Đã bỏ phiếu lúc ' + new Date().toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
        showMessage(null);
      } else {
        showMessage('refused', result.body && result.body.detail ? result.body.detail : MESSAGES.failed);
      }
      render();
      schedule();
    }).catch(function () {
      showMessage('failed');
      load();
    });
  }

  /** Asks the authorization server for a token with the member's client credentials (OAuth 2.0, RFC 6749 §4.4). */
  function signInWithCredentials(endpoint, event) {
    event.preventDefault();
    var id = $('client-id').value.trim();
    var secret = $('client-secret').value;
    fetch(endpoint, {
      method: 'POST',
      headers: { 'Authorization': 'Basic ' + btoa(unescape(encodeURIComponent(id + ':' + secret))),
        'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' },
      body: 'grant_type=client_credentials'
    }).then(function (response) {
      if (!response.ok) { showMessage('badCredentials'); return null; }
      return response.json();
    }).then(function (body) {
      if (!body || !body.access_token) { return; }
      $('client-secret').value = '';
      sessionStorage.setItem(TOKEN_KEY, body.access_token);
      token = body.access_token;
      load();
    }).catch(function () { showMessage('failed'); });
  }

  function offerCredentialsForm() {
    fetch('/bo-phieu/cau-hinh.json', { headers: { 'Accept': 'application/json' } }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (config) {
      if (config && config.tokenEndpoint) {
        $('client-signin').hidden = false;
        $('client-signin').addEventListener('submit', function (event) {
          signInWithCredentials(config.tokenEndpoint, event);
        });
      }
    }).catch(function () { /* the link and the pasted token still work */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    offerCredentialsForm();
    $('token-submit').addEventListener('click', function () {
      var pasted = $('token-input').value.trim();
      if (!pasted) { return; }
      sessionStorage.setItem(TOKEN_KEY, pasted);
      $('token-input').value = '';
      token = pasted;
      load();
    });
    $('refresh').addEventListener('click', load);
    // a new link opened in the same tab (only the fragment differs, so the page is not reloaded)
    window.addEventListener('hashchange', function () {
      if (new URLSearchParams(window.location.hash.replace(/^#/, '')).get('access_token')) {
        token = readToken();
        load();
      }
    });
    $('sign-out').addEventListener('click', function () { signedOut('noToken'); });
    token = readToken();
    load();
  });
})();
