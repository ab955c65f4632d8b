import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { ID_MESSAGE, ID_PATTERN } from './validators';

/** Path ids are validated like body ids: a bad one is a 400, never a 500 or a strange stream name. */
@Injectable()
export class IdParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
      throw new BadRequestException({ code: 'VALIDATION_FAILED', message: `The id in the path ${ID_MESSAGE}` });
    }
    return value;
  }
}
