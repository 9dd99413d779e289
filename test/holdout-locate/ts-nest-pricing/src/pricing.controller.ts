import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { PricingService, type QuoteLine } from './pricing.service';

@Controller('quotes')
export class PricingController {
  constructor(private readonly pricing: PricingService) {}

  @Post()
  @HttpCode(200)
  create(@Body() body: { lines: QuoteLine[] }): { total: number; lines: number } {
    return this.pricing.quote(body.lines);
  }
}
