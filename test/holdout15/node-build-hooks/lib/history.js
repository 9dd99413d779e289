'use strict';
// In-memory build history with per-pipeline indexes.

class BuildHistory {
  constructor() {
    this.runs = [];
    this.byPipeline = new Map();
    this.byId = new Map();
  }

  add(run) {
    this.runs.push(run);
    this.byId.set(run.runId, run);
    let list = this.byPipeline.get(run.pipeline);
    if (!list) {
      list = [];
      this.byPipeline.set(run.pipeline, list);
    }
    list.push(run);
  }

  latest(pipeline, n) {
    const list = this.byPipeline.get(pipeline) || [];
    return list.slice(-n);
  }

  pipelineSummary() {
    const out = [];
    for (const [pipeline, list] of this.byPipeline) {
      const last = list[list.length - 1];
      let passed = 0;
      for (const r of list) if (r.status === 'passed') passed++;
      out.push({ pipeline, runs: list.length, passRate: passed / list.length, lastStatus: last.status, lastBranch: last.branch });
    }
    return out;
  }
}

// Flaky test detection: a test is flaky on a branch+commit if it both failed
// and passed for the same commit (retries), or flips state often across runs.
function computeFlakyTests(history) {
  const byTest = new Map();
  for (const run of history.runs) {
    for (const t of run.tests) {
      const key = `${run.pipeline}::${t.suite}::${t.name}`;
      let s = byTest.get(key);
      if (!s) {
        s = { key, runs: 0, failures: 0, flips: 0, last: null, commits: new Map(), durations: [] };
        byTest.set(key, s);
      }
      s.runs++;
      if (t.status === 'failed') s.failures++;
      if (s.last && s.last !== t.status) s.flips++;
      s.last = t.status;
      const seen = s.commits.get(run.commit) || 0;
      s.commits.set(run.commit, seen | (t.status === 'failed' ? 1 : 2));
      s.durations.push(t.durationMs);
    }
  }
  const flaky = [];
  for (const s of byTest.values()) {
    let mixedCommits = 0;
    for (const v of s.commits.values()) if (v === 3) mixedCommits++;
    const flipRate = s.runs > 1 ? s.flips / (s.runs - 1) : 0;
    if (mixedCommits > 0 || flipRate > 0.2) {
      const sorted = s.durations.slice().sort((a, b) => a - b);
      flaky.push({
        test: s.key,
        runs: s.runs,
        failureRate: s.failures / s.runs,
        flipRate,
        mixedCommits,
        p50: sorted[Math.floor(sorted.length * 0.5)],
        p95: sorted[Math.floor(sorted.length * 0.95)],
      });
    }
  }
  flaky.sort((a, b) => b.flipRate - a.flipRate || b.failureRate - a.failureRate);
  return flaky.slice(0, 50);
}

module.exports = { BuildHistory, computeFlakyTests };
