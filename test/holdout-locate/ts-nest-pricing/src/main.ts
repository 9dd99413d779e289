// B2B price-quote API (NestJS on Express) and a client in the same process that asks for
// quotes of 40 order lines each, so one run is one profile.
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PricingController } from './pricing.controller';
import { PricingService } from './pricing.service';

@Module({ controllers: [PricingController], providers: [PricingService] })
class AppModule {}

function post(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/quotes', agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const skus = app.get(PricingService).skus();
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  let seed = 17;
  const rnd = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
  const total = Number(process.env.QUOTES ?? 1100);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next++ < total) {
      const lines = Array.from({ length: 40 }, () => ({ sku: skus[rnd(skus.length)], quantity: 1 + rnd(300) }));
      const status = await post(agent, port, JSON.stringify({ lines }));
      if (status !== 200) throw new Error(`quote failed with ${status}`);
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
