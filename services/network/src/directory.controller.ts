import { Controller, Get, Header, Inject, UseGuards } from '@nestjs/common';
import { ApiKeyGuard, DIRECTORY, type MemberDirectory } from '@renkei/service-kit';

/** The public face of the network: which workshops exist, what they can do, which certifications are valid now. */
@Controller('v1/directory')
@UseGuards(ApiKeyGuard)
export class DirectoryController {
  constructor(@Inject(DIRECTORY) private readonly directory: MemberDirectory) {}

  @Get('workshops')
  @Header('Cache-Control', 'private, max-age=0')
  workshops() {
    const at = new Date();
    // Picked by name: contact details, credentials and certification history stay private to the company.
    const workshops = this.directory
      .workshopsAt(at)
      .map(({ companyId, capabilities, validCertifications }) => ({ companyId, capabilities, validCertifications }))
      .sort((a, b) => (a.companyId < b.companyId ? -1 : a.companyId > b.companyId ? 1 : 0));
    return { at: at.toISOString(), workshops };
  }
}
