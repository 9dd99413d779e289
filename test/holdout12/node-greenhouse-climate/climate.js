'use strict';

// Psychrometric helpers and the per-zone climate controller.

function saturationVapourPressure(tempC) {
  // Tetens equation, kPa
  return 0.61078 * Math.exp((17.27 * tempC) / (tempC + 237.3));
}

function vapourPressureDeficit(tempC, rh) {
  return saturationVapourPressure(tempC) * (1 - rh / 100);
}

function dewPoint(tempC, rh) {
  const a = 17.27;
  const b = 237.7;
  const g = (a * tempC) / (b + tempC) + Math.log(rh / 100);
  return (b * g) / (a - g);
}

function absoluteHumidity(tempC, rh) {
  // g/m3
  return (6.112 * Math.exp((17.67 * tempC) / (tempC + 243.5)) * rh * 2.1674) / (273.15 + tempC);
}

class ZoneController {
  constructor(zoneId, log) {
    this.zoneId = zoneId;
    this.log = log;
    this.integral = 0;
    this.lastError = 0;
    this.lastTs = null;
    this.dliMol = 0;
    this.day = null;
    this.pipeTemp = 30;
    this.ventPct = 0;
    this.readings = 0;
    this.alarms = [];
  }

  step(config, reading) {
    const { sensors } = reading;
    const ts = reading.ts;
    const hour = new Date(ts).getUTCHours();
    const day = Math.floor(ts / 86400e3);
    if (day !== this.day) { this.day = day; this.dliMol = 0; }
    const dt = this.lastTs === null ? 60 : Math.max(1, (ts - this.lastTs) / 1000);
    this.lastTs = ts;
    this.readings++;

    const sp = config.schedule[hour];
    const soil = sensors.soilMoisture.reduce((a, b) => a + b, 0) / sensors.soilMoisture.length;
    const vpd = vapourPressureDeficit(sensors.airTemp, sensors.humidity);
    const dew = dewPoint(sensors.airTemp, sensors.humidity);
    const ah = absoluteHumidity(sensors.airTemp, sensors.humidity);
    this.dliMol += (sensors.par * dt) / 1e6;

    this.log.debug('sensor snapshot', { zone: this.zoneId, airTemp: sensors.airTemp, rh: sensors.humidity, co2: sensors.co2, par: sensors.par });
    this.log.debug('derived climate', { zone: this.zoneId, vpd, dew, ah, soil, dli: this.dliMol });

    // Heating: PID on pipe temperature.
    const error = sp.heatingSetpoint - sensors.airTemp;
    this.integral = Math.max(-50, Math.min(50, this.integral + error * dt / 60));
    const derivative = (error - this.lastError) / dt;
    this.lastError = error;
    const { kp, ki, kd } = config.pid;
    const pipeTarget = Math.max(20, Math.min(config.limits.pipeMaxC, 30 + kp * error + ki * this.integral + kd * derivative));
    this.pipeTemp += (pipeTarget - this.pipeTemp) * 0.2;
    this.log.debug('heating loop', { zone: this.zoneId, error, integral: this.integral, pipeTarget });

    // Ventilation: proportional band above vent setpoint, extra for humidity.
    let vent = Math.max(0, (sensors.airTemp - sp.ventSetpoint) * 20);
    if (sensors.humidity > sp.rhMax) vent += (sensors.humidity - sp.rhMax) * 5;
    if (sensors.outsideTemp < 5) vent = Math.min(vent, 15);
    if (sensors.windSpeed * config.weatherStation.windGustFactor > config.storm.windSpeed) vent = config.storm.closeVents ? 0 : Math.min(vent, 10);
    this.ventPct += (Math.min(config.limits.ventMaxPct, vent) - this.ventPct) * 0.3;
    this.log.debug('vent loop', { zone: this.zoneId, vent: this.ventPct, wind: sensors.windSpeed });

    // CO2 dosing only with closed vents and light.
    const co2Dose = this.ventPct < 20 && sensors.par > 150 ? Math.max(0, Math.min(config.limits.co2MaxPpm, sp.co2Target) - sensors.co2) : 0;

    // Misting when the air is too dry (high VPD).
    const mistSec = vpd > 1.4 && sensors.humidity < sp.rhMin ? Math.min(config.limits.mistMaxSec, Math.round((vpd - 1.2) * 20)) : 0;

    // Screen: close for energy at night, shade when light integral already reached.
    const screen = sp.screen === 'energy' ? 100 : this.dliMol > config.dliTarget ? 60 : 0;

    // Irrigation by substrate moisture.
    const irrigateMl = soil < 0.32 ? Math.round((0.4 - soil) * config.areaM2 * 10) : 0;

    const actions = { pipeTemp: +this.pipeTemp.toFixed(1), ventPct: +this.ventPct.toFixed(1), co2Dose: Math.round(co2Dose), mistSec, screen, irrigateMl };
    this.log.debug('actuators', { zone: this.zoneId, ...actions });

    if (sensors.airTemp > config.alarms.tempHigh || sensors.airTemp < config.alarms.tempLow || sensors.humidity > config.alarms.rhHigh) {
      const alarm = { zone: this.zoneId, ts, airTemp: sensors.airTemp, rh: sensors.humidity };
      this.alarms.push(alarm);
      if (this.alarms.length > 100) this.alarms.shift();
      this.log.warn('climate alarm', alarm);
    }
    return { zone: this.zoneId, stage: config.stage, vpd: +vpd.toFixed(2), dewPoint: +dew.toFixed(1), dli: +this.dliMol.toFixed(2), actions };
  }
}

module.exports = { ZoneController, vapourPressureDeficit };
