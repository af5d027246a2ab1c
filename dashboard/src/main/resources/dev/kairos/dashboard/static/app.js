// The Kairos dashboard: one page, hash routes, live by server-sent events.
// Every value from the server is put in the page as text (textContent, attributes): never as HTML.
'use strict';

const KEEP = 10000;
const state = { session: null, tasks: [], now: null, records: [], lastSeq: 0, page: null, taskDetail: null,
  nodes: new Map(), nodesAsked: new Set() };

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path, options = {}) {
  const response = await fetch(path, { credentials: 'same-origin', ...options });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

async function act(name, action) {
  try {
    await api(`/api/tasks/${encodeURIComponent(name)}/${action}`,
      { method: 'POST', headers: { 'X-CSRF-Token': state.session.csrf } });
  } catch (e) {
    showError(`${action} ${name}: ${e.message}`);
  }
  refreshSoon();
}

// Times in the session's zone; durations for people.
let timeFormat = null;
function formatter() {
  if (!timeFormat) {
    const opts = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      second: '2-digit', hourCycle: 'h23' };
    try {
      timeFormat = new Intl.DateTimeFormat('sv-SE', { ...opts, timeZone: state.session.zone });
    } catch {
      timeFormat = new Intl.DateTimeFormat('sv-SE', { ...opts, timeZone: 'UTC' });
    }
  }
  return timeFormat;
}
const zoneName = () => (['Z', 'UTC', 'GMT'].includes(state.session.zone) ? 'UTC' : state.session.zone);
const fmtTime = iso => (iso ? formatter().format(new Date(iso)) : '—');
// runtimes come written for people by the server (the words of the console and kairos tail)
const fmtDuration = text => text ?? '—';
const taskHref = name => `#/task/${encodeURIComponent(name)}`;
const badge = (text, cls) => el('span', { class: `badge ${cls}` }, text);

function showError(text) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.className = 'status error';
}

// Runs from records: a run record to its finish record (by task and run id).
function runs() {
  const byKey = new Map();
  for (const r of state.records) {
    const key = `${r.task}\u0000${r.runId ?? 'seq' + r.seq}`;
    let run = byKey.get(key);
    if (!run) {
      run = { task: r.task, runId: r.runId, start: r.start || r.created, end: null, outcome: null,
        runtimeText: null, message: '', exception: null };
      byKey.set(key, run);
    }
    if (r.action !== 'run') {
      Object.assign(run, { end: r.end || r.created, outcome: r.action, runtimeText: r.runtimeText,
        message: r.message, exception: r.exception });
    }
  }
  return [...byKey.values()];
}

// ---- pages ----

