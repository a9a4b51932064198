// Interchange texts for the example tests: a message's lines, wrapped in a correct envelope and trailer.

export const WORKSHOP = 'okada-seiki';
export const LEAD = 'lead-co';
export const CREATED_AT = '2026-11-20T09:00:00Z';

/** ENV, the lines, TRL with the right counts: a test changes one thing and sees one error. */
export function interchangeText(sender: string, receiver: string, lines: readonly string[], controlNumber = '000000123'): string {
  const messages = lines.filter((line) => line.startsWith('MSG|')).length;
  const segments = lines.filter((line) => line.trim() !== '').length + 2;
  return [`ENV|renkei-edi/1|${sender}|${receiver}|${controlNumber}|42|${CREATED_AT}`, ...lines, `TRL|${controlNumber}|${messages}|${segments}`].join('\n') + '\n';
}

/** From the workshop to RENKEI. */
export function inbound(...lines: string[]): string {
  return interchangeText(WORKSHOP, 'RENKEI', lines);
}

/** From RENKEI to the workshop. */
export function outbound(...lines: string[]): string {
  return interchangeText('RENKEI', WORKSHOP, lines);
}

/** One message: MSG, the body, END. */
export function message(ref: string, kind: string, ...body: string[]): string[] {
  return [`MSG|${ref}|${kind}`, ...body, `END|${ref}`];
}
