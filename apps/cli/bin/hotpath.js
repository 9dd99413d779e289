#!/usr/bin/env node
'use strict';
// The compiled CLI; `npm ci` (its prepare step) or `npm run build` writes dist/.
const { main } = require('../dist/main.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
