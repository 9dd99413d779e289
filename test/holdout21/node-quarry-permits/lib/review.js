'use strict';

const { VibrationAssessor } = require('./vibration');
const { PermitSealer } = require('./seal');
const { chargeSchedule, summarise } = require('./report');

const MAX_HOLE_DEPTH_M = 20;
const MIN_STEMMING_M = 2.2;
const FLYROCK_EXCLUSION_M = 220;

// Each stage of a permit review reads the plan, adds to the review record
// and may refuse the application.
class PlanValidation {
  run(review) {
    const { plan } = review;
    for (const hole of plan.holes) {
      if (hole.depthM > MAX_HOLE_DEPTH_M) review.refusals.push(`${hole.ref}: hole deeper than ${MAX_HOLE_DEPTH_M} m`);
      const stemming = hole.depthM - hole.chargeKg / 9.5;
      if (stemming < MIN_STEMMING_M) review.refusals.push(`${hole.ref}: stemming ${stemming.toFixed(1)} m too short`);
    }
  }
}

class GroundVibrationCheck {
  constructor(structures, corridors) {
    this.assessor = new VibrationAssessor(structures, corridors);
  }

  run(review) {
    const assessment = this.assessor.assess(review.plan);
    review.assessment = assessment;
    for (const e of assessment.exceedances) {
      review.refusals.push(`${e.id}: predicted ${e.ppv.toFixed(1)} mm/s over ${e.limit.toFixed(1)} mm/s`);
    }
  }
}

class FlyrockCheck {
  constructor(structures) {
    this.nearPit = structures.filter((s) => Math.hypot(s.x, s.y) < 900);
  }

  run(review) {
    let closest = Infinity;
    for (const hole of review.plan.holes) {
      for (const s of this.nearPit) {
        const d = Math.hypot(s.x - hole.x, s.y - hole.y);
        if (d < closest) closest = d;
      }
    }
    review.flyrockClearanceM = Math.round(closest);
    if (closest < FLYROCK_EXCLUSION_M) review.refusals.push(`flyrock clearance ${Math.round(closest)} m`);
  }
}

class ChargeScheduleStage {
  constructor(locale) {
    this.locale = locale;
  }

  run(review) {
    review.schedule = chargeSchedule(review.plan, this.locale);
  }
}

class Decision {
  constructor() {
    this.nextNo = 1;
  }

  run(review) {
    const { plan, assessment, schedule } = review;
    review.permit = {
      permitNo: `QP-${String(this.nextNo++).padStart(6, '0')}`,
      planRef: plan.planRef,
      face: plan.face,
      shotFirer: plan.shotFirer,
      decision: review.refusals.length === 0 ? 'approved' : 'refused',
      maxChargePerDelayKg: assessment.maxChargePerDelayKg,
      totalChargeKg: schedule.totalKg,
      delayWindows: assessment.windows,
      flyrockClearanceM: review.flyrockClearanceM,
      reasons: review.refusals.slice(0, 8),
    };
  }
}

class SealStage {
  constructor(secret, iterations) {
    this.sealer = new PermitSealer(secret, iterations);
  }

  run(review) {
    review.permit.seal = this.sealer.seal(review.permit);
  }
}

function buildReviewStages({ structures, corridors, secret, kdfIterations, locale }) {
  return [
    new PlanValidation(),
    new GroundVibrationCheck(structures, corridors),
    new FlyrockCheck(structures),
    new ChargeScheduleStage(locale),
    new Decision(),
    new SealStage(secret, kdfIterations),
  ];
}

function reviewRecord(review) {
  return {
    permit: review.permit,
    schedule: review.schedule.lines,
    findings: summarise(review.assessment),
  };
}

module.exports = { buildReviewStages, reviewRecord };
