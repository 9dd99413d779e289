'use strict';

// A small staged work queue: each stage has a bounded buffer, a number of
// workers and a handler that may return nothing, one item or several items.
class Stage {
  constructor(name, handler, { concurrency = 1, capacity = 64, log } = {}) {
    this.name = name;
    this.handler = handler;
    this.concurrency = concurrency;
    this.capacity = capacity;
    this.log = log;
    this.buffer = [];
    this.waitingProducers = [];
    this.waitingWorkers = [];
    this.closed = false;
    this.next = null;
    this.stats = { in: 0, out: 0, dropped: 0, failed: 0, busyMs: 0 };
  }

  pipe(stage) {
    this.next = stage;
    return stage;
  }

  async push(item) {
    while (this.buffer.length >= this.capacity) {
      await new Promise((resolve) => this.waitingProducers.push(resolve));
    }
    this.buffer.push(item);
    this.stats.in++;
    const worker = this.waitingWorkers.shift();
    if (worker) worker();
  }

  close() {
    this.closed = true;
    for (const w of this.waitingWorkers.splice(0)) w();
  }

  async take() {
    while (this.buffer.length === 0) {
      if (this.closed) return undefined;
      await new Promise((resolve) => this.waitingWorkers.push(resolve));
    }
    const item = this.buffer.shift();
    const producer = this.waitingProducers.shift();
    if (producer) producer();
    return item;
  }

  async work() {
    for (;;) {
      const item = await this.take();
      if (item === undefined) return;
      this.log.debug(`${this.name} <- ${JSON.stringify(item, null, 2)}`);
      const started = performance.now();
      let result;
      try {
        result = await this.handler(item);
      } catch (err) {
        this.stats.failed++;
        this.log.warn(`${this.name} failed: ${err.message}`);
        continue;
      } finally {
        this.stats.busyMs += performance.now() - started;
      }
      if (result === null || result === undefined) {
        this.stats.dropped++;
        continue;
      }
      const outputs = Array.isArray(result) ? result : [result];
      for (const out of outputs) {
        this.stats.out++;
        if (this.next) await this.next.push(out);
      }
    }
  }

  start() {
    const workers = [];
    for (let i = 0; i < this.concurrency; i++) workers.push(this.work());
    this.done = Promise.all(workers).then(() => {
      if (this.next) this.next.close();
    });
    return this.done;
  }
}

async function runPipeline(stages, sources) {
  for (let i = 0; i < stages.length - 1; i++) stages[i].pipe(stages[i + 1]);
  const running = stages.map((s) => s.start());
  for (const src of sources) await stages[0].push(src);
  stages[0].close();
  await Promise.all(running);
  return stages.map((s) => ({ stage: s.name, ...s.stats }));
}

module.exports = { Stage, runPipeline };
