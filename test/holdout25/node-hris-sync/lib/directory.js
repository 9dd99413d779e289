'use strict';

const { gradeFor } = require('./grades');

const FIELDS = ['givenName', 'familyName', 'jobTitle', 'grade', 'department', 'fte', 'managerId', 'status'];

const abbreviationRules = new Map();

function rulesFor(entity) {
  let rules = abbreviationRules.get(entity.code);
  if (!rules) {
    rules = Object.entries(entity.titleAbbreviations).map(([abbr, full]) => [new RegExp(`\\b${abbr}\\b`, 'g'), full]);
    abbreviationRules.set(entity.code, rules);
  }
  return rules;
}

function normaliseJobTitle(title, entity) {
  let out = title.trim();
  for (const [re, full] of rulesFor(entity)) out = out.replace(re, full);
  return out.replace(/\s+/g, ' ');
}

function toDirectoryRecord(remote, entity) {
  const jobTitle = normaliseJobTitle(remote.jobTitle, entity);
  const { family, grade } = gradeFor(jobTitle);
  return {
    employeeId: remote.id,
    entity: remote.entity,
    givenName: remote.givenName,
    familyName: remote.familyName,
    displayName: `${remote.givenName} ${remote.familyName}`,
    email: `${remote.givenName}.${remote.familyName}.${remote.id.slice(1)}@hartleyfinch.example`.toLowerCase(),
    jobTitle,
    jobFamily: family,
    grade,
    department: remote.department,
    fte: remote.fte,
    startDate: remote.startDate,
    managerId: remote.managerId,
    status: remote.status,
  };
}

// Compares the HRIS view against the local directory and produces joiner/mover/leaver changes.
function reconcile(localRecords, remoteRecords) {
  const changes = [];
  for (const remote of remoteRecords) {
    const local = localRecords.find((r) => r.entity === remote.entity && r.employeeId === remote.employeeId);
    if (!local) {
      changes.push({ kind: 'joiner', employeeId: remote.employeeId, record: remote });
      continue;
    }
    const diff = {};
    for (const f of FIELDS) if (local[f] !== remote[f]) diff[f] = { from: local[f], to: remote[f] };
    if (remote.managerId && remote.status === 'active' &&
      !remoteRecords.some((r) => r.employeeId === remote.managerId && r.status === 'active')) {
      diff.managerId = { from: local.managerId, to: null, reason: 'manager not active' };
    }
    if (Object.keys(diff).length) {
      changes.push({ kind: remote.status === 'terminated' && local.status !== 'terminated' ? 'leaver' : 'mover',
        employeeId: remote.employeeId, diff });
    }
  }
  for (const local of localRecords) {
    if (!remoteRecords.some((r) => r.employeeId === local.employeeId)) {
      changes.push({ kind: 'removed', employeeId: local.employeeId });
    }
  }
  return changes;
}

module.exports = { toDirectoryRecord, reconcile, normaliseJobTitle };
