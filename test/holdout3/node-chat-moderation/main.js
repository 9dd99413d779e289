'use strict';

const { messageFeed } = require('./feed');
const { decide } = require('./moderator');
const { enforceChannelPolicy, PolicyViolation } = require('./policy');
const { Logger } = require('./log');

const TOTAL = Number(process.env.MOD_MESSAGES || 220000);
const sink = [];
const log = new Logger('moderation-worker', process.env.LOG_LEVEL || 'warn', sink);

function handle(message, stats) {
  try {
    enforceChannelPolicy(message, stats.lastPost);
  } catch (err) {
    if (!(err instanceof PolicyViolation)) throw err;
    stats.rejected.set(err.code, (stats.rejected.get(err.code) || 0) + 1);
    log.debug('rejected %s: %s', message.id, err.message);
    return;
  }
  const decision = decide(message);
  stats.actions[decision.action] = (stats.actions[decision.action] || 0) + 1;
  const ch = stats.channels.get(message.channel) || { messages: 0, toxicity: 0 };
  ch.messages += 1;
  ch.toxicity += decision.toxicity;
  stats.channels.set(message.channel, ch);
  if (decision.action === 'hold' || decision.weight > 2) {
    log.info('decision %s %s weight=%d hits=%j', decision.id, decision.action, decision.weight, decision.hits);
  }
}

function main() {
  const stats = { rejected: new Map(), actions: {}, channels: new Map(), lastPost: new Map() };
  for (const message of messageFeed(TOTAL, 4242)) handle(message, stats);
  const rejected = [...stats.rejected.values()].reduce((a, b) => a + b, 0);
  console.log(`moderation: ${TOTAL} messages, rejected ${rejected}, actions ${JSON.stringify(stats.actions)}, log lines ${sink.length}`);
}

main();