const pages = {
  tasks: {
    mount(view) {
      view.append(
        el('div', { class: 'toolbar' },
          el('input', { type: 'search', id: 'filter', placeholder: 'Filter by name, state or condition',
            oninput: () => this.update() }),
          el('span', { id: 'count', class: 'muted' })),
        el('table', { id: 'tasks' },
          el('thead', {}, el('tr', {}, ['Task', 'State', 'Start condition', 'Execution', 'Last outcome',
            'Next start / waits for', state.session.readOnly ? null : 'Actions'].filter(Boolean).map(h => el('th', {}, h)))),
          el('tbody')));
      this.update();
    },
    update() {
      const needle = document.getElementById('filter').value.trim().toLowerCase();
      const shown = state.tasks.filter(t => !needle
        || [t.name, t.state, t.start ?? ''].some(v => v.toLowerCase().includes(needle)));
      document.getElementById('count').textContent = `${shown.length} of ${state.tasks.length} tasks`;
      document.querySelector('#tasks tbody').replaceChildren(...shown.map(t => el('tr', { 'data-task': t.name },
        el('td', { class: 'name' }, el('a', { href: taskHref(t.name) }, t.name)),
        el('td', { class: 'state' }, badge(t.state, `state-${t.state}`)),
        el('td', { class: 'start' }, startText(t)),
        el('td', {}, t.execution ?? '—'),
        el('td', { class: 'outcome' }, t.lastOutcome ? [badge(t.lastOutcome, `o-${t.lastOutcome}`), ' ', fmtTime(t.lastOutcomeAt)]
          : el('span', { class: 'muted' }, 'none')),
        el('td', { class: 'next' }, nextText(t)),
        state.session.readOnly ? null : el('td', { class: 'actions' }, actionButtons(t)))));
    },
  },

  task: {
    days: 7,
    mount(view, name) {
      this.name = name;
      view.append(el('p', {}, el('a', { href: '#/tasks' }, '← all tasks')), el('div', { id: 'task-page' }));
      this.update();
      this.load();
    },
    async load() {
      try {
        state.taskDetail = await api(`/api/tasks/${encodeURIComponent(this.name)}?days=${this.days}`);
      } catch (e) {
        state.taskDetail = { error: e.message };
      }
      if (state.page === 'task') this.update();
    },
    update() {
      const page = document.getElementById('task-page');
      const d = state.taskDetail;
      if (!d || (d.task && d.task.name !== this.name)) return;
      if (d.error) {
        page.replaceChildren(el('p', { class: 'error' }, d.error));
        return;
      }
      const t = d.task;
      const h = d.history;
      // a run's message: from the records seen (any outcome), else from the failures kept
      const seen = new Map(runs().filter(r => r.task === this.name).map(r => [r.runId, r.message]));
      h.failures.forEach(f => { if (!seen.get(f.runId)) seen.set(f.runId, f.message); });
      const days = el('select', { id: 'days', onchange: e => { this.days = Number(e.target.value); this.load(); } },
        [1, 7, 31].map(n => el('option', { value: n, selected: n === this.days }, n === 1 ? 'last day' : `last ${n} days`)));
      const live = t.runs.map(r => ({ runId: r.runId, start: r.start, end: null, outcome: 'running', runtimeText: null }));
      const recent = [...live.reverse(), ...h.runs.slice(-50).reverse()];
      const parts = [
        el('h2', {}, t.name),
        el('p', {}, badge(t.state, `state-${t.state}`), ' ', t.execution ?? '', ' · start ', startText(t),
          state.session.readOnly ? null : el('span', { class: 'actions' }, ' ', actionButtons(t, true))),
        state.session.logOnly ? el('p', { class: 'muted', id: 'explanation' }, 'This dashboard shows a task log alone: '
          + 'its conditions are not in it. A dashboard over the session explains why the task waits and when it starts next.')
          : [el('h3', {}, 'Why: the start condition now'),
            d.explanation ? el('div', { class: 'panel' }, el('ul', { class: 'tree', id: 'explanation' }, tree(d.explanation)))
              : el('p', { class: 'muted' }, 'No start condition: it runs only when asked.'),
            el('h3', {}, 'Next starts'),
            d.nextStarts.length ? el('ol', { id: 'next-starts' }, d.nextStarts.map(i => el('li', {}, fmtTime(i))))
              : el('p', { class: 'muted', id: 'next-starts' }, t.waitsFor ? `None known: ${t.waitsFor}` : 'None known.')],
        el('div', { class: 'toolbar heading' }, el('h3', {}, 'Runs'), days,
          el('span', { class: 'muted' }, `${h.runs.length} finished runs (the latest ${h.kept} of a task are kept)`)),
        runStrip(h, t, d.now),
        el('h3', {}, 'Durations'),
        durationChart(h, d.now),
        el('h3', {}, 'Latest failures'),
        h.failures.length ? el('div', { id: 'failures' }, h.failures.map(f => el('div', { class: 'panel failure' },
          el('div', {}, badge(f.outcome, `o-${f.outcome}`), ' ', fmtTime(f.end), ` · run ${f.runId ?? '—'}`),
          f.message ? el('p', { class: 'message' }, f.message) : null,
          f.exception ? el('pre', { class: 'stack' }, f.exception) : null)))
          : el('p', { class: 'muted', id: 'failures' }, 'None kept.'),
        state.session.readOnly ? null : runForm(t),
        el('h3', {}, 'Recent runs'),
        recent.length ? el('table', { id: 'runs' },
          el('thead', {}, el('tr', {}, ['Run', state.session.shared ? 'Node' : null, 'Started', 'Finished', 'Outcome',
            'Duration', 'Message'].filter(Boolean).map(c => el('th', {}, c)))),
          el('tbody', {}, recent.map(r => el('tr', {},
            el('td', {}, r.runId ?? '—'),
            state.session.shared ? el('td', { class: 'node' }, state.nodes.get(r.runId) ?? '—') : null,
            el('td', {}, fmtTime(r.start)), el('td', {}, fmtTime(r.end)),
            el('td', {}, badge(r.outcome, `o-${r.outcome}`)),
            el('td', {}, fmtDuration(r.runtimeText)),
            el('td', { class: 'message' }, seen.get(r.runId) ?? '')))))
          : el('p', { class: 'muted', id: 'runs' }, 'No finished run kept.')];
      page.replaceChildren(...parts.flat().filter(c => c != null));
      askNodes(recent.map(r => r.runId), () => this.update());
    },
  },

  timeline: {
    hours: 6,
    mount(view) {
      const select = el('select', { id: 'window', onchange: e => { this.hours = Number(e.target.value); this.update(); } },
        [1, 6, 24].map(h => el('option', { value: h, selected: h === this.hours }, `last ${h} h`)));
      const legend = el('div', { class: 'legend' }, ['running', 'success', 'fail', 'crash', 'terminate', 'inaction']
        .map(o => el('span', {}, el('i', { class: `o-${o}` }), o)));
      view.append(el('div', { class: 'toolbar' }, select, legend), el('div', { class: 'timeline', id: 'timeline' }));
      this.update();
    },
    update() {
      const all = runs();
      const latest = Math.max(Date.parse(state.now ?? 0) || 0,
        ...all.map(r => Date.parse(r.end ?? r.start) || 0));
      const end = latest || Date.now();
      const from = end - this.hours * 3600e3;
      const to = end + (end - from) * 0.03; // room for the runs of now
      const span = to - from;
      const pct = t => `${Math.min(100, Math.max(0, ((t - from) / span) * 100))}%`;
      const names = [...new Set([...state.tasks.map(t => t.name), ...all.map(r => r.task)])].sort();
      const axis = el('div', { class: 'row axis' }, el('div', { class: 'label muted' }, zoneName()),
        el('div', { class: 'track' }, [0, 1, 2, 3, 4, 5, 6].map(i => {
          const t = from + ((end - from) * i) / 6;
          return el('span', { class: i === 0 ? 'tick first' : 'tick', 'data-at': new Date(t).toISOString() }, fmtTime(new Date(t).toISOString()).slice(11, 16));
        })));
      for (const tick of axis.querySelectorAll('.tick')) tick.style.left = pct(Date.parse(tick.dataset.at));
      const rows = names.map(name => {
        const track = el('div', { class: 'track' });
        for (const r of all) {
          if (r.task !== name) continue;
          const start = Date.parse(r.start);
          const finish = r.end ? Date.parse(r.end) : end;
          if (finish < from || start > to) continue;
          const outcome = r.outcome ?? 'running';
          const node = state.nodes.get(r.runId);
          const bar = el('div', { class: `bar o-${outcome}`, 'data-run': r.runId ?? '', 'data-task': name,
            'data-node': node, title: `${name} run ${r.runId ?? ''}${node ? ` on ${node}` : ''}: ${outcome}, `
              + `${fmtTime(r.start)} → ${fmtTime(r.end)} (${fmtDuration(r.runtimeText)})` });
          if (node) bar.append(el('span', { class: 'node' }, node));
          bar.style.left = pct(start);
          bar.style.width = `calc(${pct(finish)} - ${pct(start)})`;
          track.append(bar);
        }
        return el('div', { class: 'row', 'data-task': name }, el('div', { class: 'label', title: name }, name), track);
      });
      document.getElementById('timeline').replaceChildren(axis, ...rows);
      askNodes([...document.querySelectorAll('#timeline .bar')].map(b => b.dataset.run), () => this.update());
    },
  },

  log: {
    mount(view) {
      const onchange = () => this.update();
      view.append(
        el('div', { class: 'toolbar' },
          el('select', { id: 'log-task', onchange }, el('option', { value: '' }, 'every task')),
          el('select', { id: 'log-action', onchange }, el('option', { value: '' }, 'every action'),
            ['run', 'success', 'fail', 'terminate', 'inaction', 'crash'].map(a => el('option', { value: a }, a))),
          el('span', { class: 'muted', id: 'log-count' })),
        el('table', { id: 'log' },
          el('thead', {}, el('tr', {}, ['Created', 'Task', 'Action', 'Run', 'Duration', 'Message'].map(h => el('th', {}, h)))),
          el('tbody')));
      this.update();
    },
    update() {
      const taskSelect = document.getElementById('log-task');
      const chosen = taskSelect.value;
      const names = [...new Set([...state.tasks.map(t => t.name), ...state.records.map(r => r.task)])].sort();
      taskSelect.replaceChildren(el('option', { value: '' }, 'every task'),
        names.map(n => el('option', { value: n, selected: n === chosen }, n)));
      const action = document.getElementById('log-action').value;
      const shown = state.records.filter(r => (!chosen || r.task === chosen) && (!action || r.action === action));
      document.getElementById('log-count').textContent = `${shown.length} records${shown.length > 500 ? ', the latest 500 shown' : ''}`;
      document.querySelector('#log tbody').replaceChildren(...shown.slice(-500).reverse().map(r =>
        el('tr', { 'data-seq': r.seq, 'data-task': r.task },
          el('td', {}, fmtTime(r.created)), el('td', {}, el('a', { href: taskHref(r.task) }, r.task)),
          el('td', {}, badge(r.action, `o-${r.action}`)), el('td', {}, r.runId ?? '—'),
          el('td', {}, fmtDuration(r.runtimeText)),
          el('td', { class: 'message', title: r.exception ?? '' },
            [r.message, r.exception ? `\n${r.exception.split('\n')[0]}` : ''].join('')))));
    },
  },
};

