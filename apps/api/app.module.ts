import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStoreModule } from '@ledger/event-store';
import { HealthController } from './health/health.controller';
import { ProgrammesModule } from './programmes/programmes.module';
import { DATABASE_INFO, type DatabaseInfo } from './shared/database-info';

export interface AppModuleOptions {
  database: DatabaseInfo;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        EventStoreModule.forRoot({ databaseUrl: options.database.url }),
        ProgrammesModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: DATABASE_INFO, useValue: options.database }],
    };
  }
}
