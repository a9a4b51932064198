import { Inject, Injectable, type OnModuleInit, type Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { AUTHENTICATOR, DIRECTORY, type Authenticator, type MemberDirectory } from '@renkei/service-kit';
import { AnswerCache } from './answer-cache';
import { installAnswerCaching } from './answer-caching';

export { AnswerCache, type AnswerCacheStats } from './answer-cache';
export { answerCachePlugin } from './answer-cache.plugin';
export { ticketOf, type AnswerTicket } from './answer-ticket';

/** 32 M characters: up to about 64 MB of answers, some twenty 1,000-node trees per viewer for a few dozen viewers. */
export const DEFAULT_ANSWER_CACHE_CHARS = 32 * 1024 * 1024;

/** Installs the answer cache's hooks on the gateway's Fastify instance. */
@Injectable()
export class AnswerCaching implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly cache: AnswerCache,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
  ) {}

  onModuleInit(): void {
    installAnswerCaching(this.adapterHost.httpAdapter.getInstance<FastifyInstance>(), {
      path: '/graphql',
      cache: this.cache,
      authenticator: this.authenticator,
      directory: this.directory,
    });
  }
}

export function answerCacheProviders(maxChars: number): Provider[] {
  return [{ provide: AnswerCache, useFactory: () => new AnswerCache({ maxChars }) }, AnswerCaching];
}