function startText(t) {
  if (t.start) return el('code', {}, t.start);
  return el('span', { class: 'muted' }, state.session.logOnly ? 'not in the log' : 'only when asked');
}

function nextText(t) {
  if (state.session.logOnly && t.state !== 'running') return el('span', { class: 'muted' }, '—');
  if (t.state === 'running') return `running since ${fmtTime(t.runs[0]?.start)}`;
  if (t.state === 'disabled') return el('span', { class: 'muted' }, 'disabled');
  if (t.nextStart) return fmtTime(t.nextStart);
  if (t.waitsFor) return el('span', { class: 'waits' }, t.waitsFor);
  return el('span', { class: 'muted' }, t.start ? 'not known' : 'when asked');
}

function actionButtons(t, withTerminate = false) {
  return [
    el('button', { class: 'run-now', onclick: () => act(t.name, 'run') }, 'Run now'),
    t.state === 'disabled'
      ? el('button', { class: 'enable', onclick: () => act(t.name, 'enable') }, 'Enable')
      : el('button', { class: 'disable', onclick: () => act(t.name, 'disable') }, 'Disable'),
    withTerminate && t.runs.some(r => !r.terminated)
      ? el('button', { class: 'terminate', onclick: () => act(t.name, 'terminate') }, 'Terminate') : null,
  ];
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) e.setAttribute(k, String(v));
  for (const c of children.flat()) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

