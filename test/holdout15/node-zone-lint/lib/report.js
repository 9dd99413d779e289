'use strict';
// Aggregates findings and renders the summary printed by the CLI.

const SEVERITY = {
  SOA_COUNT: 'error', SOA_SERIAL_FORMAT: 'warning', SOA_SERIAL_DATE: 'warning', MULTIPLE_CNAME: 'error',
  CNAME_AND_OTHER_DATA: 'error', CNAME_AT_APEX: 'error', DUPLICATE_RR: 'warning', TTL_OUT_OF_RANGE: 'notice',
  BAD_IPV4: 'error', SPF_NO_ALL: 'warning', DANGLING_TARGET: 'error', MX_TO_CNAME: 'error', NS_TO_CNAME: 'error',
  SRV_TO_CNAME: 'error', MISSING_GLUE: 'error', UNKNOWN_TYPE: 'error',
};

const countFmt = new Intl.NumberFormat('en-GB');
const pctFmt = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

class LintReport {
  constructor() {
    this.zones = 0;
    this.records = 0;
    this.byCode = new Map();
    this.byZone = new Map();
    this.samples = new Map();
  }

  addZone(file, recordCount, findings) {
    this.zones++;
    this.records += recordCount;
    let errors = 0;
    for (const f of findings) {
      this.byCode.set(f.code, (this.byCode.get(f.code) || 0) + 1);
      if (SEVERITY[f.code] === 'error') errors++;
      if (!this.samples.has(f.code)) this.samples.set(f.code, f);
    }
    this.byZone.set(file, { findings: findings.length, errors });
  }

  toJSON() {
    return {
      zones: this.zones,
      records: this.records,
      byCode: Object.fromEntries(this.byCode),
      zonesWithErrors: [...this.byZone].filter(([, v]) => v.errors > 0).map(([k]) => k),
    };
  }

  render() {
    const lines = [];
    const withErrors = [...this.byZone.values()].filter((v) => v.errors > 0).length;
    lines.push(`zone-lint: ${countFmt.format(this.zones)} zones, ${countFmt.format(this.records)} records, ${countFmt.format(withErrors)} zones with errors (${pctFmt.format(withErrors / this.zones)})`);
    const codes = [...this.byCode].sort((a, b) => b[1] - a[1]);
    for (const [code, n] of codes) {
      const s = this.samples.get(code);
      lines.push(`  ${SEVERITY[code] || 'info'} ${code}: ${countFmt.format(n)}  e.g. ${s.file}:${s.line} ${s.owner}`);
    }
    return lines.join('\n');
  }
}

module.exports = { LintReport };
