'use strict';

const crypto = require('crypto');

// Per-grower settlement for the intake period.
class SettlementBook {
  constructor(signingKey) {
    this.signingKey = signingKey;
    this.growers = new Map();
    this.fields = new Map();
    this.rejections = [];
    this.byDay = new Map();
  }

  add(result) {
    const t = result.ticket;
    let g = this.growers.get(t.grower);
    if (!g) {
      g = { grower: t.grower, tickets: 0, rejected: 0, netKg: 0, dryKg: 0, valuePence: 0, dryingPence: 0, lines: new Map(), sites: new Set() };
      this.growers.set(t.grower, g);
    }
    g.tickets++;
    g.sites.add(t.site);
    if (!result.accepted) {
      g.rejected++;
      this.rejections.push({ id: t.id, grower: t.grower, reason: result.reason, netKg: result.netKg });
      return;
    }
    g.netKg += result.netKg;
    g.dryKg += result.dryKg;
    g.valuePence += result.valuePence;
    g.dryingPence += result.dryingPence;
    const key = `${t.cropCode}|${result.grade}`;
    let line = g.lines.get(key);
    if (!line) {
      line = { crop: t.cropCode, grade: result.grade, loads: 0, dryKg: 0, valuePence: 0, pricePerTonne: result.pricePerTonne };
      g.lines.set(key, line);
    }
    line.loads++;
    line.dryKg += result.dryKg;
    line.valuePence += result.valuePence;

    let f = this.fields.get(t.field);
    if (!f) {
      f = { field: t.field, grower: t.grower, crop: t.cropCode, loads: 0, dryKg: 0 };
      this.fields.set(t.field, f);
    }
    f.loads++;
    f.dryKg += result.dryKg;

    const day = Math.floor(t.time / 86400000);
    this.byDay.set(day, (this.byDay.get(day) || 0) + result.dryKg);
  }

  statement(growerCode, issuedAt) {
    const g = this.growers.get(growerCode);
    const body = {
      grower: g.grower,
      issuedAt,
      tickets: g.tickets,
      rejected: g.rejected,
      sites: [...g.sites].sort(),
      netKg: Math.round(g.netKg),
      dryKg: Math.round(g.dryKg),
      dryingPence: g.dryingPence,
      valuePence: g.valuePence,
      lines: [...g.lines.values()].map((l) => ({ ...l, dryKg: Math.round(l.dryKg) })),
    };
    const payload = JSON.stringify(body);
    const signature = crypto.createHmac('sha256', this.signingKey).update(payload).digest('base64url');
    return { payload, signature, body };
  }
}

module.exports = { SettlementBook };