// A task's runs over the chosen days on one time axis, coloured by outcome; a live run runs to now.
function runStrip(h, t, nowIso) {
  const to = Date.parse(nowIso);
  const from = Date.parse(h.from);
  const span = Math.max(1, to - from);
  const pct = ms => `${Math.min(100, Math.max(0, ((ms - from) / span) * 100))}%`;
  const track = el('div', { class: 'track' });
  const bar = (start, end, outcome, title, runId) => {
    const b = el('div', { class: `bar o-${outcome}`, 'data-run': runId ?? '', title });
    b.style.left = pct(start);
    b.style.width = `calc(${pct(end)} - ${pct(start)})`;
    track.append(b);
  };
  for (const r of h.runs) {
    bar(Date.parse(r.start), Date.parse(r.end), r.outcome,
      `run ${r.runId ?? ''}: ${r.outcome}, ${fmtTime(r.start)} → ${fmtTime(r.end)} (${fmtDuration(r.runtimeText)})`, r.runId);
  }
  for (const r of t.runs) bar(Date.parse(r.start), to, 'running', `run ${r.runId}: running since ${fmtTime(r.start)}`, r.runId);
  const ticks = el('div', { class: 'track' });
  for (let i = 0; i <= 4; i++) {
    const at = from + (span * i) / 4;
    const tick = el('span', { class: `tick${i === 0 ? ' first' : i === 4 ? ' last' : ''}` },
      fmtTime(new Date(at).toISOString()).slice(5, 16));
    tick.style.left = pct(at);
    ticks.append(tick);
  }
  return el('div', { class: 'timeline', id: 'run-strip' },
    el('div', { class: 'row axis' }, el('div', { class: 'label muted' }, zoneName()), ticks),
    el('div', { class: 'row' }, el('div', { class: 'label' }, t.name), track));
}

