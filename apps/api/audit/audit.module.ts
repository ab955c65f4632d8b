import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { ListAuditHandler } from './audit.queries';

@Module({ controllers: [AuditController], providers: [ListAuditHandler] })
export class AuditModule {}
