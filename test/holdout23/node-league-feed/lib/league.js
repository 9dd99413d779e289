'use strict';

class LeagueTable {
  constructor(clubs) {
    this.rows = new Map(
      clubs.map((c) => [c.code, { code: c.code, name: c.name, played: 0, won: 0, drawn: 0, lost: 0, gf: 0, ga: 0, points: 0, form: [] }]),
    );
    this.results = [];
  }

  record(result) {
    const [hg, ag] = result.score;
    const home = this.rows.get(result.home);
    const away = this.rows.get(result.away);
    this.results.push(result);
    for (const [row, f, a] of [[home, hg, ag], [away, ag, hg]]) {
      row.played++;
      row.gf += f;
      row.ga += a;
      const outcome = f > a ? 'W' : f === a ? 'D' : 'L';
      if (outcome === 'W') row.won++;
      else if (outcome === 'D') row.drawn++;
      else row.lost++;
      row.points += outcome === 'W' ? 3 : outcome === 'D' ? 1 : 0;
      row.form.push(outcome);
      if (row.form.length > 5) row.form.shift();
    }
  }

  standings() {
    return [...this.rows.values()]
      .map((r) => ({ ...r, gd: r.gf - r.ga, form: r.form.join('') }))
      .sort((a, b) => b.points - a.points || b.gd - a.gd || b.gf - a.gf || (a.name < b.name ? -1 : 1));
  }
}

module.exports = { LeagueTable };
