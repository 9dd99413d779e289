'use strict';

// Inpatient wards of a mid-sized district general hospital.
const WARDS = [
  { code: 'AMU', name: 'Acute Medical Unit', specialty: 'acute-medicine', beds: 36, meanStayH: 30 },
  { code: 'SAU', name: 'Surgical Assessment Unit', specialty: 'general-surgery', beds: 20, meanStayH: 26 },
  { code: 'W10', name: 'Ward 10 Cardiology', specialty: 'cardiology', beds: 28, meanStayH: 110 },
  { code: 'W11', name: 'Ward 11 Respiratory', specialty: 'respiratory', beds: 30, meanStayH: 150 },
  { code: 'W12', name: 'Ward 12 Care of the Elderly', specialty: 'geriatrics', beds: 32, meanStayH: 260 },
  { code: 'W14', name: 'Ward 14 Stroke', specialty: 'stroke', beds: 24, meanStayH: 230 },
  { code: 'W20', name: 'Ward 20 General Surgery', specialty: 'general-surgery', beds: 30, meanStayH: 120 },
  { code: 'W21', name: 'Ward 21 Orthopaedics', specialty: 'trauma-orthopaedics', beds: 30, meanStayH: 170 },
  { code: 'W22', name: 'Ward 22 Urology', specialty: 'urology', beds: 18, meanStayH: 70 },
  { code: 'W30', name: 'Ward 30 Maternity', specialty: 'obstetrics', beds: 26, meanStayH: 45 },
  { code: 'W31', name: 'Ward 31 Paediatrics', specialty: 'paediatrics', beds: 22, meanStayH: 40 },
  { code: 'ICU', name: 'Intensive Care', specialty: 'critical-care', beds: 12, meanStayH: 100 },
];

const WARD_BY_CODE = new Map(WARDS.map((w) => [w.code, w]));
const TOTAL_BEDS = WARDS.reduce((s, w) => s + w.beds, 0);

module.exports = { WARDS, WARD_BY_CODE, TOTAL_BEDS };
