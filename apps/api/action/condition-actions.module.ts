import { Module } from '@nestjs/common';
import { ConditionActionsReactor } from './condition-actions.reactor';

/** The process manager the agreement, business case and decision routes hand their writes to. */
@Module({ providers: [ConditionActionsReactor], exports: [ConditionActionsReactor] })
export class ConditionActionsModule {}
