'use strict';

// Minimal printf used by the text products (bulletins, station tables).
// Supports %s %d %f %x with optional '-' (left align), '0' padding, width and precision.
const SPEC = /%(-)?(0)?(\d+)?(?:\.(\d+))?([sdfx%])/g;

function sprintf(format, ...args) {
  let next = 0;
  return format.replace(SPEC, (match, left, zero, width, precision, type) => {
    if (type === '%') return '%';
    const value = args[next++];
    let out;
    switch (type) {
      case 'd':
        out = String(Math.round(Number(value)));
        break;
      case 'f':
        out = Number(value).toFixed(precision === undefined ? 6 : Number(precision));
        break;
      case 'x':
        out = Math.round(Number(value)).toString(16);
        break;
      default:
        out = String(value);
        if (precision !== undefined) out = out.slice(0, Number(precision));
    }
    const w = width === undefined ? 0 : Number(width);
    if (out.length < w) out = left ? out.padEnd(w) : out.padStart(w, zero && type !== 's' ? '0' : ' ');
    return out;
  });
}

module.exports = { sprintf };
