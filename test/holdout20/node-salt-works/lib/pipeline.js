'use strict';

// Runs each queued item through the configured stages. A stage marked `snapshot`
// receives its own copy of the item so that it cannot mutate what an earlier stage kept.
class SalternPipeline {
  constructor(stages) {
    this.stages = stages;
    this.processed = 0;
    this.dropped = 0;
  }

  runItem(item) {
    let current = item;
    for (const stage of this.stages) {
      const input = stage.snapshot ? JSON.parse(JSON.stringify(current)) : current;
      current = stage.fn(input);
      if (current == null) {
        this.dropped++;
        return null;
      }
    }
    this.processed++;
    return current;
  }

  async consume(queue, batchSize, onResult) {
    for (;;) {
      const batch = await queue.takeBatch(batchSize);
      if (batch.length === 0) break;
      for (const item of batch) {
        const result = this.runItem(item);
        if (result) onResult(result);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

module.exports = { SalternPipeline };
