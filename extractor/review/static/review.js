// chitieu review: the document page. Builds the side panel with textContent only (document
// text is never parsed as HTML), posts decisions to the JSON API with the page's CSRF token,
// and reloads the page on the next item. Keys: A accept, X reject, E edit, J/↓ next,
// K/↑ previous, U undo, I add the selected text as a missed item.
(function () {
  'use strict';
  var dataEl = document.getElementById('review-data');
  if (!dataEl) { return; }
  var data = JSON.parse(dataEl.textContent);
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var T = data.i18n;
  var lang = document.documentElement.lang;
  var items = data.items;
  var docId = data.document.id;
  var cur = -1;
  var editing = false;
  var COMPARATORS = ['', '>=', '>', '<=', '<', '=', 'range', '~'];
  var QUANTITY_KINDS = ['percent', 'count', 'ratio', 'range', 'money', 'measure'];

  function t(k) { return T[k] || k; }

  function el(tag, attrs) {
    var e = document.createElement(tag);
    attrs = attrs || {};
    Object.keys(attrs).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; }
      else if (k === 'cls') { e.className = attrs[k]; }
      else if (k.slice(0, 2) === 'on') { e.addEventListener(k.slice(2), attrs[k]); }
      else { e.setAttribute(k, attrs[k]); }
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) { continue; }
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  function show(v) {
    if (v === null || v === undefined || v === '') { return '—'; }
    return String(v);
  }

  function say(text, isError) {
    var m = document.getElementById('message');
    m.textContent = text || '';
    m.className = isError ? 'error' : (text ? 'ok' : '');
  }

  function go(key) {
    var url = '/doc/' + docId + (key ? '?item=' + encodeURIComponent(key) : '');
    window.location.assign(url);
  }

  function post(url, body, nextKey) {
    say('…');
    return fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (j) { return { ok: r.ok, body: j }; });
    }).then(function (res) {
      if (!res.ok) {
        say(t('error') + ': ' + res.body.error + (res.body.hint ? ' — ' + res.body.hint : ''), true);
        return null;
      }
      say(t('saved'));
      go(typeof nextKey === 'function' ? nextKey(res.body) : nextKey);
      return res.body;
    }).catch(function (e) { say(t('error') + ': ' + e, true); });
  }

  // --- highlights -------------------------------------------------------------------------------
  function marks(key) {
    return document.querySelectorAll('mark[data-items~="' + key.replace(/"/g, '') + '"]');
  }

  function select(i) {
    if (i < 0 || i >= items.length) { return; }
    document.querySelectorAll('mark.current').forEach(function (m) { m.classList.remove('current'); });
    cur = i;
    editing = false;
    var it = items[i];
    var ms = marks(it.key);
    ms.forEach(function (m) { m.classList.add('current'); });
    if (ms.length) { ms[0].scrollIntoView({ block: 'center' }); }
    renderPanel(it);
    renderPage(it);
    history.replaceState(null, '', '/doc/' + docId + '?item=' + encodeURIComponent(it.key));
  }

  function nextKey(step) {
    var j = cur + step;
    return (j >= 0 && j < items.length) ? items[j].key : (items[cur] || {}).key;
  }

  // --- the side panel -------------------------------------------------------------------------------
  function fieldRows(it) {
    var tbody = el('tbody');
    Object.keys(it.fields).forEach(function (f) {
      var v = it.fields[f], raw = it.raw[f];
      var changed = String(v) !== String(raw);
      tbody.appendChild(el('tr', { cls: changed ? 'changed' : '' },
        el('th', { text: T['f_' + f] || f, title: f }),
        el('td', { cls: 'val', 'data-field': f, text: show(v) }),
        el('td', { cls: 'raw', text: changed ? show(raw) : '' })));
    });
    return el('table', { cls: 'fields' },
      el('thead', {}, el('tr', {}, el('th', { text: t('field') }), el('th', { text: t('value') }),
        el('th', { text: t('as_extracted') }))), tbody);
  }

  function catalogueLine(label, entry, score) {
    if (!entry) { return el('p', {}, el('b', { text: label + ': ' }), '—'); }
    var target = entry.value !== undefined && entry.value !== null
      ? ' (' + show(entry.comparator) + show(entry.value) + (entry.high ? '–' + entry.high : '') + ' ' + show(entry.unit) + ', ' + show(entry.period) + ')' : '';
    return el('p', {}, el('b', { text: label + ': ' }), el('code', { text: entry.id }), ' ',
      (entry.source || '') + ' — ' + (entry.indicator || '') + target,
      score !== null && score !== undefined ? ' · ' + t('score') + ' ' + Number(score).toFixed(1) : '');
  }

  function button(label, key, action, cls) {
    return el('button', { type: 'button', cls: cls || '', 'data-action': action, onclick: function () { act(action); } },
      label, key ? el('kbd', { text: key }) : null);
  }

  function renderPanel(it) {
    var p = document.getElementById('item-panel');
    p.textContent = '';
    p.appendChild(el('div', { cls: 'item-head' },
      el('span', { cls: 'kind k-' + it.kind, text: t('k_' + it.kind) }), ' ',
      el('span', { cls: 'state st-' + it.state, id: 'item-state', 'data-state': it.state, text: t('s_' + it.state) }), ' ',
      el('span', { cls: 'pos', text: (cur + 1) + '/' + items.length })));
    if (it.reasons.length) {
      p.appendChild(el('p', { cls: 'reasons' }, it.reasons.map(function (r) { return t('r_' + r); }).join('; ')));
    }
    p.appendChild(el('blockquote', { cls: 'as-written', text: it.text }));
    var actions = el('div', { cls: 'actions' },
      button(t('accept'), 'A', 'accept', 'primary'), button(t('edit'), 'E', 'edit'),
      button(it.state === 'rejected' ? t('undo') : t('reject'), 'X', 'reject', 'danger'),
      it.history.length ? button(t('undo'), 'U', 'undo') : null,
      button(t('previous'), 'K', 'previous'), button(t('next'), 'J', 'next'));
    p.appendChild(actions);
    p.appendChild(el('div', { id: 'edit-form-holder' }));
    p.appendChild(el('h4', { text: t('fields') }));
    p.appendChild(fieldRows(it));
    if (it.table === 'indicators') {
      p.appendChild(el('h4', { text: t('catalogue') }));
      p.appendChild(catalogueLine(t('match'), it.match, it.fields.match_score));
      p.appendChild(catalogueLine(t('runner_up'), it.runner_up, it.runner_up_score));
    }
    p.appendChild(el('h4', { text: t('checks') }));
    if (!it.checks.length) { p.appendChild(el('p', { cls: 'hint', text: t('no_checks') })); }
    var ul = el('ul', { cls: 'checks', id: 'item-checks' });
    it.checks.forEach(function (c) {
      ul.appendChild(el('li', { cls: 'sev-' + c.severity, 'data-kind': c.kind },
        el('span', { cls: 'sev', text: c.severity }), ' ', el('code', { text: c.kind }), ' ',
        lang === 'en' ? (c.message_en || c.message) : c.message));
    });
    p.appendChild(ul);
    p.appendChild(el('h4', { text: t('history') }));
    if (!it.history.length) { p.appendChild(el('p', { cls: 'hint', text: t('no_history') })); }
    var hl = el('ol', { cls: 'history' });
    it.history.forEach(function (c) {
      var what = c.field ? c.field + ': ' + show(c.old_value) + ' → ' + show(c.new_value) : c.action;
      hl.appendChild(el('li', {}, el('code', { text: '#' + c.id }), ' ', what, ' · ', show(c.reviewer), ' · ',
        show(c.created_at), c.note ? ' · ' + c.note : ''));
    });
    p.appendChild(hl);
  }

  function input(f, value, table) {
    var id = 'edit-' + f;
    var inp;
    if (/comparator$/.test(f)) {
      inp = el('select', { id: id, name: f });
      COMPARATORS.forEach(function (c) {
        var o = el('option', { value: c, text: c || '—' });
        if (String(value === null || value === undefined ? '' : value) === c) { o.selected = true; }
        inp.appendChild(o);
      });
    } else if (f === 'kind' && table === 'quantities') {
      inp = el('select', { id: id, name: f });
      QUANTITY_KINDS.forEach(function (k) {
        var o = el('option', { value: k, text: t('k_' + k) });
        if (value === k) { o.selected = true; }
        inp.appendChild(o);
      });
    } else {
      inp = el('input', { id: id, name: f, type: 'text', autocomplete: 'off' });
      inp.value = value === null || value === undefined ? '' : String(value);
      if (f === 'catalogue_id') { inp.setAttribute('list', 'catalogue-ids'); }
    }
    return el('label', { cls: 'form-row' }, el('span', { text: T['f_' + f] || f }), inp);
  }

  function catalogueList() {
    var dl = document.getElementById('catalogue-ids');
    if (dl) { return dl; }
    dl = el('datalist', { id: 'catalogue-ids' });
    data.catalogue.forEach(function (c) { dl.appendChild(el('option', { value: c.id, text: c.source + ' — ' + c.indicator })); });
    document.body.appendChild(dl);
    return dl;
  }

  function openEdit() {
    var it = items[cur];
    if (!it) { return; }
    catalogueList();
    editing = true;
    var holder = document.getElementById('edit-form-holder');
    holder.textContent = '';
    var form = el('form', { id: 'edit-form', cls: 'edit-form' });
    it.form.forEach(function (f) { form.appendChild(input(f, it.fields[f] !== undefined ? it.fields[f] : '', it.table)); });
    form.appendChild(el('label', { cls: 'form-row' }, el('span', { text: t('note') }),
      el('input', { id: 'edit-note', name: '_note', type: 'text' })));
    form.appendChild(el('div', { cls: 'actions' },
      el('button', { type: 'submit', cls: 'primary', text: t('save') }),
      el('button', { type: 'button', text: t('cancel'), onclick: function () { select(cur); } })));
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var changes = {};
      it.form.forEach(function (f) {
        var v = form.elements[f].value;
        var before = it.fields[f] === null || it.fields[f] === undefined ? '' : String(it.fields[f]);
        if (v !== before && !(v !== '' && before !== '' && Number(v) === Number(before))) { changes[f] = v; }
      });
      if (!Object.keys(changes).length) { select(cur); return; }
      post('/api/corrections', { table: it.table, id: it.id, action: 'set', changes: changes,
        note: form.elements._note.value || null }, it.key);
    });
    form.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') { ev.preventDefault(); select(cur); } });
    holder.appendChild(form);
    var first = form.querySelector('input, select');
    if (first) { first.focus(); if (first.select) { first.select(); } }
  }

  function act(action) {
    var it = items[cur];
    if (!it) { return; }
    if (action === 'next') { select(cur + 1); return; }
    if (action === 'previous') { select(cur - 1); return; }
    if (action === 'edit') { openEdit(); return; }
    if (action === 'accept') {
      post('/api/corrections', { table: it.table, id: it.id, action: 'confirm' }, nextKey(1));
    } else if (action === 'reject') {
      var restoring = it.state === 'rejected';
      post('/api/corrections', { table: it.table, id: it.id, action: restoring ? 'restore' : 'reject' },
        restoring ? it.key : nextKey(1));
    } else if (action === 'undo' && it.history.length) {
      post('/api/undo', { correction_id: it.history[it.history.length - 1].id }, it.key);
    }
  }

  // --- the PDF page ---------------------------------------------------------------------------------
  function renderPage(it) {
    var panel = document.getElementById('page-panel');
    if (!panel) { return; }
    if (!data.document.pdf) {
      panel.hidden = false;
      document.getElementById('page-note').textContent = t('no_page');
      return;
    }
    var page = it.boxes.length ? it.boxes[0].page : it.page;
    if (!page) { panel.hidden = true; return; }
    panel.hidden = false;
    document.getElementById('page-title').textContent = t('page') + ' ' + page;
    var img = document.getElementById('page-img');
    var src = '/page/' + docId + '/' + page + '.png';
    if (img.getAttribute('src') !== src) { img.setAttribute('src', src); }
    var boxes = document.getElementById('page-boxes');
    boxes.textContent = '';
    var size = data.document.pages[String(page)];
    var drawn = 0;
    it.boxes.forEach(function (b) {
      if (b.page !== page || !size) { return; }
      var d = el('div', { cls: 'box role-' + b.role });
      d.style.left = (100 * b.x0 / size[0]) + '%';
      d.style.top = (100 * b.top / size[1]) + '%';
      d.style.width = (100 * (b.x1 - b.x0) / size[0]) + '%';
      d.style.height = (100 * (b.bottom - b.top) / size[1]) + '%';
      boxes.appendChild(d);
      drawn++;
    });
    document.getElementById('page-note').textContent = drawn ? '' : t('no_box');
    var first = boxes.firstChild;
    if (first) {
      var reveal = function () { first.scrollIntoView({ block: 'center' }); };
      if (img.complete && img.naturalWidth) { reveal(); } else { img.addEventListener('load', reveal, { once: true }); }
    }
  }

  // --- adding a missed item ---------------------------------------------------------------------------
  function cpLen(s) { return Array.from(s).length; }

  function boundary(node, off) {
    if (node.nodeType === 3) {
      var seg = node.parentElement && node.parentElement.closest('[data-s]');
      return seg ? Number(seg.dataset.s) + cpLen(node.data.slice(0, off)) : null;
    }
    var kids = node.childNodes;
    if (off < kids.length) {
      var k = kids[off];
      var s = k.nodeType === 1 ? (k.matches('[data-s]') ? k : k.querySelector('[data-s]')) : null;
      if (s) { return Number(s.dataset.s); }
    }
    var segs = node.querySelectorAll ? node.querySelectorAll('[data-s]') : [];
    var last = segs[segs.length - 1];
    return last ? Number(last.dataset.s) + cpLen(last.textContent) : null;
  }

  function selection() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) { return null; }
    var r = sel.getRangeAt(0);
    var pane = document.getElementById('doc-text');
    if (!pane.contains(r.startContainer) || !pane.contains(r.endContainer)) { return null; }
    var start = boundary(r.startContainer, r.startOffset), end = boundary(r.endContainer, r.endOffset);
    if (start === null || end === null || end <= start) { return null; }
    var text = sel.toString();
    var lead = cpLen(text) - cpLen(text.replace(/^\s+/, '')), trail = cpLen(text) - cpLen(text.replace(/\s+$/, ''));
    var blockOf = function (n) { return (n.nodeType === 3 ? n.parentElement : n).closest('.blk, td, th'); };
    var same = blockOf(r.startContainer) === blockOf(r.endContainer);
    return { start: start + lead, end: end - trail, text: same ? text.trim() : null };
  }

  function guess(text) {
    var m = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(%)?/.exec(text);
    if (!m) { return {}; }
    var v = m[1].replace(/\./g, '') + (m[2] ? '.' + m[2] : '');
    return { value: v, unit: m[3] ? '%' : '', kind: m[3] ? 'percent' : 'count' };
  }

  function openAdd() {
    var s = selection();
    if (!s) { say(t('add_hint'), true); return; }
    var panel = document.getElementById('add-panel');
    panel.hidden = false;
    panel.textContent = '';
    var g = guess(s.text || '');
    var tableSel = el('select', { id: 'add-table', name: '_table' },
      el('option', { value: 'indicators', text: t('k_indicator') }),
      el('option', { value: 'quantities', text: t('k_' + (g.kind || 'count')) + ' / ' + t('k_percent') }));
    if (g.value && (s.text || '').length < 24) { tableSel.value = 'quantities'; }
    var form = el('form', { id: 'add-form', cls: 'edit-form' },
      el('h4', { text: t('add') }),
      el('p', {}, el('b', { text: t('selected') + ': ' }), el('q', { id: 'add-selected', text: s.text || '…' })),
      el('label', { cls: 'form-row' }, el('span', { text: t('item_table') }), tableSel),
      el('div', { id: 'add-fields' }),
      el('label', { cls: 'form-row' }, el('span', { text: t('note') }), el('input', { id: 'add-note', name: '_note', type: 'text' })),
      el('div', { cls: 'actions' }, el('button', { type: 'submit', cls: 'primary', text: t('save') }),
        el('button', { type: 'button', text: t('cancel'), onclick: function () { panel.hidden = true; } })));
    function fill() {
      var box = form.querySelector('#add-fields');
      box.textContent = '';
      var table = tableSel.value;
      var defaults = table === 'indicators' ? { label: s.text || '', target_comparator: '>=' }
        : { kind: g.kind || 'count', value: g.value || '', unit: g.unit || '' };
      data.add_fields[table].forEach(function (f) {
        var row = input(f, defaults[f] !== undefined ? defaults[f] : '', table);
        row.querySelector('input, select').id = 'add-' + f;
        box.appendChild(row);
      });
    }
    tableSel.addEventListener('change', fill);
    fill();
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var fields = {};
      data.add_fields[tableSel.value].forEach(function (f) {
        var v = form.querySelector('#add-' + f).value;
        if (v !== '') { fields[f] = v; }
      });
      post('/api/items', { document_id: docId, table: tableSel.value, start: s.start, end: s.end, text: s.text,
        fields: fields, note: form.querySelector('#add-note').value || null }, function (b) { return b.key; });
    });
    form.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') { ev.preventDefault(); panel.hidden = true; } });
    panel.appendChild(form);
    editing = true;
    var first = form.querySelector('#add-fields input, #add-fields select');
    if (first) { first.focus(); }
  }

  // --- stale corrections of this document -----------------------------------------------------------------
  function renderStale() {
    var panel = document.getElementById('stale-panel');
    if (!data.stale.length) { return; }
    panel.appendChild(el('h4', { text: t('stale_title') }));
    var ul = el('ul', { cls: 'stale', id: 'stale-list' });
    data.stale.forEach(function (s) {
      var c = s.correction;
      var what = c.field ? c.field + ' → ' + show(c.new_value) : c.action;
      ul.appendChild(el('li', { 'data-key': s.key, cls: data.selected === s.key ? 'current' : '' },
        el('code', { text: '#' + c.id }), ' ', what, ' — ', el('q', { text: c.anchor_text || '' }), ' (',
        show(c.message), ') ',
        el('button', { type: 'button', text: t('dismiss'), onclick: function () {
          post('/api/resolve', { correction_id: c.id }, null);
        } })));
    });
    panel.appendChild(ul);
  }

  // --- wiring ---------------------------------------------------------------------------------------------
  document.getElementById('doc-text').addEventListener('click', function (ev) {
    var m = ev.target.closest('mark[data-items]');
    if (!m || !window.getSelection().isCollapsed) { return; }
    var key = m.dataset.items.split(' ')[0];
    var i = items.findIndex(function (it) { return it.key === key; });
    if (i >= 0) { select(i); }
  });

  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var tag = (ev.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'select' || tag === 'textarea' || ev.target.isContentEditable) { return; }
    var map = { a: 'accept', x: 'reject', e: 'edit', j: 'next', arrowdown: 'next', k: 'previous',
      arrowup: 'previous', u: 'undo', i: 'add' };
    var action = map[ev.key.toLowerCase()];
    if (!action) { return; }
    ev.preventDefault();
    if (action === 'add') { openAdd(); } else { act(action); }
  });

  renderStale();
  var start = items.findIndex(function (it) { return it.key === data.selected; });
  if (start < 0) { start = items.findIndex(function (it) { return it.reasons.length && it.state === 'open'; }); }
  if (start < 0 && items.length) { start = 0; }
  if (start >= 0) { select(start); }
}());
