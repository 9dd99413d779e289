'use strict';

// In-memory record store for the circulation service.

class LibraryStore {
  constructor({ branches, titles, copies, members }) {
    this.branches = new Map(branches.map((b) => [b.code, b]));
    this.titles = new Map(titles.map((t) => [t.isbn, t]));
    this.copies = copies;
    this.members = new Map(members.map((m) => [m.id, m]));
  }

  getTitle(isbn) {
    return this.titles.get(isbn) || null;
  }

  getCopy(id) {
    return this.copies.get(id) || null;
  }

  // Callers get their own copy so that a handler can never corrupt shared state.
  getMember(id) {
    const record = this.members.get(id);
    if (!record) return null;
    return JSON.parse(JSON.stringify(record));
  }

  saveMember(member) {
    this.members.set(member.id, JSON.parse(JSON.stringify(member)));
  }

  updateCopy(id, patch) {
    const copy = this.copies.get(id);
    Object.assign(copy, patch);
    return copy;
  }
}

module.exports = { LibraryStore };
