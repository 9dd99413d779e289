"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PricingService = void 0;
const common_1 = require("@nestjs/common");
const catalogue_1 = require("./catalogue");
let PricingService = class PricingService {
    constructor() {
        ({ products: this.products, promotions: this.promotions } = (0, catalogue_1.buildCatalogue)(6000));
    }
    skus() {
        return this.products.map((p) => p.sku);
    }
    quote(lines) {
        let total = 0;
        for (const line of lines) {
            const product = this.products.find((p) => p.sku === line.sku);
            if (!product)
                continue;
            const tier = [...product.tiers].reverse().find((t) => line.quantity >= t.minQuantity);
            const promo = this.promotions.find((p) => p.sku === line.sku);
            const unit = product.listPrice * (1 - (tier?.discount ?? 0)) * (1 - (promo?.percentOff ?? 0) / 100);
            total += unit * line.quantity;
        }
        return { total: Math.round(total * 100) / 100, lines: lines.length };
    }
};
exports.PricingService = PricingService;
exports.PricingService = PricingService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [])
], PricingService);
//# sourceMappingURL=pricing.service.js.map