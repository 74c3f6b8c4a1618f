// govex console: a thin client of the public API. The API key stays in this tab (sessionStorage).
'use strict';

const $ = (sel) => document.querySelector(sel);
const state = { key: sessionStorage.getItem('govex.key') || '', filters: {} };

async function api(path, options = {}) {
  const headers = Object.assign({ Accept: 'application/json' }, options.headers || {});
  if (state.key) headers.Authorization = 'Bearer ' + state.key;
  const res = await fetch(path, Object.assign({}, options, { headers }));
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const msg = body && body.title ? `${body.status} ${body.title}: ${body.detail || ''}` : `${res.status}`;
    throw new Error(msg);
  }
  return body;
}

function showError(e) {
  const el = $('#error');
  el.textContent = e ? String(e.message || e) : '';
  el.hidden = !e;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => (k === 'class' ? (node.className = v) : node.setAttribute(k, v)));
  children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
  return node;
}

function cell(v) {
  if (v == null) return '';
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : x)).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Renders an array of objects as a table; a 'status' column gets a class for colour. */
function table(rows, columns) {
  if (!Array.isArray(rows) || rows.length === 0) return el('p', { class: 'muted' }, '无 none');
  const cols = columns || Object.keys(rows[0]);
  return el('table', {},
    el('thead', {}, el('tr', {}, cols.map((c) => el('th', {}, c)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, cols.map((c) => {
      const td = el('td', {}, cell(r[c]));
      if (c === 'status' && r[c]) td.className = 'status-' + String(r[c]).toLowerCase().replace(/_/g, '-');
      return td;
    })))));
}

function listOf(body, ...names) {
  if (Array.isArray(body)) return body;
  for (const n of names) if (body && Array.isArray(body[n])) return body[n];
  return [];
}

// ---- catalog ------------------------------------------------------------------------------
async function search() {
  const params = new URLSearchParams({ q: $('#q').value, size: '20' });
  Object.entries(state.filters).forEach(([k, v]) => params.set(k, v));
  const body = await api('/api/v1/catalog/resources?' + params);
  const items = listOf(body, 'results', 'items', 'resources');
  $('#hits').textContent = `${body.total ?? items.length} 条资源 resources`;
  $('#results').replaceChildren(...items.map((r) => {
    const li = el('li', {}, el('strong', {}, r.titleZh || r.title || r.code), ' ',
      el('span', { class: 'code' }, r.code), el('div', { class: 'muted' },
        [r.providerCode || r.provider, r.shareType, r.updateCycle].filter(Boolean).join(' · ')));
    li.addEventListener('click', () => detail(r.code));
    return li;
  }));
  renderFacets(body.facets || {});
}

function renderFacets(facets) {
  const aside = $('#facets');
  aside.replaceChildren();
  Object.entries(facets).forEach(([name, values]) => {
    aside.append(el('h3', {}, name));
    const entries = Array.isArray(values) ? values.map((v) => [v.value, v.count]) : Object.entries(values);
    entries.forEach(([value, count]) => {
      const label = el('label', {}, (state.filters[name] === value ? '✓ ' : ''), value, ' ', el('span', { class: 'count' }, `(${count})`));
      label.addEventListener('click', () => {
        if (state.filters[name] === value) delete state.filters[name]; else state.filters[name] = value;
        search().catch(showError);
      });
      aside.append(label);
    });
  });
}

async function detail(code) {
  const body = await api('/api/v1/catalog/resources/' + encodeURIComponent(code));
  const pre = $('#resource-detail');
  pre.textContent = JSON.stringify(body, null, 2);
  pre.hidden = false;
}

// ---- planning -----------------------------------------------------------------------------
async function loadPlanning() {
  const [matrix, coverage, areas] = await Promise.all([
    api('/api/v1/planning/uc-matrix'), api('/api/v1/planning/coverage'), api('/api/v1/planning/subject-areas')]);
  drawMatrix(matrix);
  $('#coverage').replaceChildren(table(listOf(coverage, 'dataClasses', 'items', 'rows'))); 
  $('#subject-areas').replaceChildren(table(listOf(areas, 'blocks', 'subjectAreas', 'areas')));
}

