import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkReadiness, type ReadinessCheck, type ReadinessReport } from './readiness';

export type Lifecycle = 'starting' | 'running' | 'stopping';

export interface ManagementServer {
  readonly port: number;
  /** Checks become meaningful once the process has opened its dependencies (and applied its migrations). */
  running(checks: readonly ReadinessCheck[]): void;
  /** From the first signal on, readiness says no, so traffic moves away while the process drains. */
  stopping(): void;
  close(): Promise<void>;
}

/**
 * The probes' own port: `GET /livez` answers 200 while the event loop turns (a wedged process
 * gets restarted), `GET /readyz` 200 only while every dependency answers. It is separate from
 * the API so that the API can authenticate every request while the kubelet, which carries no
 * credentials, still gets its answer; it serves no data and is never exposed outside the cluster.
 */
export async function startManagementServer(host: string, port: number): Promise<ManagementServer> {
  let lifecycle: Lifecycle = 'starting';
  let checks: readonly ReadinessCheck[] = [];

  const readiness = async (): Promise<ReadinessReport> => (lifecycle === 'running' ? checkReadiness(checks) : { status: lifecycle, checks: {} });

  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const answer = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, { error: 'only GET' });
    if (path === '/livez') return answer(200, { status: 'alive' });
    if (path === '/readyz') {
      void readiness().then((report) => answer(report.status === 'ready' ? 200 : 503, report));
      return;
    }
    answer(404, { error: 'the management port answers /livez and /readyz' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });

  return {
    port: (server.address() as AddressInfo).port,
    running: (ready) => {
      checks = ready;
      lifecycle = 'running';
    },
    stopping: () => {
      lifecycle = 'stopping';
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
