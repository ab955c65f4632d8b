import { TextField } from '../http/fields';

/** Every command may say why; the reason lands in the event's metadata. */
export class CommandRequestDto {
  @TextField({ max: 2000, description: 'Why this is being done; recorded with the event.', optional: true })
  reason?: string;
}
