import { Module } from '@nestjs/common';
import { BomController } from './bom.controller';

/** The bom-exchange context's HTTP API. Needs EVENT_STORE, AUTHENTICATOR and DIRECTORY from the composing app. */
@Module({ controllers: [BomController] })
export class BomExchangeModule {}
