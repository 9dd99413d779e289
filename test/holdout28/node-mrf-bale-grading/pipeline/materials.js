'use strict';

// Mean normalised NIR reflectance over 10 bands per material stream.
const MATERIAL_CENTROIDS = {
  PET: [0.62, 0.58, 0.41, 0.37, 0.52, 0.66, 0.31, 0.28, 0.45, 0.5],
  HDPE: [0.71, 0.69, 0.55, 0.32, 0.29, 0.6, 0.58, 0.36, 0.4, 0.47],
  PP: [0.68, 0.64, 0.6, 0.41, 0.27, 0.54, 0.63, 0.42, 0.33, 0.44],
  PS: [0.55, 0.51, 0.47, 0.52, 0.38, 0.45, 0.4, 0.51, 0.36, 0.39],
  FILM: [0.74, 0.72, 0.66, 0.58, 0.49, 0.61, 0.55, 0.5, 0.47, 0.52],
  CARD: [0.44, 0.46, 0.49, 0.51, 0.53, 0.55, 0.56, 0.57, 0.58, 0.6],
  PAPER: [0.58, 0.6, 0.62, 0.63, 0.64, 0.66, 0.67, 0.68, 0.69, 0.7],
  ALU: [0.82, 0.81, 0.8, 0.8, 0.79, 0.78, 0.78, 0.77, 0.77, 0.76],
  STEEL: [0.3, 0.31, 0.31, 0.32, 0.33, 0.33, 0.34, 0.35, 0.35, 0.36],
  GLASS: [0.12, 0.14, 0.17, 0.2, 0.22, 0.24, 0.27, 0.29, 0.3, 0.33],
};

const BALE_SPECS = {
  PET: { targetKg: 320, minPurity: 0.94, pricePerTonne: 285 },
  HDPE: { targetKg: 300, minPurity: 0.93, pricePerTonne: 410 },
  PP: { targetKg: 300, minPurity: 0.9, pricePerTonne: 190 },
  PS: { targetKg: 250, minPurity: 0.9, pricePerTonne: 60 },
  FILM: { targetKg: 420, minPurity: 0.85, pricePerTonne: 25 },
  CARD: { targetKg: 500, minPurity: 0.92, pricePerTonne: 95 },
  PAPER: { targetKg: 500, minPurity: 0.95, pricePerTonne: 120 },
  ALU: { targetKg: 280, minPurity: 0.97, pricePerTonne: 1100 },
  STEEL: { targetKg: 450, minPurity: 0.96, pricePerTonne: 210 },
  GLASS: { targetKg: 900, minPurity: 0.9, pricePerTonne: 18 },
};

module.exports = { MATERIAL_CENTROIDS, BALE_SPECS };
