import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { addressRefusal, parseIpAddress, type AllowList, type AttemptResult, type TargetUrl, type WebhookSignatureHeaders } from '@renkei/webhooks';
import { guardedLookup } from './target-guard';

export interface SentAttempt {
  readonly result: AttemptResult;
  readonly durationMs: number;
}

const USER_AGENT = 'Renkei-Webhooks/1';

/**
 * POSTs one signed delivery. The answer is the status code, or why there was none (refused
 * target, connection error, timeout). Redirects are not followed: a 3xx is a failure, so a
 * receiver cannot bounce deliveries to an address the rules refuse. Each attempt uses a fresh
 * connection, so each is checked against the address rules again.
 */
export function sendWebhook(target: TargetUrl, headers: WebhookSignatureHeaders, body: string, options: { timeoutMs: number; allowList: AllowList }): Promise<SentAttempt> {
  const started = performance.now();
  const done = (result: AttemptResult): SentAttempt => ({ result, durationMs: Math.round(performance.now() - started) });
  if (parseIpAddress(target.host) !== null) {
    const refusal = addressRefusal(target.host, options.allowList);
    if (refusal !== null) return Promise.resolve(done({ error: `target refused: ${refusal}` }));
  }
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(result));
    };
    const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = send(
      target.url,
      {
        method: 'POST',
        agent: false,
        lookup: guardedLookup(options.allowList),
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': USER_AGENT },
      },
      (response: IncomingMessage) => {
        // The status is the answer; the body is not read beyond draining it.
        settle({ statusCode: response.statusCode ?? 0 });
        response.resume();
        response.on('error', () => undefined);
      },
    );
    const timer = setTimeout(() => {
      settle({ error: `no answer within ${options.timeoutMs} ms` });
      outgoing.destroy();
    }, options.timeoutMs);
    outgoing.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code === 'ETARGETREFUSED' ? error.message : `${error.code ?? 'error'}: ${error.message}` }));
    outgoing.end(body);
  });
}
