import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { actionDecider, actionStreamId, CONDITION_SOURCE_TYPES, conditionActions, type ActionOwner, type ConditionSource } from '@ledger/action';
import { foldEvents, isDomainError, streamIds } from '@ledger/kernel';
import { proposalDecider, type ProposalEvent } from '@ledger/proposal';
import { EVENT_STORE, eventIdsFor, handleCommand, LOG_START, type EventStore, type LogPosition, type StoredEvent } from '@ledger/platform/event-store';
import type { CausedWrite, WriteResult } from '../http/write-result';

const SOURCE_TYPES: readonly string[] = CONDITION_SOURCE_TYPES;

/** The source as the committee says it: reasons are printed in the pack's Why column. */
const SOURCE_WORDS: Record<string, string> = { ProposalAgreed: 'the agreement of the proposal', BusinessCaseApproved: 'the approval of the business case', DecisionRecorded: 'the decision' };

/**
 * Conditions become actions by themselves: a process manager reacting to ProposalAgreed,
 * BusinessCaseApproved and DecisionRecorded. The store appends to one stream at a time (no
 * multi-stream transaction), so the agreement and its actions are two appends; what makes
 * that safe is that each action's id and event id derive from the source event's id and the
 * condition's place (conditionActionId): reacting twice raises nothing twice. It reacts
 * right after the command that recorded the source (the caller then reads the actions, and
 * the write result's position covers them), and, at start, to the whole log: that recovers a
 * crash between the two appends and raises the actions of conditions stored before this.
 */
@Injectable()
export class ConditionActionsReactor implements OnApplicationBootstrap {
  private readonly logger = new Logger('ConditionActions');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** After a write to a stream that may hold sources: react to them; the result's position then covers the actions. */
  async afterWrite(result: WriteResult): Promise<WriteResult> {
    const events = await this.store.readStream(result.streamId, { toVersion: result.version });
    const caused: CausedWrite[] = [];
    const last = await this.react(events, caused);
    // The caller is told what else its write recorded (a condition's action), so every appended event is accounted for.
    return { ...result, ...(last > result.position ? { position: last } : {}), ...(caused.length > 0 ? { caused } : {}) };
  }

  async onApplicationBootstrap(): Promise<void> {
    let after: LogPosition = LOG_START;
    for (;;) {
      const batch = await this.store.readAll({ after, limit: 1000 });
      if (batch.length === 0) return;
      await this.react(batch);
      const last = batch[batch.length - 1];
      after = { transactionId: last.transactionId, globalPosition: last.globalPosition };
    }
  }

  /** Raises the actions the conditions of these events become, once each; the last position written (0: none). */
  async react(events: readonly StoredEvent[], caused: CausedWrite[] = []): Promise<number> {
    let last = 0;
    for (const event of events) {
      if (!SOURCE_TYPES.includes(event.type)) continue;
      const source = { eventId: event.eventId, type: event.type, data: event.data } as ConditionSource;
      if (!Array.isArray(source.data.conditions) || source.data.conditions.length === 0) continue;
      const context = await this.contextOf(event, source);
      if (context === null) continue;
      for (const [index, command] of conditionActions(source, context).entries()) {
        const key = `condition-action:${command.data.actionId}`;
        if (await this.store.hasEventId(eventIdsFor(1, key)[0])) continue;
        try {
          const result = await handleCommand(this.store, actionStreamId(command.data.actionId), actionDecider, (state) => actionDecider.decide(command, state), {
            idempotencyKey: key,
            metadata: {
              actor: event.metadata.actor,
              correlationId: event.metadata.correlationId,
              causationId: event.eventId,
              reason: `Condition ${index + 1} of ${SOURCE_WORDS[event.type]} of ${source.data.decisionDate}, tracked as an action`,
            },
          });
          last = Math.max(last, result.lastPosition);
          if (!result.duplicate) caused.push({ streamId: actionStreamId(command.data.actionId), events: result.events.map((e) => e.type) });
        } catch (error) {
          // Raised already (by another replica, say): nothing to do. Anything else waits for the next start.
          if (isDomainError(error) && error.code === 'ACTION_ALREADY_RAISED') continue;
          this.logger.error(`Could not raise ${command.data.actionId}: ${(error as Error).message}`);
        }
      }
    }
    return last;
  }

  /** The programme, and the proposal's lead as it stood when the source was recorded (the default owner). */
  private async contextOf(event: StoredEvent, source: ConditionSource): Promise<{ programmeId: string; lead: ActionOwner | null } | null> {
    const programmeId = source.type === 'DecisionRecorded' ? (event.data as { programmeId: string }).programmeId : null;
    const proposalId = source.data.proposalId ?? null;
    if (proposalId === null) return programmeId === null ? null : { programmeId, lead: null };
    const history = await this.store.readStream<ProposalEvent>(streamIds.proposal(proposalId), { until: event.recordedAt });
    const proposal = foldEvents(proposalDecider, history.map((e) => ({ type: e.type, data: e.data }) as ProposalEvent));
    const lead = proposal.lead ? { personId: proposal.lead.id, name: proposal.lead.name } : null;
    const programme = programmeId ?? proposal.programmeId;
    return programme === null ? null : { programmeId: programme, lead };
  }
}
