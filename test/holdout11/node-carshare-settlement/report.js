'use strict';

const fs = require('fs/promises');
const os = require('os');
const path = require('path');

class MonthlyLedger {
  constructor() {
    this.byMember = new Map();
    this.byZone = new Map();
    this.byCategory = new Map();
    this.trips = 0;
    this.revenue = 0;
  }

  add(s) {
    this.trips++;
    this.revenue += s.fare;
    let m = this.byMember.get(s.memberNo);
    if (!m) {
      m = { memberNo: s.memberNo, plan: s.plan, trips: 0, minutes: 0, km: 0, amount: 0, lines: [] };
      this.byMember.set(s.memberNo, m);
    }
    m.trips++;
    m.minutes += s.minutes;
    m.km += s.km;
    m.amount += s.fare;
    m.lines.push(s);
    const z = this.byZone.get(s.endZone) || { trips: 0, revenue: 0 };
    z.trips++;
    z.revenue += s.fare;
    this.byZone.set(s.endZone, z);
    const c = this.byCategory.get(s.category) || { trips: 0, revenue: 0, km: 0 };
    c.trips++;
    c.revenue += s.fare;
    c.km += s.km;
    this.byCategory.set(s.category, c);
  }

  invoicesCsv() {
    const rows = ['member,plan,trips,minutes,km,amount_eur'];
    const members = [...this.byMember.values()].sort((a, b) => b.amount - a.amount);
    for (const m of members) {
      rows.push(`${m.memberNo},${m.plan},${m.trips},${m.minutes.toFixed(1)},${m.km.toFixed(2)},${m.amount.toFixed(2)}`);
    }
    return rows.join('\n');
  }

  async write(dir = path.join(os.tmpdir(), 'carshare-settlement')) {
    await fs.mkdir(dir, { recursive: true });
    const file = path.join(dir, 'invoices-2024-03.csv');
    await fs.writeFile(file, this.invoicesCsv());
    return file;
  }
}

module.exports = { MonthlyLedger };
