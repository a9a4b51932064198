import type { CompanyModel } from './company.model';
import type { PublicCompanyProfile } from './company.query';

/** Every field picked by name: nothing added to the row later reaches a client by accident. */
export function toCompanyModel(company: PublicCompanyProfile): CompanyModel {
  return {
    companyId: company.companyId,
    name: company.legalName,
    roles: [...company.roles],
    capabilities: company.capabilities.map(({ process, materials, maxSizeMm }) => ({
      process,
      materials: [...materials],
      maxSizeMm: maxSizeMm === null ? null : { x: maxSizeMm.x, y: maxSizeMm.y, z: maxSizeMm.z },
    })),
    certifications: company.certifications.map(({ name, kind, scopeProcess, validUntil }) => ({ name, kind, scopeProcess, validUntil: new Date(validUntil) })),
    consortia: [...company.consortia],
  };
}
