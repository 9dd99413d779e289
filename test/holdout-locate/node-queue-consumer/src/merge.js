'use strict';

// Swedish collation: Å, Ä and Ö sort after Z, as the printed list must show them.
const mailMergeOrder = (recipients) =>
  [...recipients].sort((a, b) => new Intl.Collator('sv-SE', { sensitivity: 'base' }).compare(a.name, b.name));

module.exports = { mailMergeOrder };
