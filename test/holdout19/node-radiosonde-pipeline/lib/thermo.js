'use strict';

const RD = 287.05;
const G = 9.80665;
const CP = 1004.0;

function saturationVapourPressure(tempC) {
  return 6.112 * Math.exp((17.67 * tempC) / (tempC + 243.5));
}

function dewPoint(tempC, rh) {
  const h = Math.max(rh, 1) / 100;
  const gamma = Math.log(h) + (17.67 * tempC) / (tempC + 243.5);
  return (243.5 * gamma) / (17.67 - gamma);
}

function mixingRatio(pressure, tempC, rh) {
  const e = (saturationVapourPressure(tempC) * Math.min(rh, 100)) / 100;
  return (622 * e) / Math.max(pressure - e, 1);
}

function potentialTemperature(pressure, tempC) {
  return (tempC + 273.15) * Math.pow(1000 / pressure, RD / CP);
}

function virtualTemperature(tempC, mixing) {
  return (tempC + 273.15) * (1 + 0.61 * (mixing / 1000));
}

function windComponents(speed, direction) {
  const rad = (direction * Math.PI) / 180;
  return { u: -speed * Math.sin(rad), v: -speed * Math.cos(rad) };
}

function geopotentialStep(p0, p1, tv0, tv1) {
  const tv = (tv0 + tv1) / 2;
  return ((RD * tv) / G) * Math.log(p0 / p1);
}

module.exports = { dewPoint, mixingRatio, potentialTemperature, virtualTemperature, windComponents, geopotentialStep, saturationVapourPressure };
