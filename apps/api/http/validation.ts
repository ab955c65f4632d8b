import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** Flattens nested class-validator errors to `{ field: 'a.b[0].c', messages }` (each message once: several rules may say the same sentence). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = parent ? (/^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const own = error.constraints ? [{ field, messages: [...new Set(Object.values(error.constraints))] }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** At most this many fields are listed in a 400: the answer stays small whatever was sent. */
export const MAX_LISTED_ERRORS = 20;

/** Whitelist, refuse unknown fields, transform to DTO classes; 400 lists the first bad fields and counts them all. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const all = flattenValidationErrors(errors);
      const fields = all.slice(0, MAX_LISTED_ERRORS);
      const more = all.length - fields.length;
      return new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: `Invalid request: ${fields.map(summary).join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
        errors: fields,
        errorCount: all.length,
      });
    },
  });
}

/**
 * One field's messages for the summary line: class-validator starts each with the
 * property's own name ("period must …"), which becomes the whole path
 * ("schedule[0].period must …") rather than being repeated after it.
 */
function summary({ field, messages }: { field: string; messages: string[] }): string {
  const own = (field.split('.').pop() ?? field).replace(/\[\d+\]$/, '');
  return messages.map((m) => (m.startsWith(`${own} `) ? `${field}${m.slice(own.length)}` : `${field}: ${m}`)).join(', ');
}
