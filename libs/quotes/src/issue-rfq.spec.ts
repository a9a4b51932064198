import { deciderSpecification } from '@renkei/testing';
import type { DirectoryWorkshop, IssueRfq } from './quotes-commands';
import { rfqDecider } from './rfq-decider';
import { answerDeadline, bracketLine, lead, metadata, mori, now, okada, rfqId, rfqIssued, sato, shaftLine } from './quotes-test-fixtures';

const spec = deciderSpecification(rfqDecider);

const invite = (overrides: Partial<IssueRfq['data']> = {}, actor = lead): IssueRfq => ({
  type: 'IssueRfq',
  data: { rfqId, lines: [bracketLine, shaftLine], answerDeadline: new Date(answerDeadline), invited: [okada.companyId, mori.companyId], ...overrides } as IssueRfq['data'],
  metadata: metadata(actor),
});

const directory: DirectoryWorkshop[] = [
  { companyId: 'okada', capabilities: [{ process: 'milling', materials: ['SUS304', 'A5052'], maxSizeMm: null }], validCertifications: ['JIS Q 9100'], active: true },
  { companyId: 'mori', capabilities: [{ process: 'milling', materials: ['SUS304'], maxSizeMm: null }], validCertifications: [], active: true },
  { companyId: 'sato', capabilities: [{ process: 'turning', materials: ['SUS304'], maxSizeMm: null }], validCertifications: ['JIS Q 9100'], active: true },
];
const matchCommand = (certification: string | null, snapshot: DirectoryWorkshop[] | null = directory): IssueRfq => ({
  type: 'IssueRfq',
  data: { rfqId, lines: [bracketLine], answerDeadline: new Date(answerDeadline), match: { process: 'milling', material: 'SUS304', certification } },
  metadata: snapshot === null ? metadata(lead) : { ...metadata(lead), directory: snapshot },
});

describe('rfq: IssueRfq', () => {
  it('records the issuing lead, the lines and the named workshops', () => {
    spec
      .given([])
      .when(invite())
      .then([rfqIssued({ invited: ['okada', 'mori'], issuedAt: now.toISOString() })]);
  });

  it('invites every active workshop whose capability and valid certifications match, and says so', () => {
    spec
      .given([])
      .when(matchCommand('JIS Q 9100'))
      .then([
        rfqIssued({
          lines: [bracketLine],
          invited: ['okada'],
          selection: 'matched',
          matchCriteria: { process: 'milling', material: 'SUS304', certification: 'JIS Q 9100' },
          issuedAt: now.toISOString(),
        }),
      ]);
  });

  it('matches without a certification when none is required', () => {
    const [event] = rfqDecider.decide(matchCommand(null), rfqDecider.initialState);
    expect(event?.type === 'RfqIssued' && event.data.invited).toEqual(['okada', 'mori']);
  });

  it('never matches the issuing lead itself, even when the directory lists it as a workshop', () => {
    const withLead: DirectoryWorkshop[] = [{ ...directory[1]!, companyId: lead.companyId }];
    spec.given([]).when(matchCommand(null, withLead)).thenThrows('QUOTES.NO_MATCHING_WORKSHOP');
  });

  it('refuses a match that finds no workshop', () => {
    spec.given([]).when(matchCommand('NADCAP')).thenThrows('QUOTES.NO_MATCHING_WORKSHOP');
  });

  it('refuses a match that finds only inactive workshops', () => {
    spec
      .given([])
      .when(matchCommand(null, directory.map((workshop) => ({ ...workshop, active: false }))))
      .thenThrows('QUOTES.NO_MATCHING_WORKSHOP');
  });

  it('refuses a match without a directory snapshot', () => {
    spec.given([]).when(matchCommand(null, null)).thenThrows('QUOTES.DIRECTORY_REQUIRED');
  });

  it('refuses a company that does not act as a lead', () => {
    spec.given([]).when(invite({}, sato)).thenThrows('QUOTES.NOT_A_LEAD');
  });

  it('refuses to issue the same RFQ twice', () => {
    spec.given([rfqIssued()]).when(invite()).thenThrows('QUOTES.ALREADY_ISSUED');
  });

  it('refuses an answer deadline that is now or earlier', () => {
    spec.given([]).when(invite({ answerDeadline: now })).thenThrows('QUOTES.DEADLINE_IN_THE_PAST');
    spec.given([]).when(invite({ answerDeadline: new Date('2026-11-01T00:00:00Z') })).thenThrows('QUOTES.DEADLINE_IN_THE_PAST');
  });

  it('refuses lines not numbered 1..n, a duplicate invitation or an empty list, naming the fields', () => {
    const refused = (command: IssueRfq) => {
      try {
        rfqDecider.decide(command, rfqDecider.initialState);
      } catch (error) {
        return error as { code: string; fieldErrors: { field: string }[] };
      }
      throw new Error('expected a refusal');
    };
    const badLines = refused(invite({ lines: [bracketLine, { ...shaftLine, lineNo: 1 }] }));
    expect(badLines.code).toBe('QUOTES.INVALID_INPUT');
    expect(badLines.fieldErrors.map((error) => error.field)).toEqual(['lines[1].lineNo']);
    expect(refused(invite({ invited: ['okada', 'okada'] })).fieldErrors.map((error) => error.field)).toEqual(['invited[1]']);
    expect(refused(invite({ invited: [] })).code).toBe('QUOTES.INVALID_INPUT');
    expect(refused(invite({ invited: ['okada', lead.companyId] })).fieldErrors).toEqual([
      { field: 'invited[1]', rule: 'must not be the issuing lead', allowed: 'workshops other than the issuer' },
    ]);
    expect(refused(invite({ lines: [] })).code).toBe('QUOTES.INVALID_INPUT');
    expect(refused(invite({ lines: [{ ...bracketLine, quantity: 0 }] })).fieldErrors.map((error) => error.field)).toEqual(['lines[0].quantity']);
  });
});
