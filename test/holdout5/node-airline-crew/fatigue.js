'use strict';
// Simplified three-process fatigue estimate (homeostatic + circadian) per crew member.

const STEP_MIN = 1;

function circadian(minuteOfDay) {
  return Math.cos(((minuteOfDay - 1020) / 1440) * 2 * Math.PI);
}

function fatigueProfile(duties) {
  const sorted = duties.slice().sort((a, b) => (a.day - b.day) || (a.startMin - b.startMin));
  let pressure = 0;
  let peak = 0;
  let exposure = 0;
  let i = 0;
  for (let t = 0; t < 29 * 1440; t += STEP_MIN) {
    while (i < sorted.length && (sorted[i].day * 1440 + sorted[i].startMin + sorted[i].blockMinutes) < t) i++;
    const d = sorted[i];
    const onDuty = d && t >= d.day * 1440 + d.startMin && t < d.day * 1440 + d.startMin + d.blockMinutes;
    const mod = t % 1440;
    const asleep = !onDuty && (mod < 360 || mod > 1380);
    pressure = asleep ? pressure * 0.985 : pressure + 0.004 * (onDuty ? 1.6 : 1);
    const alert = 14 - pressure * 4 + 2.5 * circadian(mod);
    if (onDuty) {
      exposure += Math.max(0, 10 - alert);
      if (pressure > peak) peak = pressure;
    }
  }
  return { peak: Math.round(peak * 100) / 100, exposure: Math.round(exposure) };
}

module.exports = { fatigueProfile };
