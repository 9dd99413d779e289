'use strict';

const { resolveTariff } = require('./tariffs');

function round2(x) {
  return Math.round(x * 100) / 100;
}

// Prices one day of half-hourly data for a member.
function rateDay(member, date, points) {
  const tariff = resolveTariff(member.tariffCode);
  const bands = {};
  for (const b of tariff.bands) bands[b.name] = { kwh: 0, rate: b.rate };
  let exportKwh = 0;
  let estimatedSlots = 0;
  for (const p of points) {
    bands[tariff.bandOf(p.slot, p.dow)].kwh += p.importKwh;
    exportKwh += p.exportKwh;
    if (p.estimated) estimatedSlots++;
  }
  let energyPence = 0;
  const lines = [];
  for (const [name, b] of Object.entries(bands)) {
    const pence = b.kwh * b.rate;
    energyPence += pence;
    lines.push({ band: name, kwh: round2(b.kwh), rate: b.rate, pence: round2(pence) });
  }
  return {
    mpan: member.mpan,
    date,
    tariff: tariff.code,
    lines,
    importKwh: round2(lines.reduce((s, l) => s + l.kwh, 0)),
    exportKwh: round2(exportKwh),
    energyPence: round2(energyPence),
    standingPence: tariff.standingChargePence,
    exportCreditPence: round2(exportKwh * tariff.exportPencePerKwh),
    estimatedSlots,
  };
}

function buildInvoice(member, period, dayRecords) {
  let energy = 0;
  let standing = 0;
  let credit = 0;
  let importKwh = 0;
  let exportKwh = 0;
  const bandTotals = new Map();
  for (const d of dayRecords) {
    energy += d.energyPence;
    standing += d.standingPence;
    credit += d.exportCreditPence;
    importKwh += d.importKwh;
    exportKwh += d.exportKwh;
    for (const l of d.lines) {
      const t = bandTotals.get(l.band) || { band: l.band, kwh: 0, pence: 0, rate: l.rate };
      t.kwh += l.kwh;
      t.pence += l.pence;
      bandTotals.set(l.band, t);
    }
  }
  const net = energy + standing;
  const vat = net * member.vatRate;
  const total = net + vat - credit;
  return {
    invoiceNo: `INV-${period.replace('-', '')}-${member.memberNo}`,
    memberNo: member.memberNo,
    mpan: member.mpan,
    period,
    tariff: member.tariffCode,
    days: dayRecords.length,
    importKwh: round2(importKwh),
    exportKwh: round2(exportKwh),
    bands: [...bandTotals.values()].map((t) => ({ band: t.band, kwh: round2(t.kwh), rate: t.rate, pence: Math.round(t.pence) })),
    energyPence: Math.round(energy),
    standingPence: Math.round(standing),
    vatPence: Math.round(vat),
    exportCreditPence: Math.round(credit),
    totalPence: Math.round(total),
  };
}

module.exports = { rateDay, buildInvoice };
