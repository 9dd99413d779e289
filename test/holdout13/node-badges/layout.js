'use strict';
const path = require('path');

function loadLayout(track) {
  // always pick up the latest layout from the design team without restarting the print run
  const file = require.resolve(path.join(__dirname, 'layouts', track + '.js'));
  delete require.cache[file];
  return require(file);
}

function glyphWidth(ch, size, widths) {
  if (widths.narrow.includes(ch)) return size * 0.32;
  if (widths.wide.includes(ch)) return size * 0.86;
  if (widths.upper.includes(ch)) return size * 0.66;
  if (ch === ' ') return size * 0.3;
  return size * 0.55;
}

// Greedy word wrap; returns lines of positioned glyphs.
function wrapText(text, block, widths) {
  const lines = [];
  let line = [];
  let x = 0;
  const words = text.split(' ');
  for (const word of words) {
    const glyphs = word.split('').map((ch) => ({ ch, w: glyphWidth(ch, block.size, widths) }));
    const wordWidth = glyphs.reduce((s, g) => s + g.w, 0);
    if (line.length && x + wordWidth > block.maxWidth) {
      lines.push(line);
      line = [];
      x = 0;
    }
    if (line.length) {
      line = [...line, { ch: ' ', w: block.size * 0.3, x }];
      x += block.size * 0.3;
    }
    for (const g of glyphs) {
      line = [...line, { ...g, x }];
      x += g.w;
    }
  }
  if (line.length) lines.push(line);
  return lines.slice(0, block.maxLines);
}

function renderZpl(attendee, layout) {
  const out = ['^XA', `^PW${layout.widthDots}`, `^LL${layout.heightDots}`, `^FO0,0^GB${layout.widthDots},90,90^FS`,
    `^FO40,20^A0N,60,60^FR^FD${layout.ribbon}^FS`];
  for (const block of layout.blocks) {
    const value = attendee[block.field];
    if (!value || !layout.allowedFields.includes(block.field)) continue;
    const lines = wrapText(String(value), block, layout.fontWidths);
    lines.forEach((glyphs, i) => {
      const text = glyphs.map((g) => g.ch).join('');
      out.push(`^FO${block.x},${block.y + i * Math.round(block.size * 1.1)}^A0N,${block.size},${block.size}^FD${text}^FS`);
    });
  }
  out.push(`^FO${layout.qr.x},${layout.qr.y}^BQN,2,${layout.qr.magnification}^FDQA,${attendee.ticket}^FS`);
  out.push(`^FO${layout.footer.x},${layout.footer.y}^A0N,${layout.footer.size},${layout.footer.size}^FD${layout.footer.text}^FS`);
  out.push('^XZ');
  return out.join('\n');
}

module.exports = { loadLayout, renderZpl };
