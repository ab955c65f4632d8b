import { Module } from '@nestjs/common';
import { AuditLogController, LogKeyController } from './audit-log.controller';
import { AUDIT_LOG_QUERY_HANDLERS } from './audit-log.queries';
import { AuditController } from './audit.controller';
import { ListAuditHandler } from './audit.queries';
import { TreeHeadRecorder } from './tree-head-recorder';

@Module({
  controllers: [AuditController, AuditLogController, LogKeyController],
  providers: [ListAuditHandler, ...AUDIT_LOG_QUERY_HANDLERS, TreeHeadRecorder],
})
export class AuditModule {}
