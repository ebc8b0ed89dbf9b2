// opsdesk ops dashboard: reads the bearer token from #token=… (or asks for it), then follows the
// server-sent events of /api/v1/dashboard/stream with fetch(), so the token travels in the
// Authorization header and never in a URL. Plain DOM, no build step.
(function () {
  'use strict';
  const KEY = 'opsdesk.dashboard.token';
  const $ = (id) => document.getElementById(id);

  function takeTokenFromFragment() {
    const match = /(?:^|&)token=([^&]+)/.exec(location.hash.slice(1));
    if (match) {
      sessionStorage.setItem(KEY, decodeURIComponent(match[1]));
      history.replaceState(null, '', location.pathname + location.search);
    }
    return sessionStorage.getItem(KEY);
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') node.className = v;
      else if (k === 'style') node.style.cssText = v;
      else node.setAttribute(k, v);
    });
    children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
    return node;
  }

  function replace(id, nodes, emptyText) {
    const target = $(id);
    target.replaceChildren(...(nodes.length ? nodes : [el(target.tagName === 'UL' ? 'li' : 'p', { class: 'empty' }, emptyText)]));
  }

  function age(fromIso, nowIso) {
    if (!fromIso) return '–';
    const s = Math.max(0, (Date.parse(nowIso) - Date.parse(fromIso)) / 1000);
    if (s < 60) return Math.round(s) + 's';
    if (s < 3600) return Math.floor(s / 60) + 'm';
    if (s < 86400) return Math.floor(s / 3600) + 'h ' + String(Math.floor((s % 3600) / 60)).padStart(2, '0') + 'm';
    return Math.floor(s / 86400) + 'd ' + Math.floor((s % 86400) / 3600) + 'h';
  }

  const pct = (x) => (x == null ? '–' : Math.round(x * 100) + '%');
  const width = (value, max) => 'width:' + (max > 0 ? Math.min(100, (100 * value) / max) : 0) + '%';

  function render(s) {
    $('tenant').textContent = 'tenant ' + s.tenantId + ' · ' + s.today;
    $('as-of').textContent = 'as of ' + new Date(s.asOf).toLocaleTimeString();
    $('kpi-created').textContent = s.tickets.createdToday;
    $('kpi-open').textContent = s.tickets.open;
    $('kpi-at-risk').textContent = s.sla.atRiskCount;
    $('kpi-breaches').textContent = s.sla.breachesToday;
    $('kpi-pending').textContent = s.sla.pendingUpdateOverdue;
    $('kpi-qa').textContent = s.qaLast7Days.all.averageScore == null ? '–' : s.qaLast7Days.all.averageScore.toFixed(1);
    $('kpi-critical').textContent = pct(s.qaLast7Days.all.criticalFailRate);
    [['kpi-at-risk', s.sla.atRiskCount], ['kpi-breaches', s.sla.breachesToday], ['kpi-pending', s.sla.pendingUpdateOverdue]]
      .forEach(([id, n]) => $(id).parentElement.classList.toggle('bad', n > 0));

    const maxOpen = Math.max(1, ...s.queues.map((q) => q.open));
    replace('queues', s.queues.length ? [el('tr', {}, el('th', {}, 'queue'), el('th', {}, 'open'), el('th', {}, ''),
      el('th', {}, 'waiting'), el('th', {}, 'oldest'))].concat(s.queues.map((q) => {
      const oldest = q.oldestWaitingAt || q.oldestCreatedAt;
      const old = Date.parse(s.asOf) - Date.parse(oldest) > 3600 * 1000;
      return el('tr', { 'data-queue': q.queue }, el('td', {}, q.queue), el('td', { class: 'num' }, q.open),
        el('td', { style: 'width:35%' }, el('div', { class: 'bar' + (old ? ' old' : ''), style: width(q.open, maxOpen) })),
        el('td', { class: 'num' }, q.waiting), el('td', { class: 'num' }, age(oldest, s.asOf)));
    })) : [], 'no open tickets');

    replace('alerts', s.alerts.map((a) => el('li', {},
      el('span', { class: 'badge' + (a.acknowledgedAt ? ' ack' : '') }, a.acknowledgedAt ? 'acknowledged' : a.kind),
      a.queue + ': ' + a.observed + ' (threshold ' + a.threshold + ')' + (a.pattern ? ' “' + a.pattern + '”' : ''),
      el('span', { class: 'muted' }, ' · ' + age(a.firstDetectedAt, s.asOf) + ' ago → ' + a.recipientRole))), 'no spikes');

    const cats = s.ahtLast7Days.categories;
    const maxMin = Math.max(1, ...cats.map((c) => Math.max(c.standardAhtMinutes, c.actualAhtMinutes)));
    replace('aht', cats.map((c) => el('div', { class: 'row', 'data-category': c.taskCategory },
      el('span', {}, c.taskCategory + ' (' + c.activities + ')'),
      el('div', { class: 'pair' }, el('div', { class: 'bar std', style: width(c.standardAhtMinutes, maxMin) }),
        el('div', { class: 'bar' + (c.actualAhtMinutes > c.standardAhtMinutes ? ' over' : ''), style: width(c.actualAhtMinutes, maxMin) })),
      el('span', { class: 'val' }, c.standardAhtMinutes.toFixed(1) + ' / ' + c.actualAhtMinutes.toFixed(1)))), 'no work logged');

    replace('productivity', s.productivityToday.map((p) => el('div', { class: 'row' }, el('span', {}, p.agentId),
      el('div', { class: 'track' }, el('div', { class: 'bar' + (p.productivity < 1 ? ' old' : ''), style: width(p.productivity || 0, 2) }),
        el('div', { class: 'target', style: 'left:50%' })),
      el('span', { class: 'val' }, pct(p.productivity)))), 'no work logged today');

    replace('at-risk', s.sla.atRisk.map((r) => el('li', {}, el('span', { class: 'badge' }, r.metric),
      r.ticketId.slice(0, 8) + ' due ' + new Date(r.dueAt).toLocaleString() + (r.warned ? ' (warned)' : ''))), 'nothing at risk');

    replace('qa', s.qaLast7Days.byAgent.map((q) => el('div', { class: 'row' }, el('span', {}, q.key + ' (' + q.evaluations + ')'),
      el('div', {}, el('div', { class: 'bar' + (q.criticalFailRate > 0 ? ' over' : ''), style: width(q.averageScore || 0, 100) })),
      el('span', { class: 'val' }, (q.averageScore == null ? '–' : q.averageScore.toFixed(1)) + ' · CE ' + pct(q.criticalFailRate)))),
    'no evaluations');

    replace('latest', s.tickets.latest.map((t) => el('li', { 'data-ticket-id': t.ticketId },
      el('span', { class: 'badge channel' }, t.channel), t.subject || '(no subject)',
      el('span', { class: 'muted' }, ' · ' + t.statusCategory + ' · ' + age(t.createdAt, s.asOf) + ' ago'))), 'no tickets yet');
  }

  function status(text, kind) {
    $('status').textContent = text;
    $('status').className = 'status ' + kind;
  }

  function askForToken(message) {
    $('token-form').hidden = false;
    $('token-error').textContent = message || '';
  }

  async function follow(token) {
    let response;
    try {
      response = await fetch('/api/v1/dashboard/stream', { headers: { Authorization: 'Bearer ' + token, Accept: 'text/event-stream' } });
    } catch (e) {
      return retry(token);
    }
    if (response.status === 401 || response.status === 403) {
      sessionStorage.removeItem(KEY);
      status('not signed in', 'error');
      return askForToken(response.status === 401 ? 'The token was refused (expired or not signed by this stack).'
        : 'This role may not see the dashboard (supervisor, director, admin or qa).');
    }
    if (!response.ok) return retry(token);
    $('token-form').hidden = true;
    $('board').hidden = false;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      let chunk;
      try {
        chunk = await reader.read();
      } catch (e) {
        break;
      }
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r/g, '');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = message.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).replace(/^ /, '')).join('\n');
        if (data) {
          render(JSON.parse(data));
          status('live', 'live');
        }
      }
    }
    retry(token);
  }

  function retry(token) {
    status('reconnecting', 'off');
    setTimeout(() => follow(token), 2000);
  }

  $('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = $('token-input').value.trim();
    if (token) {
      sessionStorage.setItem(KEY, token);
      follow(token);
    }
  });

  const token = takeTokenFromFragment();
  if (token) follow(token); else askForToken();
})();
