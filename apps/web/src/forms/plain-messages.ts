// The API writes its messages per field where a form needs them most (FieldDoc.say); the rest
// still arrive in class-validator's words ("closesOn must be a calendar date YYYY-MM-DD"). Shown
// beside a field, those are said again in the words of the field's label.

/** "Lead (person id)" → "the lead"; "Actions (one a line)" → "the actions". */
function nounOf(label: string): string {
  const bare = label.replace(/\s*\(.*\)\s*$/, '').replace(/\s*\*$/, '').trim();
  const lower = /^[A-Z]{2}/.test(bare) ? bare : bare[0].toLowerCase() + bare.slice(1);
  return `the ${lower}`;
}

const capital = (text: string) => text[0].toUpperCase() + text.slice(1);

/**
 * A class-validator message for the field labelled `label`, in plain English; a message the API
 * wrote for people (it does not start with the field's own name) is kept as it is.
 */
export function plainMessage(message: string, label: string, choose = false): string {
  const match = /^[A-Za-z][\w.[\]]*\s+(.*)$/.exec(message);
  const rule = match?.[1] ?? '';
  if (!match || !/^(should|must|each value)\b/.test(rule)) return message;
  const what = nounOf(label);
  const verb = choose ? 'Choose' : 'Enter';
  let m: RegExpExecArray | null;
  if (/^should not be empty$|^must be a string$|^must be an object$|^must be an array$|^should not be null or undefined$/.test(rule)) return `${verb} ${what}`;
  if ((m = /^must contain at least (\d+) elements?$/.exec(rule))) return `${choose ? 'Choose' : 'Give'} at least ${m[1] === '1' ? 'one' : m[1]}: ${what}`;
  if ((m = /^must contain no more than (\d+) elements?$/.exec(rule))) return `Give at most ${m[1]}: ${what}`;
  if ((m = /^must be shorter than or equal to (\d+) characters$/.exec(rule))) return `Keep ${what} to ${Number(m[1]).toLocaleString('en-GB')} characters or fewer`;
  if (/^must be one of the following values/.test(rule)) return `Choose ${what} from the list`;
  if (/^must be a calendar date/.test(rule)) return `Enter ${what} as a date`;
  if (/^must be a boolean value$/.test(rule)) return `Tick or clear ${what}`;
  if ((m = /^must not be less than (-?\d+)$/.exec(rule))) return `${capital(what)} is at least ${m[1]}`;
  if ((m = /^must not be greater than (-?\d+)$/.exec(rule))) return `${capital(what)} is at most ${m[1]}`;
  if (/^must be an integer number$|^must be a number/.test(rule)) return `Enter ${what} as a whole number`;
  // Any other rule keeps its words, said of the field's label rather than its property name.
  return `${capital(what)} ${rule}`;
}
