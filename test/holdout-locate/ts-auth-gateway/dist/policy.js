"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.currentPolicy = void 0;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const POLICY_FILE = (0, node_path_1.join)(__dirname, '..', 'config', 'policy.json');
// Operators edit the policy file by hand; reading it on every request was meant to pick
// their edits up without a restart.
const currentPolicy = () => JSON.parse((0, node_fs_1.readFileSync)(POLICY_FILE, 'utf8'));
exports.currentPolicy = currentPolicy;
//# sourceMappingURL=policy.js.map