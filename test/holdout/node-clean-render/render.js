'use strict';
// A small markdown-ish renderer: headings, paragraphs, lists, tables and fenced code.
// Every pattern is compiled once at module load; the number formatter is created once.

const HEADING = /^(#{1,6})\s+(.*)$/;
const ORDERED_ITEM = /^\d+\.\s+(.*)$/;
const BULLET_ITEM = /^[-*]\s+(.*)$/;
const TABLE_RULE = /^\|(\s*:?-+:?\s*\|)+$/;
const INLINE = /\*\*([^*]+)\*\*|_([^_]+)_|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;
const HTML_SPECIAL = /[&<>"']/g;
const NON_SLUG = /[^a-z0-9]+/g;
const EDGE_DASH = /^-+|-+$/g;
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });

function escapeHtml(text) {
  return text.replace(HTML_SPECIAL, (ch) => ESCAPES[ch]);
}

function renderInline(text) {
  let out = '';
  let last = 0;
  INLINE.lastIndex = 0;
  let m;
  while ((m = INLINE.exec(text)) !== null) {
    out += escapeHtml(text.slice(last, m.index));
    if (m[1] !== undefined) out += `<strong>${escapeHtml(m[1])}</strong>`;
    else if (m[2] !== undefined) out += `<em>${escapeHtml(m[2])}</em>`;
    else if (m[3] !== undefined) out += `<code>${escapeHtml(m[3])}</code>`;
    else out += `<a href="${escapeHtml(m[5])}">${escapeHtml(m[4])}</a>`;
    last = INLINE.lastIndex;
  }
  return out + escapeHtml(text.slice(last));
}

function slugify(text, seen) {
  const base = text.toLowerCase().replace(NON_SLUG, '-').replace(EDGE_DASH, '');
  const n = seen.get(base) || 0;
  seen.set(base, n + 1);
  return n === 0 ? base : `${base}-${n}`;
}

function renderCell(cell, numeric, isChange) {
  if (!numeric) return renderInline(cell);
  const value = Number(cell);
  return isChange ? percentFormat.format(value) : numberFormat.format(value);
}

function renderTable(rows) {
  const header = rows[0];
  const body = rows.slice(2);
  let html = '<table><thead><tr>';
  for (const h of header) html += `<th>${renderInline(h)}</th>`;
  html += '</tr></thead><tbody>';
  for (const row of body) {
    html += '<tr>';
    for (let c = 0; c < row.length; c++) {
      html += `<td>${renderCell(row[c], c > 0, header[c] === 'change')}</td>`;
    }
    html += '</tr>';
  }
  return html + '</tbody></table>';
}

function splitRow(line) {
  return line.slice(1, -1).split('|').map((cell) => cell.trim());
}

function renderDocument(source) {
  const lines = source.split('\n');
  const out = [];
  const toc = [];
  const seen = new Map();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line === '') { i++; continue; }
    let m;
    if ((m = HEADING.exec(line)) !== null) {
      const level = m[1].length;
      const id = slugify(m[2], seen);
      toc.push({ level, id, title: m[2] });
      out.push(`<h${level} id="${id}">${renderInline(m[2])}</h${level}>`);
      i++;
    } else if (line.startsWith('```')) {
      const code = [];
      i++;
      while (i < lines.length && !lines[i].startsWith('```')) code.push(escapeHtml(lines[i++]));
      i++;
      out.push(`<pre><code>${code.join('\n')}</code></pre>`);
    } else if (line.startsWith('|')) {
      const rows = [];
      while (i < lines.length && lines[i].startsWith('|')) {
        rows.push(TABLE_RULE.test(lines[i]) ? null : splitRow(lines[i]));
        i++;
      }
      out.push(renderTable(rows));
    } else if (BULLET_ITEM.test(line) || ORDERED_ITEM.test(line)) {
      const ordered = ORDERED_ITEM.test(line);
      const items = [];
      while (i < lines.length && (m = BULLET_ITEM.exec(lines[i]) || ORDERED_ITEM.exec(lines[i])) !== null) {
        items.push(`<li>${renderInline(m[1])}</li>`);
        i++;
      }
      out.push(ordered ? `<ol>${items.join('')}</ol>` : `<ul>${items.join('')}</ul>`);
    } else {
      const para = [];
      while (i < lines.length && lines[i] !== '' && !lines[i].startsWith('#') && !lines[i].startsWith('|')) para.push(lines[i++]);
      out.push(`<p>${renderInline(para.join(' '))}</p>`);
    }
  }
  const nav = toc.filter((t) => t.level <= 2).map((t) => `<a href="#${t.id}">${escapeHtml(t.title)}</a>`).join('');
  return `<nav>${nav}</nav>\n${out.join('\n')}`;
}

module.exports = { renderDocument };
