import { type DynamicModule, Module } from '@nestjs/common';
import { AuthGuard } from './auth.guard';
import { type ApiDeps, BLOBS, CONFIG, LOGGER, METRICS, QUEUE, REDIS, STORE } from './deps';
import { HealthController } from './health.controller';
import { IngestController } from './ingest.controller';
import { MetricsController } from './metrics.controller';
import { ProfilesController } from './profiles.controller';
import { RateLimitGuard } from './rate-limit.guard';
import { ReportsController } from './reports.controller';
import { ServicesController } from './services.controller';
import { SubmissionsService } from './submissions.service';

/** The API: controllers, two guards and one service over the adapters in `deps`. */
@Module({})
export class AppModule {
  static with(deps: ApiDeps): DynamicModule {
    return {
      module: AppModule,
      controllers: [ProfilesController, IngestController, ReportsController, ServicesController, HealthController, MetricsController],
      providers: [
        { provide: CONFIG, useValue: deps.config },
        { provide: STORE, useValue: deps.store },
        { provide: BLOBS, useValue: deps.blobs },
        { provide: REDIS, useValue: deps.redis },
        { provide: QUEUE, useValue: deps.queue },
        { provide: METRICS, useValue: deps.metrics },
        { provide: LOGGER, useValue: deps.logger },
        AuthGuard,
        RateLimitGuard,
        SubmissionsService,
      ],
    };
  }
}
