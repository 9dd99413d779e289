'use strict';

// Viability-equation constants (Ellis & Roberts form): v = Ki - p / sigma,
// log10(sigma) = KE - CW*log10(mc) - CH*t - CQ*t^2, p in days, v in probits.
const UNIVERSAL = { CH: 0.0329, CQ: 0.000478 };

const SPECIES = [
  { code: 'PRIVUL', name: 'Primula vulgaris', family: 'Primulaceae', KE: 6.74, CW: 4.16 },
  { code: 'CENNIG', name: 'Centaurea nigra', family: 'Asteraceae', KE: 7.12, CW: 4.25 },
  { code: 'LOTCOR', name: 'Lotus corniculatus', family: 'Fabaceae', KE: 8.02, CW: 4.6 },
  { code: 'RHIMIN', name: 'Rhinanthus minor', family: 'Orobanchaceae', KE: 5.95, CW: 3.9 },
  { code: 'SUCPRA', name: 'Succisa pratensis', family: 'Caprifoliaceae', KE: 6.9, CW: 4.2 },
  { code: 'KNAARV', name: 'Knautia arvensis', family: 'Caprifoliaceae', KE: 6.6, CW: 4.05 },
  { code: 'LEUVUL', name: 'Leucanthemum vulgare', family: 'Asteraceae', KE: 7.3, CW: 4.3 },
  { code: 'GALVER', name: 'Galium verum', family: 'Rubiaceae', KE: 7.45, CW: 4.35 },
  { code: 'PRIVER', name: 'Primula veris', family: 'Primulaceae', KE: 6.5, CW: 4.1 },
  { code: 'SANMIN', name: 'Sanguisorba minor', family: 'Rosaceae', KE: 7.6, CW: 4.4 },
  { code: 'ANTVUL', name: 'Anthyllis vulneraria', family: 'Fabaceae', KE: 8.3, CW: 4.7 },
  { code: 'FILVUL', name: 'Filipendula vulgaris', family: 'Rosaceae', KE: 7.0, CW: 4.2 },
];

module.exports = { SPECIES, UNIVERSAL };
