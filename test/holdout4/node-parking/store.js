'use strict';

// In-memory session store with the same contract as the Redis-backed one:
// values are stored serialised, reads hand back independent copies.
class SessionStore {
  constructor() {
    this.data = new Map();
  }

  put(key, session) {
    this.data.set(key, JSON.stringify(session));
  }

  get(key) {
    const raw = this.data.get(key);
    return raw === undefined ? null : JSON.parse(raw);
  }

  delete(key) {
    this.data.delete(key);
  }

  get size() {
    return this.data.size;
  }
}

module.exports = { SessionStore };
