import { Module } from '@nestjs/common';
import { CertificationsController } from './certifications.controller';
import { CompaniesController } from './companies.controller';
import { CredentialsController } from './credentials.controller';
import { DirectoryController } from './directory.controller';

/** The network context's HTTP API (member directory, credentials). Needs EVENT_STORE, AUTHENTICATOR and DIRECTORY. */
@Module({ controllers: [DirectoryController, CompaniesController, CertificationsController, CredentialsController] })
export class NetworkModule {}
