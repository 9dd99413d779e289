'use strict';

const { CROPS, shrinkFactor, gradeFor } = require('./varieties');

const REJECT_ADMIXTURE = 6;

// Values one intake ticket: net weight, shrink to base moisture, drying
// charge, grade and price.
function assess(ticket) {
  const crop = CROPS[ticket.cropCode];
  const netKg = ticket.gross - ticket.tare;
  if (ticket.moisture > crop.maxMoisture || ticket.admixture > REJECT_ADMIXTURE) {
    return { ticket, netKg, accepted: false, reason: ticket.moisture > crop.maxMoisture ? 'too wet for intake' : 'admixture over limit' };
  }
  const shrink = shrinkFactor(crop, ticket.moisture);
  const dryKg = netKg * shrink;
  const pointsRemoved = Math.max(0, ticket.moisture - crop.baseMoisture);
  const dryingPence = Math.round(pointsRemoved * crop.dryingPencePerPointTonne * (netKg / 1000));
  const grade = gradeFor(crop, ticket);
  if (!grade) return { ticket, netKg, accepted: false, reason: 'below feed specification' };
  const pricePerTonne = crop.basePricePence + grade.premiumPence;
  const valuePence = Math.round((dryKg / 1000) * pricePerTonne) - dryingPence;
  return { ticket, netKg, dryKg, accepted: true, grade: grade.grade, pricePerTonne, dryingPence, valuePence };
}

module.exports = { assess };
