import { outcomeOfAnswer } from './send-command';

const refusal = (code: string, status?: number, errors?: unknown) => ({ data: null, errors: [{ message: `refused: ${code}`, extensions: { code, ...(status === undefined ? {} : { status }), ...(errors ? { errors } : {}) } }] });

describe('the answer to one command', () => {
  it('is sent when the mutation answered, a replay included', () => {
    expect(outcomeOfAnswer(200, { data: { reportProgress: { replayed: false, streamId: 'work-PO-1-1', revision: '3' } } }, 'reportProgress')).toEqual({ kind: 'sent', replayed: false });
    expect(outcomeOfAnswer(200, { data: { acceptOrder: { replayed: true } } }, 'acceptOrder')).toEqual({ kind: 'sent', replayed: true });
  });

  it('is a refusal, naming the fields, for a 4xx the service gave', () => {
    const fields = [{ field: 'eta', rule: 'must be a calendar date', allowed: 'YYYY-MM-DD, or null' }];
    const outcome = outcomeOfAnswer(200, refusal('WORK.INVALID_INPUT', 400, fields), 'reportProgress');
    expect(outcome).toMatchObject({ kind: 'failed', error: { kind: 'bad-request', code: 'WORK.INVALID_INPUT', message: 'refused: WORK.INVALID_INPUT' }, fields });
    expect(outcomeOfAnswer(200, refusal('ORDERS.ALREADY_ACKNOWLEDGED', 409), 'acceptOrder')).toMatchObject({ error: { kind: 'bad-request' } });
    expect(outcomeOfAnswer(200, refusal('QUOTES.DEADLINE_PASSED', 422), 'submitQuote')).toMatchObject({ error: { kind: 'bad-request' } });
    expect(outcomeOfAnswer(200, refusal('REQUEST.READ_ONLY_ROLE', 403), 'acceptOrder')).toMatchObject({ error: { kind: 'forbidden' } });
    expect(outcomeOfAnswer(200, refusal('WORK.NOT_OPEN', 404), 'reportProgress')).toMatchObject({ error: { kind: 'not-found' } });
    expect(outcomeOfAnswer(400, refusal('BAD_USER_INPUT'), 'reportProgress')).toMatchObject({ error: { kind: 'bad-request' } });
  });

  it('is worth retrying with the same key when the failure passes', () => {
    for (const [code, status] of [
      ['COMMAND.CONCURRENT_UPDATE', 409],
      ['SERVICE_UNAVAILABLE', 503],
      ['RATE_LIMITED', 429],
      ['INTERNAL_SERVER_ERROR', undefined],
    ] as const) {
      expect([code, outcomeOfAnswer(200, refusal(code, status), 'acceptOrder')]).toMatchObject([code, { kind: 'failed', error: { kind: 'server' } }]);
    }
    expect(outcomeOfAnswer(502, null, 'acceptOrder')).toMatchObject({ error: { kind: 'server', code: 'HTTP_502' } });
  });

  it('says the link is no longer accepted', () => {
    expect(outcomeOfAnswer(200, refusal('UNAUTHENTICATED', 401), 'acceptOrder')).toMatchObject({ error: { kind: 'unauthenticated' } });
    expect(outcomeOfAnswer(401, null, 'acceptOrder')).toMatchObject({ error: { kind: 'unauthenticated' } });
  });
});
