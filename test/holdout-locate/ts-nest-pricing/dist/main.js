"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
// B2B price-quote API (NestJS on Express) and a client in the same process that asks for
// quotes of 40 order lines each, so one run is one profile.
require("reflect-metadata");
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const node_http_1 = require("node:http");
const pricing_controller_1 = require("./pricing.controller");
const pricing_service_1 = require("./pricing.service");
let AppModule = class AppModule {
};
AppModule = __decorate([
    (0, common_1.Module)({ controllers: [pricing_controller_1.PricingController], providers: [pricing_service_1.PricingService] })
], AppModule);
function post(agent, port, body) {
    return new Promise((resolve, reject) => {
        const req = (0, node_http_1.request)({ host: '127.0.0.1', port, method: 'POST', path: '/quotes', agent, headers: { 'content-type': 'application/json' } }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end(body);
    });
}
async function main() {
    const app = await core_1.NestFactory.create(AppModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address();
    const skus = app.get(pricing_service_1.PricingService).skus();
    const agent = new node_http_1.Agent({ keepAlive: true, maxSockets: 4 });
    let seed = 17;
    const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
    const total = Number(process.env.QUOTES ?? 1100);
    let next = 0;
    const worker = async () => {
        while (next++ < total) {
            const lines = Array.from({ length: 40 }, () => ({ sku: skus[rnd(skus.length)], quantity: 1 + rnd(300) }));
            const status = await post(agent, port, JSON.stringify({ lines }));
            if (status !== 200)
                throw new Error(`quote failed with ${status}`);
        }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    agent.destroy();
    await app.close();
}
main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
});
//# sourceMappingURL=main.js.map