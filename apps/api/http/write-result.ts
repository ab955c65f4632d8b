import { ApiProperty } from '@nestjs/swagger';
import type { HandleResult } from '@ledger/platform/event-store';

/** A write the command's own write caused on another stream (a condition's action). */
export class CausedWrite {
  @ApiProperty({ example: 'action-condition-0d9c5a1e-1' })
  streamId: string;

  @ApiProperty({ description: 'Types of the events recorded there.', example: ['ActionRaised'] })
  events: string[];
}

/** What every write returns: the stream's new version (also the ETag) and the global position. */
export class WriteResult {
  @ApiProperty({ example: 'proposal-safer-neighbourhoods' })
  streamId: string;

  @ApiProperty({ description: 'Stream version after the write; send it back as If-Match.', example: 3 })
  version: number;

  @ApiProperty({ description: 'Global log position of the last event written; queries can wait for it.', example: 1042 })
  position: number;

  @ApiProperty({ description: 'Ids of what the command created, where it created something.', required: false })
  id?: string;

  @ApiProperty({ description: 'True when this was a retry of a command already recorded.' })
  duplicate: boolean;

  @ApiProperty({ description: 'Types of the events recorded.', example: ['ProposalAgreed'] })
  events: string[];

  @ApiProperty({
    description: 'What this write recorded on other streams as a consequence: each condition of an agreement, approval or decision raised as an action.',
    type: [CausedWrite],
    required: false,
  })
  caused?: CausedWrite[];
}

export function toWriteResult(streamId: string, result: HandleResult, id?: string): WriteResult {
  return {
    streamId,
    version: result.nextVersion,
    position: result.lastPosition,
    ...(id ? { id } : {}),
    duplicate: result.duplicate,
    events: result.events.map((e) => e.type),
  };
}
