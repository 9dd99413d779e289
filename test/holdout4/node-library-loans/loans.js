'use strict';
const { splitmix, BRANCHES, buildCollection, buildPatrons, buildLoans } = require('./data');
const { fineFor, DAY } = require('./fines');
const { renderNotice } = require('./notices');
const { HoldQueues } = require('./holds');

const LOANS = Number(process.env.LOANS || 800000);

function main() {
  const rng = splitmix(20261125);
  const collection = buildCollection(60000, rng);
  const patrons = buildPatrons(30000, rng);
  const loans = buildLoans(LOANS, collection, patrons, rng);
  const itemsByBarcode = new Map(collection.map((it) => [it.barcode, it]));
  const patronsById = new Map(patrons.map((p) => [p.id, p]));
  const asOf = Date.UTC(2026, 11, 15);
  const holidays = new Set([Date.UTC(2026, 9, 3), Date.UTC(2026, 11, 25), Date.UTC(2026, 11, 26)].map((t) => Math.floor(t / DAY)));

  const holds = new HoldQueues();
  for (let i = 0; i < 20000; i++) {
    holds.place({ patronId: patrons[Math.floor(rng() * patrons.length)].id, subject: collection[i].subject, branch: BRANCHES[i % BRANCHES.length], placedAt: i });
  }

  const finesByPatron = new Map();
  const branchStats = new Map(BRANCHES.map((b) => [b, { loans: 0, overdue: 0, fineCents: 0, allocations: 0 }]));
  for (const loan of loans) {
    const item = itemsByBarcode.get(loan.barcode);
    const patron = patronsById.get(loan.patronId);
    const stats = branchStats.get(item.homeBranch);
    stats.loans++;
    if (loan.returnedAt !== null && holds.allocate(item, BRANCHES)) stats.allocations++;
    const fine = fineFor(loan, item, patron, asOf, holidays);
    if (fine.cents === 0) continue;
    stats.overdue++;
    stats.fineCents += fine.cents;
    let entry = finesByPatron.get(patron.id);
    if (!entry) {
      entry = { patron, lines: [], totalCents: 0 };
      finesByPatron.set(patron.id, entry);
    }
    entry.lines.push({ title: item.title, dueAt: loan.dueAt, days: fine.days, cents: fine.cents });
    entry.totalCents += fine.cents;
  }

  let sent = 0, bounced = 0, chars = 0;
  for (const { patron, lines, totalCents } of finesByPatron.values()) {
    const notice = renderNotice(patron, lines, totalCents);
    if (!notice) { bounced++; continue; }
    sent++;
    chars += notice.text.length;
  }
  const summary = [...branchStats].map(([b, s]) => `${b}:${s.overdue}/${s.loans}:${(s.fineCents / 100).toFixed(2)}:${s.allocations}`).join(' ');
  console.log(`loans=${loans.length} notices=${sent} bounced=${bounced} chars=${chars}`);
  console.log(summary);
}

main();
