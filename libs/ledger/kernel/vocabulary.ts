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
