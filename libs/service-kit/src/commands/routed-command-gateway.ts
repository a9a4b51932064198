import { serviceOfPath, type ApiService, type ServiceUrls } from '../routing/service-routes';
import type { CommandAnswer, CommandGateway, CommandToSend } from './command-gateway';
import { HttpCommandGateway } from './http-command-gateway';

/** Distributed mode: each command goes over HTTP to the service that owns its path (see serviceOfPath). */
export class RoutedCommandGateway implements CommandGateway {
  private readonly services = new Map<ApiService, HttpCommandGateway>();

  constructor(urls: ServiceUrls, timeoutMs: number) {
    for (const [service, baseUrl] of Object.entries(urls) as Array<[ApiService, string]>) {
      this.services.set(service, new HttpCommandGateway({ baseUrl, timeoutMs }));
    }
  }

  send(command: CommandToSend): Promise<CommandAnswer> {
    const service = serviceOfPath(command.path);
    const gateway = service === undefined ? undefined : this.services.get(service);
    // Commands are built from the controllers' own routes, so this is a bug here, not a caller's mistake.
    if (gateway === undefined) throw new Error(`no service owns ${command.path}; add it to the service routes`);
    return gateway.send(command);
  }
}
