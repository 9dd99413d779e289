'use strict';

const fsp = require('fs/promises');
const path = require('path');

const PRIORITY_RULES = [
  { priority: 'emergency', hours: 4, matcher: /\b(gas smell|no heating|flood(ing)?|sparking|no water|ceiling collapse)\b/i },
  { priority: 'urgent', hours: 72, matcher: /\b(leak(ing)?|boiler|no hot water|broken lock|toilet)\b/i },
  { priority: 'routine', hours: 28 * 24, matcher: /./ },
];

const TRADES = [
  { trade: 'plumbing', matcher: /\b(leak|tap|toilet|water|pipe|drain)\b/i },
  { trade: 'heating', matcher: /\b(boiler|radiator|heating|hot water|gas)\b/i },
  { trade: 'electrical', matcher: /\b(socket|light|sparking|fuse|wiring)\b/i },
  { trade: 'joinery', matcher: /\b(door|window|lock|cupboard|skirting)\b/i },
  { trade: 'general', matcher: /./ },
];

const CONTRACTORS = {
  plumbing: ['Flowline Plumbing', 'AquaFix Ltd'],
  heating: ['Warmhouse Gas Services', 'Boilercare North'],
  electrical: ['Brightwire Electrical', 'Circuit Safe'],
  joinery: ['Oakline Joinery', 'Framewright'],
  general: ['Estate Maintenance Team'],
};

class RepairDesk {
  constructor(journalDir) {
    this.journalDir = journalDir;
    this.open = new Map();
    this.sequence = 0;
    this.pending = Promise.resolve();
  }

  submit(tenancy, request, now) {
    const description = String(request.description || '').trim();
    if (description.length < 8) return { status: 422, body: { error: 'description too short' } };
    const rule = PRIORITY_RULES.find((r) => r.matcher.test(description));
    const trade = TRADES.find((t) => t.matcher.test(description)).trade;
    const contractors = CONTRACTORS[trade];
    const contractor = contractors[(tenancy.unit.charCodeAt(0) + this.sequence) % contractors.length];
    this.sequence += 1;
    const job = {
      id: `RJ${String(this.sequence).padStart(6, '0')}`,
      tenancy: tenancy.ref,
      unit: tenancy.unit,
      block: tenancy.block,
      room: request.room || 'unspecified',
      description,
      priority: rule.priority,
      trade,
      contractor,
      targetBy: new Date(now + rule.hours * 3600000).toISOString(),
    };
    this.open.set(job.id, job);
    const line = JSON.stringify(job) + '\n';
    this.pending = this.pending.then(() => fsp.appendFile(path.join(this.journalDir, 'repairs.jsonl'), line));
    return { status: 201, body: job };
  }

  flush() {
    return this.pending;
  }
}

module.exports = { RepairDesk };
