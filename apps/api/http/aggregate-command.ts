import { Inject } from '@nestjs/common';
import { Command, type ICommandHandler } from '@nestjs/cqrs';
import type { Decider, DomainCommand, DomainEvent } from '@ledger/kernel';
import { EVENT_STORE, handleCommand, type EventStore, type HandleOptions } from '@ledger/platform/event-store';
import { toWriteResult, type WriteResult } from './write-result';

/**
 * What an aggregate's command carries from its controller to its stream. Each aggregate
 * names its own subclass (`class ExecuteRiskCommand extends AggregateCommand<RiskCommand> {}`):
 * the command bus finds a handler by the class.
 */
export abstract class AggregateCommand<C> extends Command<WriteResult> {
  constructor(
    /** The aggregate's id; the handler turns it into the slice's stream id. */
    readonly id: string,
    readonly command: C,
    /** The caller's metadata, version and key, with the reason they gave (handleOptions). */
    readonly context: HandleOptions,
    /** The id of what the command creates, echoed in the response. */
    readonly createdId?: string,
  ) {
    super();
  }
}

// Any decider: its command type flows through CommandOf.
type AnyDecider = Decider<any, DomainEvent, any>;
type CommandOf<D> = D extends Decider<infer C, DomainEvent, unknown> ? C : never;

/**
 * The one shape of an aggregate's command handler: check what the command needs of other
 * streams (`prepare`: the programme exists …), then hand the stream, the decider and the
 * caller's context to handleCommand, and answer what every write answers.
 */
export abstract class AggregateCommandHandler<D extends AnyDecider, C extends DomainCommand = CommandOf<D>>
  implements ICommandHandler<AggregateCommand<C>>
{
  protected abstract readonly decider: D;

  constructor(@Inject(EVENT_STORE) protected readonly store: EventStore) {}

  /** The slice's stream id of the aggregate. */
  protected abstract streamId(id: string): string;

  /**
   * What must hold before deciding; returns the command to decide (with what it depends on).
   * `message` is the whole command sent, for an aggregate whose subclass carries more.
   */
  protected async prepare(command: C, _id: string, _message: AggregateCommand<C>): Promise<C> {
    return command;
  }

  async execute(message: AggregateCommand<C>): Promise<WriteResult> {
    const { id, command, context, createdId } = message;
    const streamId = this.streamId(id);
    const prepared = await this.prepare(command, id, message);
    const result = await handleCommand(this.store, streamId, this.decider, (state) => this.decider.decide(prepared, state), context);
    return toWriteResult(streamId, result, createdId);
  }
}

/** The handler of one aggregate: its decider and its stream ids, on the one shape above. */
export function handlerOf<D extends AnyDecider>(decider: D, streamId: (id: string) => string) {
  abstract class Handler extends AggregateCommandHandler<D> {
    protected readonly decider = decider;
    protected streamId(id: string): string {
      return streamId(id);
    }
  }
  return Handler;
}
