import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { CommandAnswer, CommandGateway, CommandToSend } from './command-gateway';
import { flatHeaders, jsonBodyOf, requestHeaders } from './command-wire';

/** The part of Fastify this adapter uses (light-my-request's inject), so nothing else of the platform leaks in. */
interface InjectingServer {
  inject(request: { method: string; url: string; headers: Record<string, string>; payload: string }): Promise<{
    readonly statusCode: number;
    readonly headers: Readonly<Record<string, string | number | readonly string[] | undefined>>;
    readonly payload: string;
  }>;
}

/**
 * Embedded mode: the services run in this very app, so a command is injected into the app's own
 * Fastify instance. No socket, but the whole request pipeline (guards, pipes, the problem-details
 * filter) runs as for a REST client.
 */
@Injectable()
export class InProcessCommandGateway implements CommandGateway, OnApplicationBootstrap {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Fails at start-up, not at the first mutation, when the app does not run on Fastify. */
  onApplicationBootstrap(): void {
    this.server();
  }

  async send(command: CommandToSend): Promise<CommandAnswer> {
    const response = await this.server().inject({ method: command.method, url: command.path, headers: requestHeaders(command), payload: JSON.stringify(command.body) });
    return { status: response.statusCode, headers: flatHeaders(response.headers), body: jsonBodyOf(response.payload) };
  }

  private server(): InjectingServer {
    const instance: unknown = this.adapterHost.httpAdapter?.getInstance();
    if (typeof (instance as Partial<InjectingServer> | undefined)?.inject !== 'function') {
      throw new Error('the in-process command gateway needs the Fastify platform (its inject); without it, give commandProviders the service URLs (RENKEI_<SERVICE>_URL)');
    }
    return instance as InjectingServer;
  }
}