// Each finished run's duration against when it ended: a point per run, coloured by outcome.
function durationChart(h, nowIso) {
  if (!h.runs.length) return el('p', { class: 'muted', id: 'durations' }, 'No finished run kept.');
  const W = 900, H = 180, L = 70, B = 24;
  const to = Date.parse(nowIso), from = Date.parse(h.from), span = Math.max(1, to - from);
  const longest = Math.max(1, ...h.runs.map(r => r.runtimeMs ?? 0));
  const x = ms => L + ((ms - from) / span) * (W - L - 10);
  const y = v => H - B - (v / longest) * (H - B - 10);
  const longestRun = h.runs.find(r => r.runtimeMs === longest);
  return svg('svg', { id: 'durations', class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': `durations of ${h.runs.length} runs` },
    svg('line', { x1: L, y1: H - B, x2: W - 10, y2: H - B, class: 'axis' }),
    svg('line', { x1: L, y1: 10, x2: L, y2: H - B, class: 'axis' }),
    svg('text', { x: L - 6, y: 14, 'text-anchor': 'end', class: 'label' }, longestRun?.runtimeText ?? `${longest} ms`),
    svg('text', { x: L - 6, y: H - B, 'text-anchor': 'end', class: 'label' }, '0'),
    svg('text', { x: L, y: H - 6, class: 'label' }, fmtTime(h.from).slice(5, 16)),
    svg('text', { x: W - 10, y: H - 6, 'text-anchor': 'end', class: 'label' }, fmtTime(nowIso).slice(5, 16)),
    h.runs.map(r => svg('circle', { cx: x(Date.parse(r.end)).toFixed(1), cy: y(r.runtimeMs ?? 0).toFixed(1), r: 3,
      class: `dot o-${r.outcome}` }, svg('title', {}, `run ${r.runId ?? ''}: ${fmtDuration(r.runtimeText)}, ${r.outcome} at ${fmtTime(r.end)}`))));
}

// Run now with parameters: one name=value a line, sent form-encoded; values arrive as text.
function runForm(t) {
  const text = el('textarea', { id: 'run-parameters', rows: 3, placeholder: 'name=value, one a line' });
  const send = async () => {
    const body = new URLSearchParams();
    for (const line of text.value.split('\n')) {
      if (!line.trim()) continue;
      const eq = line.indexOf('=');
      if (eq < 1) { showError(`run ${t.name}: '${line}' is not name=value`); return; }
      body.append(line.slice(0, eq).trim(), line.slice(eq + 1));
    }
    try {
      await api(`/api/tasks/${encodeURIComponent(t.name)}/run`, { method: 'POST', body,
        headers: { 'X-CSRF-Token': state.session.csrf } });
    } catch (e) {
      showError(`run ${t.name}: ${e.message}`);
    }
    refreshSoon();
  };
  return el('div', { class: 'run-form' }, el('h3', {}, 'Run now with parameters'), text,
    el('div', {}, el('button', { id: 'run-with-parameters', onclick: send }, 'Run with these parameters')));
}

// With a shared task log: which node started each run, asked once per run (a run's node never changes).
async function askNodes(runIds, then) {
  if (!state.session.shared) return;
  const ids = [...new Set(runIds.filter(id => id && !state.nodesAsked.has(id)))].slice(0, 500);
  if (!ids.length) return;
  ids.forEach(id => state.nodesAsked.add(id));
  try {
    const answer = await api(`/api/nodes?runs=${encodeURIComponent(ids.join(','))}`);
    for (const [id, node] of Object.entries(answer.nodes)) state.nodes.set(id, node);
  } catch (e) {
    ids.forEach(id => state.nodesAsked.delete(id));
    showError(`nodes: ${e.message}`);
    return;
  }
  then();
}

function tree(e) {
  return el('li', { class: e.value ? 'true' : 'false' },
    el('div', { class: 'line' },
      el('span', { class: 'value' }, String(e.value)),
      el('code', { class: 'cond' }, e.condition),
      e.reason ? el('span', { class: 'reason' }, `— ${e.reason}`) : null,
      e.nextChange ? el('span', { class: 'next' }, `next change ${fmtTime(e.nextChange)}`) : null),
    e.parts.length ? el('ul', {}, e.parts.map(tree)) : null);
}

// ---- routing and live data ----

function route() {
  const hash = location.hash || '#/tasks';
  const task = hash.match(/^#\/task\/(.+)$/);
  if (task) return { page: 'task', arg: decodeURIComponent(task[1]) };
  return { page: ['#/timeline', '#/log'].includes(hash) ? hash.slice(2) : 'tasks' };
}

function show() {
  const { page, arg } = route();
  state.page = page;
  for (const a of document.querySelectorAll('header nav a')) a.classList.toggle('active', a.id === `nav-${page}`);
  const view = document.getElementById('view');
  view.replaceChildren();
  view.dataset.page = page;
  pages[page].mount(view, arg);
}

// At most two refreshes a second, however fast records come: each costs the session thread an answer.
const REFRESH_GAP_MS = 500;
let refreshTimer = null;
let lastRefresh = 0;
function refreshSoon() {
  if (refreshTimer) return; // the one already coming will see this change too
  const wait = Math.max(50, lastRefresh + REFRESH_GAP_MS - Date.now());
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    lastRefresh = Date.now();
    refresh();
  }, wait);
}

