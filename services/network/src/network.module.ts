import { Module, type DynamicModule } from '@nestjs/common';
import { CertificationsController } from './certifications.controller';
import { CompaniesController } from './companies.controller';
import { CredentialsController } from './credentials.controller';
import { DirectoryController } from './directory.controller';
import { IntegratorGrantsController } from './integrator-grants.controller';
import { LINK_SIGNING_KEY } from './link-signing-key.token';
import { PhoneLinksController } from './phone-links.controller';

export interface NetworkModuleOptions {
  /** Signs workshops' phone links; at least 32 characters. */
  readonly linkSigningKey: string;
}

/** The network context's HTTP API (member directory, credentials, integrator grants, phone links). Needs EVENT_STORE, AUTHENTICATOR and DIRECTORY. */
@Module({ controllers: [DirectoryController, CompaniesController, CertificationsController, CredentialsController, IntegratorGrantsController, PhoneLinksController] })
export class NetworkModule {
  static forRoot(options: NetworkModuleOptions): DynamicModule {
    return { module: NetworkModule, providers: [{ provide: LINK_SIGNING_KEY, useValue: options.linkSigningKey }] };
  }
}
