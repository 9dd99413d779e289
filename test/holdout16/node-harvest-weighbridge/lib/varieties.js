'use strict';

// Intake specifications per crop. Weights in kg, moisture and admixture in
// percent, specific weight in kg/hl. Prices in pence per tonne.
const CROPS = {
  WHEAT: {
    name: 'Wheat',
    baseMoisture: 14.5,
    maxMoisture: 20,
    dryingPencePerPointTonne: 110,
    grades: [
      { grade: 'Group 1 milling', minSpecificWeight: 76, maxAdmixture: 2, minProtein: 13, premiumPence: 2800 },
      { grade: 'Group 2 milling', minSpecificWeight: 74, maxAdmixture: 2, minProtein: 12, premiumPence: 1500 },
      { grade: 'Feed', minSpecificWeight: 72, maxAdmixture: 3, minProtein: 0, premiumPence: 0 },
    ],
    basePricePence: 17250,
  },
  BARLEY: {
    name: 'Spring barley',
    baseMoisture: 14.5,
    maxMoisture: 19,
    dryingPencePerPointTonne: 105,
    grades: [
      { grade: 'Malting', minSpecificWeight: 65, maxAdmixture: 2, minProtein: 0, maxProtein: 11.5, premiumPence: 3200 },
      { grade: 'Feed', minSpecificWeight: 62, maxAdmixture: 3, minProtein: 0, premiumPence: 0 },
    ],
    basePricePence: 15100,
  },
  OSR: {
    name: 'Oilseed rape',
    baseMoisture: 9,
    maxMoisture: 14,
    dryingPencePerPointTonne: 160,
    grades: [{ grade: 'Crushing', minSpecificWeight: 0, maxAdmixture: 2, minProtein: 0, premiumPence: 0 }],
    basePricePence: 38500,
  },
  OATS: {
    name: 'Milling oats',
    baseMoisture: 14.5,
    maxMoisture: 19,
    dryingPencePerPointTonne: 100,
    grades: [
      { grade: 'Milling', minSpecificWeight: 52, maxAdmixture: 2, minProtein: 0, premiumPence: 1800 },
      { grade: 'Feed', minSpecificWeight: 48, maxAdmixture: 4, minProtein: 0, premiumPence: 0 },
    ],
    basePricePence: 14200,
  },
};

const CROP_CODES = Object.keys(CROPS);

// Standard shrink: 1.5% weight loss per point of moisture removed plus a
// fixed handling shrink of 0.5%.
function shrinkFactor(crop, moisture) {
  if (moisture <= crop.baseMoisture) return 1;
  return 1 - ((moisture - crop.baseMoisture) * 1.5 + 0.5) / 100;
}

function gradeFor(crop, sample) {
  for (const g of crop.grades) {
    if (sample.specificWeight < g.minSpecificWeight) continue;
    if (sample.admixture > g.maxAdmixture) continue;
    if (sample.protein < g.minProtein) continue;
    if (g.maxProtein !== undefined && sample.protein > g.maxProtein) continue;
    return g;
  }
  return null;
}

module.exports = { CROPS, CROP_CODES, shrinkFactor, gradeFor };
