import { Injectable } from '@nestjs/common';
import { buildCatalogue, type Product, type Promotion } from './catalogue';

export interface QuoteLine {
  sku: string;
  quantity: number;
}

@Injectable()
export class PricingService {
  private readonly products: Product[];
  private readonly promotions: Promotion[];

  constructor() {
    ({ products: this.products, promotions: this.promotions } = buildCatalogue(6000));
  }

  skus(): string[] {
    return this.products.map((p) => p.sku);
  }

  quote(lines: QuoteLine[]): { total: number; lines: number } {
    let total = 0;
    for (const line of lines) {
      const product = this.products.find((p) => p.sku === line.sku);
      if (!product) continue;
      const tier = [...product.tiers].reverse().find((t) => line.quantity >= t.minQuantity);
      const promo = this.promotions.find((p) => p.sku === line.sku);
      const unit = product.listPrice * (1 - (tier?.discount ?? 0)) * (1 - (promo?.percentOff ?? 0) / 100);
      total += unit * line.quantity;
    }
    return { total: Math.round(total * 100) / 100, lines: lines.length };
  }
}
