"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkPassword = checkPassword;
const node_crypto_1 = require("node:crypto");
async function checkPassword(user, password, policy) {
    const { iterations, keyLength, digest } = policy.pbkdf2;
    const candidate = (0, node_crypto_1.pbkdf2Sync)(password, user.salt, iterations, keyLength, digest);
    return candidate.length === user.hash.length && (0, node_crypto_1.timingSafeEqual)(candidate, user.hash);
}
//# sourceMappingURL=credentials.js.map