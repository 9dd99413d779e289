'use strict';

// Free-text notes leave the lab in reports that go to GP practices, so the
// names of lab staff and clinicians are replaced before release.

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

class StaffDirectory {
  constructor(names) {
    this.names = names.slice().sort((a, b) => b.length - a.length);
  }

  redact(text) {
    if (!text) return text;
    const pattern = new RegExp(`\\b(?:Dr\\.? )?(?:${this.names.map(escapeRegExp).join('|')})\\b`, 'g');
    return text.replace(pattern, '[staff]');
  }
}

module.exports = { StaffDirectory, escapeRegExp };
