import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { EtagInterceptor } from './shared/etag.interceptor';
import { HttpErrorsFilter } from './shared/http-errors.filter';
import { createValidationPipe } from './shared/validation';

/** Everything main.ts and the end-to-end tests both apply to the app. */
export function configureApp(app: INestApplication, options: { bodyLimit?: string } = {}): void {
  const express = app as NestExpressApplication;
  express.useBodyParser('json', { limit: options.bodyLimit ?? '256kb' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorsFilter());
  app.useGlobalInterceptors(new EtagInterceptor());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Programme Ledger')
      .setDescription(
        'Event-sourced tracker for public-sector change programmes. Writes return the stream version (ETag) and the global position they produced.',
      )
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}
