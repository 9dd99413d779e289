'use strict';

const { FeedClient } = require('./feed-client');
const { tallyPlayerStats, mergeSeasonStats } = require('./stats');

class SyncWorker {
  constructor({ feedConfig, table, playerStats, concurrency = 4 }) {
    this.feedConfig = feedConfig;
    this.table = table;
    this.playerStats = playerStats;
    this.concurrency = concurrency;
    this.synced = new Set();
    this.schedule = [];
    this.counters = { rounds: 0, matches: 0, events: 0 };
  }

  async fetchRound(round) {
    const client = new FeedClient(this.feedConfig);
    try {
      return await client.roundFixtures(round);
    } finally {
      client.close();
    }
  }

  async syncMatch(fixture) {
    const client = new FeedClient(this.feedConfig);
    let payload;
    try {
      payload = await client.matchEvents(fixture.id);
    } finally {
      client.close();
    }
    mergeSeasonStats(this.playerStats, tallyPlayerStats(payload.events));
    this.table.record({ match: payload.match, home: payload.home, away: payload.away, score: payload.score });
    this.synced.add(fixture.id);
    this.counters.matches++;
    this.counters.events += payload.events.length;
  }

  // fixtures the table does not have a result for yet
  get remaining() {
    return this.schedule.filter((f) => !this.synced.has(f.id));
  }

  async syncRound(fixtures) {
    const played = fixtures.filter((f) => f.status === 'FT' && !this.synced.has(f.id));
    let next = 0;
    const workers = Array.from({ length: this.concurrency }, async () => {
      while (next < played.length) {
        const fixture = played[next++];
        await this.syncMatch(fixture);
      }
    });
    await Promise.all(workers);
    this.counters.rounds++;
  }

  async run(rounds) {
    const byRound = [];
    for (let r = 1; r <= rounds; r++) {
      const fixtures = await this.fetchRound(r);
      byRound.push(fixtures);
      this.schedule.push(...fixtures);
    }
    for (const fixtures of byRound) await this.syncRound(fixtures);
    return this.counters;
  }
}

module.exports = { SyncWorker };
