'use strict';

function generateChainInvoice(rng, chain, allocations) {
  const lines = [];
  for (const a of allocations) {
    if (rng.chance(0.03)) continue;
    let billed = a.expected;
    if (rng.chance(0.08)) billed = Math.round(billed * (1 + (rng.next() - 0.3) * 0.2) * 100) / 100;
    lines.push({ confirmationNo: a.confirmationNo, confirmation: a.confirmation, hotelCode: a.hotelCode, guest: a.guestNames, nights: a.nights, billed });
  }
  for (let i = 0; i < Math.ceil(allocations.length * 0.01); i++) {
    const src = allocations[rng.int(0, allocations.length - 1)];
    lines.push({ confirmationNo: 900000 + i, confirmation: `${src.confirmation}X`, hotelCode: src.hotelCode, guest: src.guestNames, nights: 1, billed: src.expected });
  }
  for (let i = lines.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return { chain, lines };
}

function matchInvoiceLines(lines, allocations) {
  const matched = [];
  const unknown = [];
  for (const line of lines) {
    const allocation = allocations.find((a) => a.confirmationNo === line.confirmationNo);
    if (allocation) matched.push({ line, allocation, variance: Math.round((line.billed - allocation.expected) * 100) / 100 });
    else unknown.push(line);
  }
  return { matched, unknown };
}

function findUnbilled(allocations, matched) {
  const billed = new Set(matched.map((m) => m.allocation.confirmation));
  return allocations.filter((a) => !billed.has(a.confirmation));
}

module.exports = { generateChainInvoice, matchInvoiceLines, findUnbilled };
