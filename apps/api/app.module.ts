import { ledgerUpcasters, ReadSideModule } from '@ledger/catalogue';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import pino, { type Logger as PinoLogger } from 'pino';
import { EventStoreModule, type EventStoreModuleOptions } from '@ledger/platform/event-store';
import { HealthController } from './health/health.controller';
import { METRICS_TOKEN, MetricsController } from './health/metrics.controller';
import { BusinessCasesModule } from './business-case/business-cases.module';
import { CommitteeModule } from './committee/committee.module';
import { ProgrammesModule } from './programme/programmes.module';
import { ProposalsModule } from './proposal/proposals.module';
import { AuditModule } from './audit/audit.module';
import { LogKeyModule } from './audit/log-key.module';
import type { LogKey } from '@ledger/audit';
import { BenefitsModule } from './benefit/benefits.module';
import { DecisionsModule } from './decision-log/decisions.module';
import { MilestonesModule } from './delivery-plan/milestones.module';
import { RisksModule } from './risk/risks.module';
import { FundingModule } from './funding/funding.module';
import { ObjectivesModule } from './objective/objectives.module';
import { PlansModule } from './strategy/plans.module';
import { AuthModule } from './auth/auth.module';
import type { AuthOptions } from './auth/auth.options';
import { UsersModule } from './user/users.module';
import { PeopleModule } from './person/people.module';
import { MeetingsModule } from './meeting/meetings.module';
import { ActionsModule } from './action/actions.module';
import { IssuesModule } from './issue/issues.module';
import { ReportingDutiesModule } from './reporting-duty/reporting-duties.module';
import { ApiSettingsModule } from './config/api-settings.module';
import { DATABASE_INFO, type DatabaseInfo } from './http/database-info';
import { httpLogOptions } from './http/request-log';
import { ReadYourWritesInterceptor } from './http/read-your-writes.interceptor';
import type { RateLimit } from './http/rate-limit.store';
import { DEFAULT_WRITE_LIMIT, WRITE_LIMIT, WriteLimitInterceptor } from './http/write-limit.interceptor';

export interface AppModuleOptions {
  database: DatabaseInfo;
  /** Run the projector inside the API process (the embedded default, and tests). */
  runProjector?: boolean;
  /** Sign-in: the token key and lifetimes (from configuration, or the tests' own). */
  auth: AuthOptions;
  /** An event store made by the caller (tests); by default the one EVENT_STORE_ENGINE selects. */
  eventStore?: EventStoreModuleOptions['store'];
  /** The bearer token GET /metrics asks for; without one, /metrics answers nobody. */
  metricsToken?: string;
  /** The Merkle log's signing key (main.ts: generated at the first start under LEDGER_DATA_DIR); tests: one per process. */
  logKey?: LogKey;
  /** Commands allowed per user in each window, counted across replicas (WRITE_RATE_LIMIT per WRITE_RATE_WINDOW_SECONDS). */
  writeLimit?: RateLimit;
  /** The process's pino logger (main.ts: LOG_LEVEL, LOG_FORMAT); tests log nothing unless they pass one. */
  logger?: PinoLogger;
  /** The validated configuration as @nestjs/config's module (main.ts); tests leave it out. */
  config?: DynamicModule;
  /** The event store's engine from the configuration; by default PostgreSQL. */
  eventStoreEngine?: Pick<EventStoreModuleOptions, 'engine' | 'kurrentdbConnectionString'>;
  /** LEDGER_TREE_HEAD_INTERVAL_MS; ten minutes unless given. */
  treeHeadIntervalMs?: number;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...(options.config ? [options.config] : []),
        ApiSettingsModule.forRoot({ treeHeadIntervalMs: options.treeHeadIntervalMs }),
        LoggerModule.forRoot({ pinoHttp: httpLogOptions(options.logger ?? pino({ level: 'silent' })) }),
        CqrsModule.forRoot(),
        EventStoreModule.forRoot({ databaseUrl: options.database.url, upcasters: ledgerUpcasters(), queryTimeoutMs: options.database.queryTimeoutMs, store: options.eventStore, ...options.eventStoreEngine }),
        ReadSideModule.forRoot({
          databaseUrl: options.database.url,
          runProjector: options.runProjector ?? true,
          queryTimeoutMs: options.database.queryTimeoutMs,
          readUrl: options.database.readUrl,
        }),
        AuthModule.forRoot({ databaseUrl: options.database.url, queryTimeoutMs: options.database.queryTimeoutMs, auth: options.auth }),
        LogKeyModule.forRoot(options.logKey),
        UsersModule,
        PeopleModule,
        AuditModule,
        ProgrammesModule,
        ProposalsModule,
        BusinessCasesModule,
        BenefitsModule,
        MilestonesModule,
        RisksModule,
        DecisionsModule,
        CommitteeModule,
        MeetingsModule,
        ActionsModule,
        IssuesModule,
        ReportingDutiesModule,
        PlansModule,
        ObjectivesModule,
        FundingModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: DATABASE_INFO, useValue: options.database },
        { provide: METRICS_TOKEN, useValue: options.metricsToken ?? null },
        { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
        { provide: WRITE_LIMIT, useValue: options.writeLimit ?? DEFAULT_WRITE_LIMIT },
        { provide: APP_INTERCEPTOR, useClass: WriteLimitInterceptor },
      ],
    };
  }
}
