'use strict';

const { LendingError, assertLendable, loanDays } = require('./policy');

const DAY = 86400000;

class Circulation {
  constructor(store, journal, clock) {
    this.store = store;
    this.journal = journal;
    this.clock = clock;
  }

  availability(isbn, memberId) {
    const title = this.store.getTitle(isbn);
    if (!title) return null;
    const member = this.store.getMember(memberId);
    const rows = [];
    for (const copyId of title.copyIds) {
      const copy = this.store.getCopy(copyId);
      const branch = this.store.branches.get(copy.branch);
      let lendable = true;
      let reason = null;
      try {
        assertLendable(copy, title, member, branch);
      } catch (err) {
        if (!(err instanceof LendingError)) throw err;
        lendable = false;
        reason = err.code;
      }
      rows.push({ copy: copy.id, branch: branch.name, shelf: copy.shelf, status: copy.status, due: copy.due, lendable, reason });
    }
    const lendableCount = rows.filter((r) => r.lendable).length;
    return { isbn, title: title.title, author: title.author, member: member.id, copies: rows.length, lendable: lendableCount, rows };
  }

  dueDate(branch, days) {
    let due = this.clock() + days * DAY;
    // move the due date to the next day the branch is open
    for (let i = 0; i < 7 && !branch.openDays.includes(new Date(due).getUTCDay()); i++) due += DAY;
    return new Date(due).toISOString().slice(0, 10);
  }

  checkout(memberId, isbn, preferredBranch) {
    const member = this.store.getMember(memberId);
    const title = this.store.getTitle(isbn);
    if (!member || !title) return { ok: false, code: 'NOT_FOUND' };
    const ordered = [...title.copyIds].sort((a, b) => {
      const ca = this.store.getCopy(a).branch === preferredBranch ? 0 : 1;
      const cb = this.store.getCopy(b).branch === preferredBranch ? 0 : 1;
      return ca - cb;
    });
    const reasons = {};
    for (const copyId of ordered) {
      const copy = this.store.getCopy(copyId);
      const branch = this.store.branches.get(copy.branch);
      try {
        assertLendable(copy, title, member, branch);
      } catch (err) {
        if (!(err instanceof LendingError)) throw err;
        reasons[err.code] = (reasons[err.code] || 0) + 1;
        continue;
      }
      const due = this.dueDate(branch, loanDays(title, member));
      this.store.updateCopy(copy.id, { status: 'on-loan', borrower: member.id, due });
      member.loans.push({ copy: copy.id, isbn, branch: branch.code, borrowed: new Date(this.clock()).toISOString(), due, renewals: 0 });
      this.store.saveMember(member);
      this.journal.record('CHECKOUT', { member: member.id, copy: copy.id, due });
      return { ok: true, copy: copy.id, branch: branch.name, shelf: copy.shelf, due };
    }
    if (member.holds.length < 10 && !member.holds.includes(isbn)) {
      member.holds.push(isbn);
      this.store.saveMember(member);
    }
    return { ok: false, code: 'NO_COPY', reasons, holdPlaced: member.holds.includes(isbn) };
  }

  checkin(memberId, copyId) {
    const member = this.store.getMember(memberId);
    if (!member) return { ok: false, code: 'NOT_FOUND' };
    const idx = member.loans.findIndex((l) => l.copy === copyId);
    if (idx < 0) return { ok: false, code: 'NOT_ON_LOAN' };
    const loan = member.loans[idx];
    const lateDays = Math.max(0, Math.floor((this.clock() - Date.parse(loan.due)) / DAY));
    const fine = Math.min(lateDays * 0.25, 8);
    member.loans.splice(idx, 1);
    const title = this.store.getTitle(loan.isbn);
    member.history.push({ isbn: loan.isbn, title: title.title, branch: loan.branch, borrowed: loan.borrowed, returned: new Date(this.clock()).toISOString(), renewals: loan.renewals, fine });
    if (member.history.length > 200) member.history.shift();
    member.fines = Math.round((member.fines + fine) * 100) / 100;
    this.store.saveMember(member);
    this.store.updateCopy(copyId, { status: 'available', borrower: null, due: null });
    this.journal.record('CHECKIN', { member: member.id, copy: copyId, fine });
    return { ok: true, fine, finesTotal: member.fines };
  }

  history(memberId) {
    const member = this.store.getMember(memberId);
    if (!member) return null;
    const bySubject = {};
    const entries = member.history.map((h) => {
      const t = this.store.getTitle(h.isbn);
      for (const s of t.subjects) bySubject[s] = (bySubject[s] || 0) + 1;
      return { ...h, author: t.author, year: t.year, subjects: t.subjects };
    });
    return { member: member.id, name: member.name, current: member.loans, holds: member.holds, fines: member.fines, bySubject, entries };
  }
}

module.exports = { Circulation };
