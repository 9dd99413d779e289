'use strict';

const crypto = require('crypto');
const { classify, priorityFor, buildTermVector } = require('./classifier');
const { redactPii } = require('./redact');
const { suggestArticles } = require('./knowledge');
const { slaDeadline } = require('./sla');

const DEDUPE_WINDOW_MS = 30 * 60 * 1000;

class TriageWorker {
  constructor({ broker, topic, outTopic, router, logger, batchSize = 100 }) {
    this.broker = broker;
    this.topic = topic;
    this.outTopic = outTopic;
    this.router = router;
    this.log = logger.child({ component: 'triage-worker' });
    this.batchSize = batchSize;
    this.recent = new Map();
    this.audit = [];
    this.stats = { handled: 0, merged: 0, failed: 0, byCategory: new Map(), byPriority: new Map(), unassigned: 0 };
    this.running = false;
  }

  start() {
    this.running = true;
    this.done = new Promise((resolve) => {
      this.resolveDone = resolve;
    });
    this.pump();
    return this.done;
  }

  stopWhenDrained() {
    this.draining = true;
  }

  pump() {
    if (!this.running) return;
    const batch = this.broker.lease(this.topic, this.batchSize);
    for (const msg of batch) {
      try {
        this.handle(msg);
        this.broker.ack(this.topic, msg.id);
      } catch (err) {
        this.stats.failed++;
        this.log.warn('ticket handling failed', { error: err.message, message: msg.id });
        this.broker.nack(this.topic, msg.id);
      }
    }
    if (batch.length) this.workOffQueues();
    if (this.draining && this.broker.depth(this.topic) === 0) {
      this.running = false;
      this.resolveDone(this.stats);
      return;
    }
    setImmediate(() => this.pump());
  }

  handle(msg) {
    const ticket = JSON.parse(msg.body);
    const redacted = redactPii(ticket.body);
    const fingerprint = crypto.createHash('sha1').update(`${ticket.tenant}\n${redacted.text}`).digest('hex');
    const dedupeKey = `${ticket.customerId}|${fingerprint}`;
    const previous = this.recent.get(dedupeKey);
    if (previous && ticket.receivedAt - previous.receivedAt < DEDUPE_WINDOW_MS) {
      previous.followUps++;
      this.stats.merged++;
      this.log.debug('merged into open ticket', { ticket: ticket.id, into: previous.id });
      return;
    }

    const vector = buildTermVector(`${ticket.subject} ${redacted.text}`);
    const verdict = classify(ticket, vector);
    ticket.category = verdict.category;
    ticket.priority = priorityFor(ticket, verdict);
    this.log.debug('classified', { ticket: ticket.id, category: verdict.category, confidence: verdict.confidence });

    const choice = this.router.pickAgent(ticket);
    if (!choice) {
      this.stats.unassigned++;
      this.log.warn('no agent with capacity', { ticket: ticket.id, category: ticket.category });
      return;
    }
    choice.agent.open++;
    const due = slaDeadline(ticket.receivedAt, ticket.priority);
    this.log.debug('assigned', { ticket: ticket.id, agent: choice.agent.id, priority: ticket.priority, due });

    const suggestions = suggestArticles(vector);
    this.broker.publish(this.outTopic, {
      id: ticket.id,
      tenant: ticket.tenant,
      category: ticket.category,
      priority: ticket.priority,
      agent: choice.agent.id,
      due,
      body: redacted.text,
      piiMasked: redacted.found,
      suggestions: suggestions.map((s) => s.id),
    });

    this.recent.set(dedupeKey, { id: ticket.id, receivedAt: ticket.receivedAt, followUps: 0 });
    if (this.recent.size > 20000) this.recent.delete(this.recent.keys().next().value);
    this.audit.push({ ticket: ticket.id, reason: choice.reason, due });
    if (this.audit.length > 2000) this.audit.splice(0, 1000);

    this.stats.handled++;
    this.stats.byCategory.set(ticket.category, (this.stats.byCategory.get(ticket.category) || 0) + 1);
    this.stats.byPriority.set(ticket.priority, (this.stats.byPriority.get(ticket.priority) || 0) + 1);
  }

  // Agents close tickets between batches.
  workOffQueues() {
    for (const agent of this.router.roster) {
      for (let i = 0; i < agent.seniority + 2 && agent.open > 0; i++) this.router.release(agent);
    }
  }
}

module.exports = { TriageWorker };
