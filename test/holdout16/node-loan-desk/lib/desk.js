'use strict';

const { DAY } = require('./calendar');

const MAX_LOANS = { adult: 20, junior: 10, staff: 40 };
const MAX_RENEWALS = 3;
const FINE_CAP_PENCE = 800;
const BLOCK_AT_PENCE = 1000;
const HOLD_SHELF_DAYS = 7;

class DeskError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

class LoanDesk {
  constructor({ collection, calendars, notifier, log, clock }) {
    this.c = collection;
    this.calendars = calendars;
    this.notifier = notifier;
    this.log = log;
    this.clock = clock;
    this.loans = new Map();
    this.holds = new Map();
    this.seq = { loan: 0, hold: 0 };
    this.counters = { checkouts: 0, returns: 0, renewals: 0, holdsPlaced: 0, holdsReady: 0, refused: 0 };
  }

  patron(card) {
    const p = this.c.patrons.get(card);
    if (!p) throw new DeskError(404, 'unknown-card', `no patron with card ${card}`);
    return p;
  }

  assertOpen(branchId) {
    if (!this.c.branches.has(branchId)) throw new DeskError(400, 'bad-branch', `unknown branch ${branchId}`);
    if (!this.calendars.isOpen(branchId, this.clock.now())) {
      throw new DeskError(409, 'branch-closed', 'self-service is unavailable while the branch is closed');
    }
  }

  checkout(card, barcodes, branchId) {
    const patron = this.patron(card);
    this.log.debug('checkout requested', { card, items: barcodes.length, branch: branchId });
    if (patron.blocked) throw new DeskError(403, 'blocked', 'account blocked: outstanding charges');
    const now = this.clock.now();
    const results = [];
    for (const barcode of barcodes) {
      const item = this.c.items.get(barcode);
      if (!item) {
        results.push({ barcode, ok: false, reason: 'unknown item' });
        continue;
      }
      const title = this.c.titles.get(item.titleId);
      const format = this.c.formats.get(title.format);
      this.log.debug('checking item', { barcode, status: item.status, format: format.id });
      if (format.loanDays === 0) {
        results.push({ barcode, ok: false, reason: 'reference only' });
        continue;
      }
      if (item.status === 'loan') {
        results.push({ barcode, ok: false, reason: 'already on loan' });
        continue;
      }
      if (item.status === 'holdshelf' && item.heldFor !== card) {
        results.push({ barcode, ok: false, reason: 'on hold for another patron' });
        continue;
      }
      if (patron.loans.size >= MAX_LOANS[patron.type]) {
        results.push({ barcode, ok: false, reason: 'loan limit reached' });
        this.counters.refused++;
        continue;
      }
      if (item.status === 'holdshelf') this._fulfilHold(item, card);
      const loan = {
        id: ++this.seq.loan,
        barcode,
        card,
        branch: branchId,
        issuedAt: now,
        due: this.calendars.dueDate(branchId, now, format.loanDays),
        renewals: 0,
        returnedAt: null,
      };
      this.loans.set(loan.id, loan);
      item.status = 'loan';
      item.loanId = loan.id;
      patron.loans.add(loan.id);
      this.counters.checkouts++;
      this.log.debug('loan created', { loan: loan.id, due: loan.due });
      results.push({ barcode, ok: true, title: title.title, due: loan.due });
    }
    this.log.info('checkout', { card, branch: branchId, issued: results.filter((r) => r.ok).length });
    return results;
  }

  renew(card, barcodes) {
    const patron = this.patron(card);
    const now = this.clock.now();
    const out = [];
    for (const barcode of barcodes) {
      const item = this.c.items.get(barcode);
      const loan = item && item.loanId ? this.loans.get(item.loanId) : null;
      this.log.debug('renewal requested', { card, barcode, loan: loan && loan.id });
      if (!loan || loan.card !== card) {
        out.push({ barcode, ok: false, reason: 'not on loan to this card' });
        continue;
      }
      const title = this.c.titles.get(item.titleId);
      if (title.holds.length) {
        out.push({ barcode, ok: false, reason: 'reserved by another patron' });
        continue;
      }
      if (loan.renewals >= MAX_RENEWALS) {
        out.push({ barcode, ok: false, reason: 'renewal limit reached' });
        continue;
      }
      const format = this.c.formats.get(title.format);
      loan.renewals++;
      loan.due = this.calendars.dueDate(loan.branch, now, format.loanDays);
      this.counters.renewals++;
      out.push({ barcode, ok: true, due: loan.due, renewalsLeft: MAX_RENEWALS - loan.renewals });
    }
    this.log.info('renew', { card: patron.card, renewed: out.filter((r) => r.ok).length });
    return out;
  }

