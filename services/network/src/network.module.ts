import { Module } from '@nestjs/common';
import { CertificationsController } from './certifications.controller';
import { CompaniesController } from './companies.controller';
import { CredentialsController } from './credentials.controller';
import { DirectoryController } from './directory.controller';
import { IntegratorGrantsController } from './integrator-grants.controller';

/** The network context's HTTP API (member directory, credentials, integrator grants). Needs EVENT_STORE, AUTHENTICATOR and DIRECTORY. */
@Module({ controllers: [DirectoryController, CompaniesController, CertificationsController, CredentialsController, IntegratorGrantsController] })
export class NetworkModule {}
