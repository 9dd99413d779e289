'use strict';

const zlib = require('zlib');
const { formatRent, roundPence } = require('./money');

function pad(text, width) {
  const s = String(text);
  return s.length >= width ? s.slice(0, width) : s + ' '.repeat(width - s.length);
}

function padLeft(text, width) {
  const s = String(text);
  return s.length >= width ? s : ' '.repeat(width - s.length) + s;
}

function renderStatement(tenancy) {
  const lines = [];
  lines.push(`RENT STATEMENT  ${tenancy.ref}`);
  lines.push(`${tenancy.tenant}, ${tenancy.unit} ${tenancy.block}, ${tenancy.address}`);
  lines.push(`Tenancy start ${tenancy.startDate}   Monthly rent ${formatRent(tenancy.monthlyRent, tenancy.currency)}`);
  lines.push('');
  lines.push(`${pad('Date', 12)}${pad('Description', 22)}${padLeft('Debit', 14)}${padLeft('Credit', 14)}${padLeft('Balance', 14)}`);
  const sorted = tenancy.ledger.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let balance = 0;
  let charged = 0;
  let paid = 0;
  for (const entry of sorted) {
    const debit = entry.kind === 'charge' ? entry.amount : 0;
    const credit = entry.kind === 'payment' ? entry.amount : 0;
    balance = roundPence(balance + debit - credit);
    charged += debit;
    paid += credit;
    lines.push(pad(entry.date, 12) + pad(entry.memo, 22)
      + padLeft(debit ? formatRent(debit, tenancy.currency) : '', 14)
      + padLeft(credit ? formatRent(credit, tenancy.currency) : '', 14)
      + padLeft(formatRent(balance, tenancy.currency), 14));
  }
  lines.push('');
  lines.push(`Total charged ${formatRent(charged, tenancy.currency)}  Total paid ${formatRent(paid, tenancy.currency)}`);
  lines.push(balance > 0 ? `Amount now due ${formatRent(balance, tenancy.currency)}` : 'Account is up to date');
  return { text: lines.join('\n') + '\n', balance };
}

function sendDocument(req, res, body, contentType) {
  const accepts = String(req.headers['accept-encoding'] || '');
  if (accepts.includes('gzip')) {
    const compressed = zlib.gzipSync(body, { level: zlib.constants.Z_BEST_COMPRESSION });
    res.writeHead(200, { 'content-type': contentType, 'content-encoding': 'gzip', 'content-length': compressed.length });
    res.end(compressed);
    return;
  }
  res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

module.exports = { renderStatement, sendDocument };
