import { Controller, Get, Inject, UseGuards } from '@nestjs/common';
import { asyncApiDocument } from '@renkei/contracts';
import { ApiKeyGuard } from '@renkei/service-kit';

/** Where integrators' Kafka clients connect, as the AsyncAPI document names it (null: a placeholder). */
export const KAFKA_SERVER_URL = Symbol('KafkaServerUrl');

/** `GET /asyncapi.json`: the AsyncAPI 3 contract of every topic and event version, generated from libs/contracts. */
@Controller()
@UseGuards(ApiKeyGuard)
export class AsyncApiController {
  private readonly document: unknown;

  constructor(@Inject(KAFKA_SERVER_URL) serverUrl: string | null) {
    this.document = asyncApiDocument(serverUrl === null ? {} : { serverUrl });
  }

  @Get('asyncapi.json')
  contract(): unknown {
    return this.document;
  }
}
