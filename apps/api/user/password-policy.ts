import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { passwordProblem } from '@ledger/user';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@ledger/user';

/** class-validator: the password policy, with the user name and name of the same body as inputs. */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => passwordProblem(value, inputsOf(args)) === null,
        defaultMessage: (args: ValidationArguments) => forPeople(passwordProblem(args.value, inputsOf(args)) ?? 'password is not acceptable'),
      },
    });
}

/** The policy's words (the CLI's too) said to a person filling in a form. */
function forPeople(problem: string): string {
  const m = /^password must be (at least|at most) (\d+) characters$/.exec(problem);
  if (m) return `Choose a password of ${m[1]} ${m[2]} characters`;
  if (problem === 'password must be a string') return 'Enter a password';
  if (problem.startsWith('password must not be only')) return 'Choose a password that is not only spaces or other white space';
  return `The ${problem}`;
}

function inputsOf(args: ValidationArguments): string[] {
  const body = args.object as { username?: unknown; name?: unknown };
  return [body.username, body.name].filter((s): s is string => typeof s === 'string');
}
