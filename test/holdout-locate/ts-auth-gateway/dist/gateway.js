"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startGateway = startGateway;
const node_crypto_1 = require("node:crypto");
const node_http_1 = require("node:http");
const credentials_1 = require("./credentials");
const policy_1 = require("./policy");
const SIGNING_KEY = Buffer.from('holdout-signing-key-0123456789abcdef');
function seedUsers() {
    const users = new Map();
    for (let i = 0; i < 50; i++) {
        const salt = Buffer.from(`salt-${i}`);
        // Seeding uses the same parameters the policy file holds.
        users.set(`user${i}`, { name: `user${i}`, salt, hash: (0, node_crypto_1.pbkdf2Sync)(`pw-${i}`, salt, 2500, 32, 'sha256') });
    }
    return users;
}
const users = seedUsers();
const readBody = (req) => new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
});
const send = (res, status, body) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json' }).end(text);
};
async function login(req, res) {
    const policy = (0, policy_1.currentPolicy)();
    const { user, password } = JSON.parse(await readBody(req));
    const stored = users.get(user);
    if (!stored || !(await (0, credentials_1.checkPassword)(stored, password, policy)))
        return send(res, 401, { error: 'bad credentials' });
    const expires = Math.floor(Date.now() / 1000) + policy.tokenTtlSeconds;
    const payload = `${user}.${expires}`;
    send(res, 200, { token: `${payload}.${(0, node_crypto_1.createHmac)('sha256', SIGNING_KEY).update(payload).digest('hex')}` });
}
async function authorise(req, res) {
    const policy = (0, policy_1.currentPolicy)();
    const route = policy.routes[req.url ?? ''];
    if (!route)
        return send(res, 404, { error: 'unknown route' });
    const [user, expires, mac] = String(req.headers.authorization ?? '').replace(/^Bearer /, '').split('.');
    const good = (0, node_crypto_1.createHmac)('sha256', SIGNING_KEY).update(`${user}.${expires}`).digest('hex');
    if (mac !== good || Number(expires) < Date.now() / 1000)
        return send(res, 401, { error: 'bad token' });
    send(res, 200, { user, scopes: route.scopes });
}
function startGateway() {
    const server = (0, node_http_1.createServer)((req, res) => {
        const handler = req.url === '/v1/login' ? login : authorise;
        handler(req, res).catch((err) => send(res, 500, { error: err.message }));
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
//# sourceMappingURL=gateway.js.map