async function refresh() {
  try {
    const answer = await api('/api/tasks');
    state.tasks = answer.tasks;
    state.now = answer.now;
    if (state.page === 'task') await pages.task.load();
    else pages[state.page].update();
  } catch (e) {
    showError(`tasks: ${e.message}`);
  }
}

function addRecord(r) {
  if (r.seq <= state.lastSeq) return;
  state.lastSeq = r.seq;
  state.records.push(r);
  if (state.records.length > KEEP) state.records.splice(0, state.records.length - KEEP);
}

function listen() {
  const source = new EventSource(`/api/events?after=${state.lastSeq}`);
  const status = document.getElementById('status');
  const live = state.session.logOnly ? `live · ${state.session.source}` : 'live';
  source.addEventListener('open', () => { status.textContent = live; status.className = 'status live'; });
  source.addEventListener('error', () => { status.textContent = 'reconnecting…'; status.className = 'status down'; });
  source.addEventListener('record', e => {
    addRecord(JSON.parse(e.data));
    if (state.page !== 'tasks' && state.page !== 'task') pages[state.page].update();
    refreshSoon();
  });
  source.addEventListener('changed', refreshSoon);
}

async function main() {
  try {
    state.session = await api('/api/session');
    const answer = await api('/api/tasks');
    state.tasks = answer.tasks;
    state.now = answer.now;
  } catch (e) {
    document.getElementById('view').replaceChildren(el('p', { class: 'error' }, `The dashboard cannot load: ${e.message}`));
    return;
  }
  window.addEventListener('hashchange', show);
  show(); // the tasks first; the records (up to ten thousand) after
  performance.mark('kairos:shown');
  try {
    const history = await api('/api/records');
    history.records.forEach(addRecord);
    state.lastSeq = Math.max(state.lastSeq, history.lastSeq);
    if (state.page !== 'tasks') pages[state.page].update();
  } catch (e) {
    showError(`records: ${e.message}`);
  }
  performance.mark('kairos:records');
  listen();
}

main();
