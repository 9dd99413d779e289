'use strict';

const { createRng } = require('./rng');

const SPECIES = [
  { species: 'Harris hawk', minFlying: 620, maxFlying: 760 },
  { species: 'Peregrine falcon', minFlying: 540, maxFlying: 680 },
  { species: 'Barn owl', minFlying: 280, maxFlying: 340 },
  { species: 'Common kestrel', minFlying: 170, maxFlying: 215 },
  { species: 'Saker falcon', minFlying: 820, maxFlying: 990 },
  { species: 'Eurasian eagle-owl', minFlying: 2100, maxFlying: 2700 },
  { species: 'Merlin', minFlying: 150, maxFlying: 190 },
];

const NAMES = ['Ash', 'Bramble', 'Cinder', 'Dusk', 'Ember', 'Flint', 'Gale', 'Hazel', 'Iris', 'Juniper',
  'Kestrel', 'Larch', 'Moss', 'Nettle', 'Onyx', 'Pippin', 'Quill', 'Rowan', 'Sorrel', 'Thistle'];

class MewsRoster {
  constructor(seed) {
    this.rng = createRng(seed);
    this.birds = new Map();
    this.weighings = new Map();
  }

  populate(count, historyDays) {
    const start = Date.UTC(2023, 2, 1, 7, 0, 0);
    for (let i = 0; i < count; i++) {
      const kind = this.rng.pick(SPECIES);
      const id = `B${String(i + 1).padStart(3, '0')}`;
      const bird = {
        id,
        name: `${this.rng.pick(NAMES)} ${i + 1}`,
        species: kind.species,
        minFlying: kind.minFlying,
        maxFlying: kind.maxFlying,
        handler: `H${(i % 6) + 1}`,
      };
      this.birds.set(id, bird);
      const history = [];
      let grams = Math.round((kind.minFlying + kind.maxFlying) / 2);
      for (let d = 0; d < historyDays; d++) {
        grams += this.rng.int(-18, 18);
        history.push({
          takenAt: start + d * 86400000 + this.rng.int(0, 7200) * 1000,
          grams,
          food: this.rng.pick(['quail', 'day-old chick', 'rat', 'rabbit', 'mouse']),
          fedGrams: this.rng.int(20, 140),
          flown: this.rng.next() < 0.7,
        });
      }
      this.weighings.set(id, history);
    }
  }

  bird(id) {
    return this.birds.get(id);
  }

  history(id) {
    return this.weighings.get(id) || [];
  }

  record(id, entry) {
    const list = this.weighings.get(id);
    list.push(entry);
    if (list.length > 400) list.shift();
    return list.length;
  }

  ids() {
    return [...this.birds.keys()];
  }
}

module.exports = { MewsRoster };
