import { requireObject, requireText, optionalText } from './assert';

/** Where a record comes from, e.g. "Service Review 2005", paragraph "21". */
export type SourceReference = { document: string; paragraph: string | null };

/** The bodies that take decisions on the programme. */
export const FORUMS = ['Authority', 'Committee', 'ManagementBoard'] as const;
export type Forum = (typeof FORUMS)[number];

export function requireSourceReference(value: unknown, field: string): SourceReference {
  const source = requireObject(value, field);
  return {
    document: requireText(source.document, `${field}.document`),
    paragraph: optionalText(source.paragraph, `${field}.paragraph`),
  };
}

/**
 * The forum a free-text meeting name speaks of ("MPA Oversight Committee, 3 February 2006" is
 * a Committee), or null when it names none: business case scrutiny recorded only the words.
 * A committee first: "Metropolitan Police Authority … Committee" is one of the Authority's committees.
 */
export function forumFromText(text: string): Forum | null {
  if (/\bmanagement board\b/i.test(text)) return 'ManagementBoard';
  if (/\bcommittees?\b|\bPPRC\b/i.test(text)) return 'Committee';
  if (/\bauthority\b/i.test(text)) return 'Authority';
  return null;
}
