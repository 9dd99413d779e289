/**
 * The HTML view's script: an SVG flame graph (root at the top) drawn from
 * the data in `#hp-data`, with click-to-zoom, a search box that highlights
 * matching frames, reset, and findings that highlight their frames when
 * clicked. Plain ES2017 in a string, so the page needs no network and no
 * build step, and nothing here depends on how the library is transpiled.
 * Profile strings reach the page only through `textContent` and
 * `setAttribute` (never `innerHTML`), so no name can become markup.
 */
export const HTML_CLIENT = String.raw`
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var ROW = 18;
  var CHAR = 7;
  var data = JSON.parse(document.getElementById('hp-data').textContent);
  var g = data.graph;
  var svg = document.getElementById('hp-flame');
  var box = document.getElementById('hp-flame-box');
  var search = document.getElementById('hp-search');
  var reset = document.getElementById('hp-reset');
  var status = document.getElementById('hp-status');
  var info = document.getElementById('hp-info');
  var cards = Array.prototype.slice.call(document.querySelectorAll('.hp-finding-card'));

  var state = { focus: 0, query: '', finding: -1 };
  var n = g ? g.name.length : 0;
  var x = new Float64Array(n);
  var end = new Int32Array(n);
  var shown = [];

  function layout() {
    var next = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      end[i] = i;
      var p = g.parent[i];
      if (p >= 0) {
        x[i] = next[p];
        next[p] += Math.max(0, g.total[i]);
      }
      next[i] = x[i];
    }
    for (var j = n - 1; j > 0; j--) if (end[j] > end[g.parent[j]]) end[g.parent[j]] = end[j];
  }

  function hash(s) {
    var h = 0;
    for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
    return Math.abs(h);
  }

  function color(i) {
    var name = g.name[i];
    if (i === 0 || name === '(other)') return 'hsl(0, 0%, 78%)';
    var h = hash(name);
    return 'hsl(' + (8 + (h % 40)) + ', ' + (72 + ((h >> 8) % 20)) + '%, ' + (56 + ((h >> 16) % 14)) + '%)';
  }

  var UNITS = { nanoseconds: 1, microseconds: 1e3, milliseconds: 1e6, seconds: 1e9 };
  function value(v) {
    var unit = data.unit;
    if (UNITS[unit]) {
      var ns = v * UNITS[unit];
      var scales = [[1e9, 's'], [1e6, 'ms'], [1e3, '\u00b5s'], [1, 'ns']];
      for (var k = 0; k < scales.length; k++) if (Math.abs(ns) >= scales[k][0] || k === scales.length - 1) return (ns / scales[k][0]).toFixed(2) + ' ' + scales[k][1];
    }
    if (unit === 'bytes') {
      var names = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
      var b = v, u = 0;
      while (Math.abs(b) >= 1024 && u < names.length - 1) { b /= 1024; u++; }
      return b.toFixed(u ? 1 : 0) + ' ' + names[u];
    }
    return v.toLocaleString('en-US') + ' ' + unit;
  }

  function share(v) {
    var total = g.total[0] || 1;
    var p = (100 * v) / total;
    return (p >= 10 || p === 0 ? p.toFixed(1) : p.toFixed(2)) + '%';
  }

  function where(i) {
    return g.file[i] ? g.file[i] + (g.line[i] ? ':' + g.line[i] : '') : '';
  }

  function fit(name, width) {
    var chars = Math.floor((width - 6) / CHAR);
    if (chars < 2) return '';
    return name.length <= chars ? name : name.slice(0, chars - 1) + '\u2026';
  }

  var lowerName = [], lowerFile = [];
  function matches(i) {
    if (state.query === '' || i === 0) return false;
    if (lowerName[i] === undefined) { lowerName[i] = g.name[i].toLowerCase(); lowerFile[i] = g.file[i].toLowerCase(); }
    return lowerName[i].indexOf(state.query) >= 0 || lowerFile[i].indexOf(state.query) >= 0;
  }

  function findingFrames() {
    return state.finding >= 0 ? data.findings[state.finding].frames : [];
  }

  function render() {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    shown = [];
    if (!g) return;
    var width = Math.max(200, box.clientWidth || 1000);
    var f = state.focus;
    var scale = width / Math.max(g.total[f], 1e-12);
    var marked = {};
    var frames = findingFrames();
    for (var m = 0; m < frames.length; m++) marked[frames[m]] = m === frames.length - 1 ? 2 : 1;
    var maxDepth = g.depth[f];
    for (var a = g.parent[f]; a >= 0; a = g.parent[a]) draw(a, 0, width, true, marked);
    for (var i = f; i <= end[f]; i++) {
      var w = Math.max(0, g.total[i]) * scale;
      if (w < 0.5) { i = end[i]; continue; }
      draw(i, (x[i] - x[f]) * scale, w, false, marked);
      if (g.depth[i] > maxDepth) maxDepth = g.depth[i];
    }
    svg.setAttribute('height', String((maxDepth + 1) * ROW));
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + (maxDepth + 1) * ROW);
    var dim = state.query !== '' || frames.length > 0;
    svg.setAttribute('class', dim ? 'hp-dim' : '');
  }

  function draw(i, left, width, ancestor, marked) {
    var el = document.createElementNS(SVG, 'g');
    var cls = 'hp-frame';
    if (ancestor) cls += ' hp-ancestor';
    if (matches(i)) cls += ' hp-match';
    if (marked[i]) cls += ' hp-finding';
    if (marked[i] === 2) cls += ' hp-finding-leaf';
    el.setAttribute('class', cls);
    el.setAttribute('data-id', String(i));
    el.setAttribute('transform', 'translate(' + left.toFixed(2) + ',' + g.depth[i] * ROW + ')');
    var rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('width', Math.max(0.5, width - 0.5).toFixed(2));
    rect.setAttribute('height', String(ROW - 1));
    rect.setAttribute('fill', color(i));
    el.appendChild(rect);
    var label = fit(i === 0 ? 'all (' + value(g.total[0]) + ')' : g.name[i], width);
    if (label) {
      var text = document.createElementNS(SVG, 'text');
      text.setAttribute('x', '3');
      text.setAttribute('y', String(ROW - 5));
      text.textContent = label;
      el.appendChild(text);
    }
    var title = document.createElementNS(SVG, 'title');
    title.textContent = g.name[i] + (where(i) ? '\n' + where(i) : '') + '\n' + share(g.total[i]) + ' (' + value(g.total[i]) + '), self ' + share(g.self[i]);
    el.appendChild(title);
    svg.appendChild(el);
    shown.push(i);
  }

  function describe(i) {
    while (info.firstChild) info.removeChild(info.firstChild);
    if (i < 0) return;
    var name = document.createElement('code');
    name.textContent = g.name[i];
    info.appendChild(name);
    var loc = where(i);
    if (loc) {
      info.appendChild(document.createTextNode(' '));
      var url = g.url[i];
      var el = document.createElement(url && /^https?:\/\//.test(url) ? 'a' : 'span');
      if (el.tagName === 'A') {
        el.setAttribute('href', url);
        el.setAttribute('rel', 'noopener noreferrer');
      }
      el.className = 'hp-mono';
      el.textContent = loc;
      info.appendChild(el);
    }
    info.appendChild(document.createTextNode(' \u2014 ' + share(g.total[i]) + ' (' + value(g.total[i]) + '), self ' + share(g.self[i])));
  }

  function searchStatus() {
    if (state.query === '') return '';
    var count = 0, sum = 0;
    for (var i = 1; i < n; i++) {
      if (!matches(i)) continue;
      count++;
      sum += Math.max(0, g.total[i]);
      // Descendants of a match are inside its total already.
      for (var j = i + 1; j <= end[i]; j++) if (matches(j)) count++;
      i = end[i];
    }
    return count === 0 ? 'No frame matches.' : count + (count === 1 ? ' frame matches, ' : ' frames match, ') + share(sum) + ' of the profile.';
  }

  function zoom(i) {
    state.focus = i;
    render();
    describe(i);
  }

  function selectFinding(k) {
    state.finding = k;
    cards.forEach(function (c) { c.classList.toggle('hp-selected', Number(c.getAttribute('data-finding')) === k); });
    var frames = findingFrames();
    if (!g) return;
    if (frames.length === 0) {
      status.textContent = 'This finding\u2019s stack is not in the flame graph (the graph is bounded).';
      zoom(0);
      return;
    }
    // Zoom to the outermost frame of the path at most four times as heavy as the costly (last) one,
    // so that the costly frame fills at least a quarter of the width; the frames above stay drawn as ancestors.
    var leaf = frames[frames.length - 1];
    var focus = leaf;
    for (var m = 0; m < frames.length; m++) {
      if (g.total[frames[m]] <= 4 * g.total[leaf]) { focus = frames[m]; break; }
    }
    if (g.total[leaf] >= 0.25 * g.total[0]) focus = 0;
    status.textContent = 'Showing the ' + frames.length + ' frames of finding ' + (k + 1) + ' (costly frame outlined).';
    zoom(focus);
    describe(leaf);
    document.getElementById('hp-flame-section').scrollIntoView({ block: 'start' });
  }

  function resetAll() {
    state.query = '';
    search.value = '';
    state.finding = -1;
    cards.forEach(function (c) { c.classList.remove('hp-selected'); });
    status.textContent = '';
    zoom(0);
    describe(-1);
  }

  svg.addEventListener('click', function (e) {
    var el = e.target.closest ? e.target.closest('.hp-frame') : null;
    if (el) zoom(Number(el.getAttribute('data-id')));
  });
  svg.addEventListener('mouseover', function (e) {
    var el = e.target.closest ? e.target.closest('.hp-frame') : null;
    if (el) describe(Number(el.getAttribute('data-id')));
  });
  search.addEventListener('input', function () {
    state.query = search.value.trim().toLowerCase();
    render();
    status.textContent = searchStatus();
  });
  reset.addEventListener('click', resetAll);
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') resetAll();
  });
  cards.forEach(function (card) {
    var k = Number(card.getAttribute('data-finding'));
    var show = card.querySelector('.hp-show');
    if (show) show.addEventListener('click', function (e) { e.stopPropagation(); selectFinding(k); });
    var head = card.querySelector('.hp-finding-head');
    if (head) head.addEventListener('click', function (e) {
      if (e.target.closest && e.target.closest('a')) return;
      selectFinding(k);
    });
  });
  window.addEventListener('resize', render);

  if (g) {
    layout();
    render();
  } else {
    status.textContent = 'This report has no flame graph.';
  }
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
