'use strict';

// A small staged pipeline: each stage owns an inbound queue and is drained in batches
// on the event loop, handing its output to the next stage's queue.
class StageQueue {
  constructor(name) {
    this.name = name;
    this.items = [];
    this.head = 0;
    this.enqueued = 0;
  }

  // Messages are copied on hand-off so a stage can never mutate another stage's data.
  push(message) {
    this.items.push(JSON.parse(JSON.stringify(message)));
    this.enqueued++;
  }

  takeBatch(max) {
    const end = Math.min(this.items.length, this.head + max);
    const batch = this.items.slice(this.head, end);
    this.head = end;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return batch;
  }

  get size() {
    return this.items.length - this.head;
  }
}

class Pipeline {
  constructor(stages, { batchSize = 256 } = {}) {
    this.batchSize = batchSize;
    this.stages = stages.map((s) => ({ ...s, queue: new StageQueue(s.name), processed: 0 }));
  }

  feed(message) {
    this.stages[0].queue.push(message);
  }

  run() {
    return new Promise((resolve, reject) => {
      const tick = () => {
        try {
          let moved = false;
          for (let i = 0; i < this.stages.length; i++) {
            const stage = this.stages[i];
            const next = this.stages[i + 1];
            const batch = stage.queue.takeBatch(this.batchSize);
            if (!batch.length) continue;
            moved = true;
            for (const msg of batch) {
              const out = stage.handle(msg);
              stage.processed++;
              if (out && next) next.queue.push(out);
            }
          }
          if (moved) setImmediate(tick);
          else resolve(this.stages.map((s) => ({ stage: s.name, processed: s.processed })));
        } catch (err) {
          reject(err);
        }
      };
      setImmediate(tick);
    });
  }
}

module.exports = { Pipeline, StageQueue };