  returnItem(barcode, branchId) {
    const item = this.c.items.get(barcode);
    if (!item) throw new DeskError(404, 'unknown-item', `no item ${barcode}`);
    const branch = this.c.branches.get(branchId);
    if (!branch) throw new DeskError(400, 'bad-branch', `unknown branch ${branchId}`);
    const viaReturnsBox = !this.calendars.isOpen(branchId, this.clock.now());
    if (viaReturnsBox && !branch.returnsBox) {
      throw new DeskError(409, 'branch-closed', 'returns are not accepted while the branch is closed');
    }
    this.log.debug('return scanned', { barcode, branch: branchId, status: item.status });
    if (item.status !== 'loan') return { barcode, ok: false, reason: 'not on loan' };
    const loan = this.loans.get(item.loanId);
    const now = this.clock.now();
    loan.returnedAt = now;
    const patron = this.c.patrons.get(loan.card);
    patron.loans.delete(loan.id);
    const dueMs = Date.parse(loan.due + 'T23:59:59Z');
    let finePence = 0;
    if (now > dueMs) {
      const title = this.c.titles.get(item.titleId);
      const format = this.c.formats.get(title.format);
      const daysLate = Math.ceil((now - dueMs) / DAY);
      finePence = Math.min(FINE_CAP_PENCE, daysLate * format.finePerDay);
      patron.finesPence += finePence;
      if (patron.finesPence >= BLOCK_AT_PENCE) patron.blocked = true;
      this.log.debug('overdue return', { barcode, daysLate, finePence });
    }
    item.loanId = null;
    item.status = 'shelf';
    this.counters.returns++;
    const title = this.c.titles.get(item.titleId);
    let hold = null;
    if (title.holds.length) hold = this._trapHold(item, title, branchId, now);
    this.log.info('return', { barcode, branch: branchId, finePence, viaReturnsBox, trapped: Boolean(hold) });
    return { barcode, ok: true, finePence, hold: hold ? { id: hold.id, pickup: hold.pickupBranch } : null };
  }

  placeHold(card, titleId, pickupBranch) {
    const patron = this.patron(card);
    const title = this.c.titles.get(titleId);
    if (!title) throw new DeskError(404, 'unknown-title', `no title ${titleId}`);
    if (!this.c.branches.has(pickupBranch)) throw new DeskError(400, 'bad-branch', `unknown branch ${pickupBranch}`);
    if (title.format === 'reference') throw new DeskError(409, 'reference', 'reference items cannot be reserved');
    for (const hid of title.holds) {
      if (this.holds.get(hid).card === card) throw new DeskError(409, 'duplicate', 'already reserved');
    }
    const hold = { id: ++this.seq.hold, card, titleId, pickupBranch, placedAt: this.clock.now(), status: 'waiting', pickupBy: null };
    this.holds.set(hold.id, hold);
    title.holds.push(hold.id);
    patron.holds.add(hold.id);
    this.counters.holdsPlaced++;
    this.log.debug('hold placed', { hold: hold.id, title: titleId, queue: title.holds.length });
    return { id: hold.id, position: title.holds.length };
  }

  _trapHold(item, title, branchId, now) {
    const holdId = title.holds.shift();
    const hold = this.holds.get(holdId);
    hold.status = 'ready';
    hold.pickupBy = new Date(now + HOLD_SHELF_DAYS * DAY).toISOString().slice(0, 10);
    item.status = 'holdshelf';
    item.heldFor = hold.card;
    this.counters.holdsReady++;
    const patron = this.c.patrons.get(hold.card);
    this.notifier
      .notifyHoldReady(hold, patron, title, this.c.branches.get(hold.pickupBranch))
      .catch((err) => this.log.error('hold notification failed', { hold: hold.id, err: err.message }));
    return hold;
  }

  _fulfilHold(item, card) {
    const patron = this.c.patrons.get(card);
    for (const hid of patron.holds) {
      const h = this.holds.get(hid);
      if (h.titleId === item.titleId && h.status === 'ready') {
        h.status = 'collected';
        patron.holds.delete(hid);
        break;
      }
    }
    item.heldFor = null;
  }

  account(card) {
    const patron = this.patron(card);
    const now = this.clock.now();
    const loans = [];
    for (const id of patron.loans) {
      const loan = this.loans.get(id);
      const item = this.c.items.get(loan.barcode);
      const title = this.c.titles.get(item.titleId);
      const overdue = now > Date.parse(loan.due + 'T23:59:59Z');
      const format = this.c.formats.get(title.format);
      const canRenew = loan.renewals < MAX_RENEWALS && !title.holds.length;
      loans.push({
        barcode: loan.barcode,
        title: title.title,
        due: loan.due,
        overdue,
        renewals: loan.renewals,
        // What the due date would become if renewed now, shown on the kiosk.
        renewedDue: canRenew ? this.calendars.dueDate(loan.branch, now, format.loanDays) : null,
      });
    }
    loans.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    const holds = [];
    for (const id of patron.holds) {
      const h = this.holds.get(id);
      const title = this.c.titles.get(h.titleId);
      holds.push({ id: h.id, title: title.title, status: h.status, pickupBy: h.pickupBy, position: h.status === 'waiting' ? title.holds.indexOf(h.id) + 1 : 0 });
    }
    this.log.debug('account viewed', { card, loans: loans.length, holds: holds.length });
    return { card, name: patron.name, finesPence: patron.finesPence, blocked: patron.blocked, loans, holds };
  }

  search(q, limit = 20) {
    const tokens = q.toLowerCase().split(/\s+/).filter(Boolean);
    if (!tokens.length) return [];
    let candidates = null;
    for (const t of tokens) {
      const ids = this.c.index.get(t) || [];
      if (candidates === null) candidates = new Set(ids);
      else {
        const next = new Set();
        for (const id of ids) if (candidates.has(id)) next.add(id);
        candidates = next;
      }
      if (!candidates.size) break;
    }
    const out = [];
    for (const id of candidates) {
      const t = this.c.titles.get(id);
      const available = t.copies.filter((b) => this.c.items.get(b).status === 'shelf').length;
      out.push({ id: t.id, title: t.title, author: t.author, format: t.format, copies: t.copies.length, available, holds: t.holds.length });
      if (out.length >= limit) break;
    }
    this.log.debug('search', { q, hits: out.length });
    return out;
  }
}

module.exports = { LoanDesk, DeskError };
