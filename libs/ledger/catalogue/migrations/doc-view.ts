/**
 * A document-shaped view's table: the row as JSON, the position it was written at, and the
 * columns queries filter on generated from the document (`generated`, comma-separated).
 */
export const docViewTable = (name: string, generated: string) => `
CREATE TABLE ${name} (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  last_position bigint NOT NULL${generated ? `,\n  ${generated}` : ''}
);`;
