'use strict';
// The general ledger: chart of accounts, double-entry postings, balances and the audit trail.

const KINDS = ['asset', 'liability', 'equity', 'income', 'expense'];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF'];

// Small fast counter-based generator (sfc32), seeded deterministically.
function splitmix(seed) {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

class GeneralLedger {
  constructor(seed, accountCount) {
    this.rand = splitmix(seed);
    this.accounts = new Map();
    this.postings = new Map();
    this.audit = [];
    this.entrySeq = 0;
    for (let i = 0; i < accountCount; i++) {
      const kind = KINDS[i % KINDS.length];
      const id = `${1000 + i * 10}`;
      this.accounts.set(id, {
        id,
        name: `${kind} account ${i}`,
        kind,
        currency: CURRENCIES[Math.floor(this.rand() * CURRENCIES.length)],
        balanceCents: 0,
        limits: { overdraftCents: kind === 'asset' ? 500000 : 0, approvalAboveCents: 2500000 },
        tags: { costCentre: `CC-${i % 17}`, region: ['north', 'south', 'east', 'west'][i % 4] },
        recent: [],
      });
      this.postings.set(id, []);
    }
  }

  accountIds() {
    return [...this.accounts.keys()];
  }

  // Applies a balanced journal entry; returns the audit records it produced.
  post(entry) {
    let debit = 0, credit = 0;
    for (const line of entry.lines) {
      if (!this.accounts.has(line.account)) return { ok: false, reason: `unknown account ${line.account}` };
      if (line.side === 'D') debit += line.amountCents; else credit += line.amountCents;
    }
    if (debit !== credit || debit === 0) return { ok: false, reason: 'unbalanced entry' };
    const entryNo = ++this.entrySeq;
    for (const line of entry.lines) {
      const account = this.accounts.get(line.account);
      const before = structuredClone(account);
      const signed = line.side === 'D' ? line.amountCents : -line.amountCents;
      account.balanceCents += (account.kind === 'asset' || account.kind === 'expense') ? signed : -signed;
      const posting = { entryNo, ts: entry.ts, memo: entry.memo, side: line.side, amountCents: line.amountCents,
        reference: entry.reference };
      this.postings.get(line.account).push(posting);
      account.recent.push(posting);
      if (account.recent.length > 40) account.recent.shift();
      this.audit.push({ entryNo, account: account.id, before, balanceAfter: account.balanceCents });
    }
    return { ok: true, entryNo };
  }

  trialBalance() {
    const totals = { asset: 0, liability: 0, equity: 0, income: 0, expense: 0 };
    for (const account of this.accounts.values()) totals[account.kind] += account.balanceCents;
    return { ...totals, balanced: totals.asset + totals.expense === totals.liability + totals.equity + totals.income };
  }

  postingsBetween(accountId, fromTs, toTs) {
    const list = this.postings.get(accountId) || [];
    const out = [];
    for (const p of list) if (p.ts >= fromTs && p.ts < toTs) out.push(p);
    return out;
  }

  openItems(accountId) {
    const items = [];
    for (const p of this.postings.get(accountId) || []) {
      if (p.side === 'D') items.push({ id: `${accountId}/${p.entryNo}`, reference: p.reference, amountCents: p.amountCents, ts: p.ts });
    }
    return items;
  }
}

module.exports = { GeneralLedger, splitmix };
