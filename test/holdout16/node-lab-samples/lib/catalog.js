'use strict';

// Test catalogue: panels, analytes and the lab's own reference intervals.
// Intervals: [low, high, criticalLow, criticalHigh]; null means "not defined".

const ANALYTES = {
  NA: { name: 'Sodium', unit: 'mmol/L', decimals: 0, mean: 139, sd: 4, ranges: { any: [135, 145, 120, 160] } },
  K: { name: 'Potassium', unit: 'mmol/L', decimals: 1, mean: 4.3, sd: 0.6, ranges: { any: [3.5, 5.1, 2.5, 6.5] } },
  CL: { name: 'Chloride', unit: 'mmol/L', decimals: 0, mean: 102, sd: 4, ranges: { any: [98, 107, null, null] } },
  CO2: { name: 'Bicarbonate', unit: 'mmol/L', decimals: 0, mean: 25, sd: 3, ranges: { any: [22, 29, 10, 40] } },
  UREA: { name: 'Urea', unit: 'mmol/L', decimals: 1, mean: 6, sd: 2.5, ranges: { any: [2.5, 7.8, null, 35] } },
  CREA: { name: 'Creatinine', unit: 'umol/L', decimals: 0, mean: 85, sd: 30, ranges: { M: [62, 106, null, 600], F: [44, 80, null, 600] } },
  GLU: { name: 'Glucose', unit: 'mmol/L', decimals: 1, mean: 5.8, sd: 1.8, ranges: { any: [3.9, 6.1, 2.2, 25] } },
  CA: { name: 'Calcium', unit: 'mmol/L', decimals: 2, mean: 2.35, sd: 0.15, ranges: { any: [2.2, 2.6, 1.6, 3.3] } },
  ALB: { name: 'Albumin', unit: 'g/L', decimals: 0, mean: 40, sd: 5, ranges: { any: [35, 50, null, null] } },
  ALT: { name: 'Alanine aminotransferase', unit: 'U/L', decimals: 0, mean: 30, sd: 25, ranges: { M: [0, 45, null, 1000], F: [0, 34, null, 1000] } },
  ALP: { name: 'Alkaline phosphatase', unit: 'U/L', decimals: 0, mean: 90, sd: 35, ranges: { any: [30, 130, null, null] } },
  BILI: { name: 'Bilirubin', unit: 'umol/L', decimals: 0, mean: 12, sd: 8, ranges: { any: [0, 21, null, 300] } },
  CRP: { name: 'C-reactive protein', unit: 'mg/L', decimals: 0, mean: 15, sd: 30, ranges: { any: [0, 5, null, null] } },
  TSH: { name: 'Thyroid stimulating hormone', unit: 'mU/L', decimals: 2, mean: 2.1, sd: 1.6, ranges: { any: [0.27, 4.2, null, null] } },
  FT4: { name: 'Free thyroxine', unit: 'pmol/L', decimals: 1, mean: 16, sd: 3.5, ranges: { any: [12, 22, null, null] } },
  TROP: { name: 'Troponin T (hs)', unit: 'ng/L', decimals: 0, mean: 14, sd: 40, ranges: { any: [0, 14, null, 52] } },
  HBA1C: { name: 'HbA1c', unit: 'mmol/mol', decimals: 0, mean: 44, sd: 12, ranges: { any: [20, 41, null, null] } },
  UPROT: { name: 'Urine protein', unit: '', decimals: 0, qualitative: ['NEG', 'NEG', 'NEG', 'TRACE', '1+', '2+'] },
  UGLU: { name: 'Urine glucose', unit: '', decimals: 0, qualitative: ['NEG', 'NEG', 'NEG', 'NEG', 'TRACE', '1+'] },
  UKET: { name: 'Urine ketones', unit: '', decimals: 0, qualitative: ['NEG', 'NEG', 'NEG', 'TRACE', 'SMALL'] },
  UBLD: { name: 'Urine blood', unit: '', decimals: 0, qualitative: ['NEG', 'NEG', 'TRACE', 'SMALL', 'MOD'] },
  UNIT: { name: 'Urine nitrite', unit: '', decimals: 0, qualitative: ['NEG', 'NEG', 'NEG', 'POS'] },
};

const PANELS = {
  U_E: { name: 'Urea and electrolytes', analytes: ['NA', 'K', 'CL', 'CO2', 'UREA', 'CREA'] },
  LFT: { name: 'Liver function tests', analytes: ['ALB', 'ALT', 'ALP', 'BILI'] },
  BONE: { name: 'Bone profile', analytes: ['CA', 'ALB', 'ALP'] },
  TFT: { name: 'Thyroid function', analytes: ['TSH', 'FT4'] },
  CARD: { name: 'Cardiac', analytes: ['TROP', 'K', 'NA'] },
  DIAB: { name: 'Diabetes review', analytes: ['GLU', 'HBA1C', 'UREA', 'CREA'] },
  UDIP: { name: 'Urinalysis', analytes: ['UPROT', 'UGLU', 'UKET', 'UBLD', 'UNIT'] },
  INFL: { name: 'Inflammation', analytes: ['CRP', 'ALB'] },
};

function intervalFor(code, sex) {
  const a = ANALYTES[code];
  if (!a || !a.ranges) return null;
  return a.ranges[sex] || a.ranges.any || null;
}

module.exports = { ANALYTES, PANELS, intervalFor };
