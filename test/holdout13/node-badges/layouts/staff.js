'use strict';
// Badge layout for "staff" badges (4x6in, 203dpi). Maintained by the design team.
module.exports = {
  track: 'staff',
  widthDots: 812,
  heightDots: 1218,
  ribbon: 'STAFF',
  ribbonColor: '#2a2',
  blocks: [
    { field: 'firstName', x: 40, y: 180, font: 'A0', size: 90, maxWidth: 730, maxLines: 1 },
    { field: 'lastName', x: 40, y: 290, font: 'A0', size: 70, maxWidth: 730, maxLines: 1 },
    { field: 'company', x: 40, y: 400, font: 'A0', size: 46, maxWidth: 730, maxLines: 2 },
    { field: 'title', x: 40, y: 520, font: 'A0', size: 34, maxWidth: 730, maxLines: 2 },
    { field: 'tagline', x: 40, y: 640, font: 'A0', size: 28, maxWidth: 730, maxLines: 4 },
    { field: 'interests', x: 40, y: 780, font: 'A0', size: 24, maxWidth: 500, maxLines: 5 },
    { field: 'pronouns', x: 600, y: 120, font: 'A0', size: 26, maxWidth: 200, maxLines: 1 },
  ],
  qr: { x: 560, y: 900, magnification: 6 },
  footer: { text: 'DevSummit Lisbon 2024 - wear your badge at all times', x: 40, y: 1160, size: 22 },
  fontWidths: {
    narrow: 'fijlrt.,;:!|\'',
    wide: 'mwMWOQGDHNU@%',
    upper: 'ABCEFKLPRSTVXYZ',
  },
  allowedFields: ['firstName', 'lastName', 'company', 'title', 'tagline', 'interests', 'pronouns'],
  meta: { revision: 14, approvedBy: 'design', updated: '2024-05-02' },
};
