'use strict';

class RateLibrary {
  constructor(rows, baseIndex, currentIndex) {
    this.rates = rows.map((r) => ({
      code: r.code, region: r.region, description: r.description, unit: r.unit,
      labour: Number(r.labour), plant: Number(r.plant), material: Number(r.material), waste: Number(r.waste),
    }));
    // Tender price index adjustment from the library's base date to today.
    this.inflation = currentIndex / baseIndex;
  }

  get size() {
    return this.rates.length;
  }
}

module.exports = { RateLibrary };
