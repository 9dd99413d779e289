'use strict';

// Hold queue allocation: each returned copy goes to the oldest hold on its title
// at the patron's preferred branch, falling back to any branch.
class HoldQueues {
  constructor() {
    this.bySubjectBranch = new Map();
  }

  key(subject, branch) {
    return `${subject}|${branch}`;
  }

  place(hold) {
    const k = this.key(hold.subject, hold.branch);
    if (!this.bySubjectBranch.has(k)) this.bySubjectBranch.set(k, []);
    this.bySubjectBranch.get(k).push(hold);
  }

  allocate(item, branches) {
    const own = this.bySubjectBranch.get(this.key(item.subject, item.homeBranch));
    if (own && own.length) return own.shift();
    for (const b of branches) {
      const q = this.bySubjectBranch.get(this.key(item.subject, b));
      if (q && q.length) return q.shift();
    }
    return null;
  }
}

module.exports = { HoldQueues };