/** Heat map of the U/C matrix: processes down, data classes across, C dark and U light. */
function drawMatrix(m) {
  const rows = m.processes || m.rows || [];
  const cols = m.dataClasses || m.columns || [];
  const name = (x) => (typeof x === 'string' ? x : x.nameZh || x.name || x.id);
  const cells = [];
  (m.cells || []).forEach((c) => {
    const r = typeof c.row === 'number' ? c.row : rows.findIndex((p) => (p.code || p.id || p) === (c.process || c.processId));
    const k = typeof c.col === 'number' ? c.col : cols.findIndex((d) => (d.code || d.id || d) === (c.dataClass || c.dataClassId));
    if (r >= 0 && k >= 0) cells.push([k, r, (c.usage || c.value || c.kind || c.role) === 'C' ? 2 : 1]);
  });
  if (!window.echarts) return;
  const chart = echarts.init($('#uc-chart'));
  chart.setOption({
    tooltip: { formatter: (p) => `${name(rows[p.value[1]])} × ${name(cols[p.value[0]])}: ${p.value[2] === 2 ? 'C' : 'U'}` },
    grid: { left: 220, bottom: 160, right: 20, top: 10 },
    xAxis: { type: 'category', data: cols.map(name), axisLabel: { rotate: 60, fontSize: 10 } },
    yAxis: { type: 'category', data: rows.map(name), inverse: true, axisLabel: { fontSize: 10 } },
    visualMap: { show: false, min: 1, max: 2, inRange: { color: ['#fca5a5', '#7f1d1d'] } },
    series: [{ type: 'heatmap', data: cells }],
  });
}

/** The report needs the key, so it is fetched and handed to the browser as a file. */
async function downloadReport() {
  const res = await fetch('/api/v1/planning/report?format=xlsx', { headers: { Authorization: 'Bearer ' + state.key } });
  if (!res.ok) throw new Error(`${res.status} ${(await res.json().catch(() => ({}))).detail || ''}`);
  const link = el('a', { href: URL.createObjectURL(await res.blob()), download: 'govex-planning-report.xlsx' });
  document.body.append(link);
  link.click();
  link.remove();
}

// ---- exchange and audit -------------------------------------------------------------------
async function loadExchange() {
  const [conflicts, overdue] = await Promise.all([
    api('/api/v1/exchange/conflicts').catch(() => []),
    api('/api/v1/exchange/access-requests?overdue=true').catch(() => [])]);
  $('#conflicts').replaceChildren(table(listOf(conflicts, 'conflicts', 'items')));
  $('#overdue').replaceChildren(table(listOf(overdue, 'requests', 'items')));
}

async function verify() {
  const body = await api('/api/v1/audit/verify');
  $('#verify-result').textContent = body.valid === false || body.ok === false
    ? `✗ 断链 broken at ${body.firstBrokenSeq ?? body.brokenAt ?? JSON.stringify(body)}`
    : `✓ ${body.checked ?? body.events ?? ''} 条事件完整 intact`;
  const events = await api('/api/v1/audit/events?limit=50');
  $('#events').replaceChildren(table(listOf(events, 'events', 'items')));
}

// ---- shell --------------------------------------------------------------------------------
function route() {
  const view = (location.hash.replace('#/', '') || 'catalog').split('?')[0];
  document.querySelectorAll('.view').forEach((v) => (v.hidden = v.id !== 'view-' + view));
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.view === view));
  showError(null);
  if (!state.key) return;
  const loaders = { catalog: search, planning: loadPlanning, exchange: loadExchange, audit: verify };
  (loaders[view] || search)().catch(showError);
}

document.addEventListener('DOMContentLoaded', () => {
  $('#api-key').value = state.key;
  $('#key-form').addEventListener('submit', (e) => {
    e.preventDefault();
    state.key = $('#api-key').value.trim();
    sessionStorage.setItem('govex.key', state.key);
    $('#who').textContent = state.key ? '✓' : '';
    route();
  });
  $('#search-form').addEventListener('submit', (e) => { e.preventDefault(); search().catch(showError); });
  $('#load-planning').addEventListener('click', () => loadPlanning().catch(showError));
  $('#download-report').addEventListener('click', () => downloadReport().catch(showError));
  $('#load-exchange').addEventListener('click', () => loadExchange().catch(showError));
  $('#verify').addEventListener('click', () => verify().catch(showError));
  window.addEventListener('hashchange', route);
  route();
});
