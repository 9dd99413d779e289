'use strict';

// Simulates a kiln firing program minute by minute: segments ramp at a
// given rate to a target and hold; the kiln lags the controller and loses
// heat through the walls. Heat-work is accumulated as an Orton-cone style
// time-temperature integral.
const CONES = [
  { cone: '06', heatwork: 2.1e4 },
  { cone: '04', heatwork: 3.0e4 },
  { cone: '01', heatwork: 4.6e4 },
  { cone: '2', heatwork: 5.8e4 },
  { cone: '4', heatwork: 7.0e4 },
  { cone: '6', heatwork: 8.6e4 },
  { cone: '8', heatwork: 1.04e5 },
  { cone: '10', heatwork: 1.3e5 },
];

function simulateFiring(program, kiln) {
  const trace = [];
  const setpoints = [];
  let setpoint = 20;
  let temp = 20;
  let heatwork = 0;
  let minute = 0;
  for (const seg of program.segments) {
    const dir = seg.target >= setpoint ? 1 : -1;
    while ((dir > 0 && setpoint < seg.target) || (dir < 0 && setpoint > seg.target)) {
      setpoint += (dir * seg.ratePerHour) / 60;
      if ((dir > 0 && setpoint > seg.target) || (dir < 0 && setpoint < seg.target)) setpoint = seg.target;
      temp += (setpoint - temp) * kiln.response - (temp - 20) * kiln.wallLoss;
      if (temp > 600) heatwork += Math.exp((temp - 600) / 230) * 60;
      trace.push(temp);
      setpoints.push(setpoint);
      minute++;
    }
    for (let h = 0; h < seg.holdMinutes; h++) {
      temp += (setpoint - temp) * kiln.response - (temp - 20) * kiln.wallLoss;
      if (temp > 600) heatwork += Math.exp((temp - 600) / 230) * 60;
      trace.push(temp);
      setpoints.push(setpoint);
      minute++;
    }
  }
  let reached = 'none';
  for (const c of CONES) if (heatwork >= c.heatwork) reached = c.cone;
  return { trace, setpoints, minutes: minute, peak: Math.max(...trace), heatwork, cone: reached };
}

function traceCsv(kilnId, firing) {
  const { trace, setpoints } = firing;
  const rows = ['minute,temp_c,setpoint_c,error_c,rate_c_per_h'];
  for (let i = 0; i < trace.length; i++) {
    const rate = i > 0 ? (trace[i] - trace[i - 1]) * 60 : 0;
    rows.push(`${i},${trace[i].toFixed(2)},${setpoints[i].toFixed(1)},${(setpoints[i] - trace[i]).toFixed(2)},${rate.toFixed(1)}`);
  }
  return `# kiln ${kilnId}\n${rows.join('\n')}\n`;
}

module.exports = { simulateFiring, traceCsv };
