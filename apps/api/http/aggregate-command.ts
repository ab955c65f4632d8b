import { Inject } from '@nestjs/common';
import { Command, type ICommandHandler } from '@nestjs/cqrs';
import type { Decider, DomainCommand, DomainEvent } from '@ledger/kernel';
import { EVENT_STORE, handleCommand, type Dependency, type EventStore, type HandleOptions } from '@ledger/platform/event-store';
import { handleOptions, type Caller } from './caller';
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

/** A command as its controller builds it: the handler completes `Completed` with its `context`. */
export type WithoutContext<C, Completed extends C & { context: unknown }> = Exclude<C, Completed> | Omit<Completed, 'context'>;

/**
 * What a command under the lead rule carries from its controller: the caller and the reason
 * travel with it, so that its handler names what the caller must lead as a dependency.
 */
export abstract class CallerCommand<C> extends Command<WriteResult> {
  constructor(
    /** The aggregate's id; the handler turns it into the slice's stream id. */
    readonly id: string,
    readonly command: C,
    readonly caller: Caller,
    /** Why, in the caller's words: recorded with the events. */
    readonly reason: string | undefined,
    /** The id of what the command creates, echoed in the response. */
    readonly createdId?: string,
  ) {
    super();
  }
}

/**
 * The one shape of a handler under the lead rule: complete the command from other streams
 * (`prepare`), check the state it decides on (`check`), and append with the caller's
 * dependencies (`dependsOn`), answering what every write answers.
 */
export abstract class CallerCommandHandler<C extends DomainCommand, E extends DomainEvent, S, M extends CallerCommand<unknown>>
  implements ICommandHandler<CallerCommand<unknown>>
{
  protected abstract readonly decider: Decider<C, E, S>;

  constructor(@Inject(EVENT_STORE) protected readonly store: EventStore) {}

  /** The slice's stream id of the aggregate. */
  protected abstract streamId(id: string): string;

  /** The command to decide, with what it needs of other streams. */
  protected abstract prepare(message: M): Promise<C>;

  /** The streams whose state the caller's right depends on (the lead rule). */
  protected abstract dependsOn(message: M): Dependency[];

  /** What must hold of the state before deciding, beyond the decider's rules. */
  protected check(_message: M, _state: S): void {}

  /** The id the response echoes. */
  protected createdIdOf(message: M, _events: readonly E[]): string | undefined {
    return message.createdId;
  }

  async execute(message: M): Promise<WriteResult> {
    const streamId = this.streamId(message.id);
    const command = await this.prepare(message);
    const decide = (state: S) => {
      this.check(message, state);
      return this.decider.decide(command, state);
    };
    const result = await handleCommand(this.store, streamId, this.decider, decide, handleOptions(message.caller, message.reason, this.dependsOn(message)));
    return toWriteResult(streamId, result, this.createdIdOf(message, result.events));
  }
}

/** The lead-rule handler of one aggregate: its decider and its stream ids, on the shape above. */
export function callerHandlerOf<C extends DomainCommand, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  streamId: (id: string) => string,
) {
  abstract class Handler<M extends CallerCommand<unknown>> extends CallerCommandHandler<C, E, S, M> {
    protected readonly decider = decider;
    protected streamId(id: string): string {
      return streamId(id);
    }
  }
  return Handler;
}
