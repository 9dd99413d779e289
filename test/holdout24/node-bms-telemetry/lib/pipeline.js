'use strict';

const { StageQueue } = require('./queue');
const { decodeFrames, calibrateReadings, evaluateAlarms, aggregateIntervals } = require('./stages');
const { detectFaults } = require('./faults');

async function runStage(input, output, work) {
  for (;;) {
    const batch = await input.take();
    if (batch === null) break;
    const result = work(batch);
    if (output && result.length) await output.put(result);
  }
  if (output) output.close();
}

async function runPipeline({ frameSource, schedule, log }) {
  const decodedQ = new StageQueue('decoded', 4);
  const calibratedQ = new StageQueue('calibrated', 4);
  const stats = { frames: 0, rejected: 0, unknown: 0 };
  const alarmState = new Map();
  const limitsByTag = new Map(schedule.map((p) => [p.tag, { low: p.low, high: p.high, deadband: p.deadband, priority: p.priority }]));
  const events = [];
  const buckets = new Map();
  const trends = new Map();
  const faults = [];

  const producer = (async () => {
    for (const frames of frameSource) {
      stats.frames += frames.length;
      const { readings, rejected } = decodeFrames(frames);
      stats.rejected += rejected;
      await decodedQ.put(readings);
    }
    decodedQ.close();
  })();

  const stages = [
    runStage(decodedQ, calibratedQ, (readings) => {
      const { readings: out, unknown } = calibrateReadings(readings, schedule);
      stats.unknown += unknown;
      return out;
    }),
    runStage(calibratedQ, null, (readings) => {
      for (const e of evaluateAlarms(readings, limitsByTag, alarmState, log)) events.push(e);
      aggregateIntervals(readings, buckets);
      detectFaults(readings, limitsByTag, trends, faults);
      return [];
    }),
  ];
  await Promise.all([producer, ...stages]);
  return { stats, events, buckets, alarmState, faults };
}

module.exports = { runPipeline };
