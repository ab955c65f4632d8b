import { TextField } from '../http/fields';

/** A reason: why, in the caller's words, up to 2,000 characters; required unless `optional`. */
export function ReasonField(description: string, optional = false) {
  return TextField({ max: 2000, description, ...(optional ? { optional } : {}) });
}

/** Every command may say why; the reason lands in the event's metadata. */
export class CommandRequestDto {
  @ReasonField('Why this is being done; recorded with the event.', true)
  reason?: string;
}
