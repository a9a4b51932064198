import type { QuotesMatchCriteriaV1 } from '@renkei/contracts';
import type { DirectoryWorkshop } from './quotes-commands';

/**
 * Every active workshop that offers the process on the material and, when one is
 * required, holds the certification, in directory order. Names are compared
 * without regard to case or surrounding spaces ("SUS304" and "sus304 " are one
 * grade). Size is not part of the criteria, so `maxSizeMm` is not consulted.
 */
export function matchWorkshops(criteria: QuotesMatchCriteriaV1, directory: readonly DirectoryWorkshop[]): string[] {
  const process = normalise(criteria.process);
  const material = normalise(criteria.material);
  const certification = criteria.certification === null ? null : normalise(criteria.certification);
  const matched = directory
    .filter((workshop) => workshop.active)
    .filter((workshop) =>
      workshop.capabilities.some(
        (capability) => normalise(capability.process) === process && capability.materials.some((candidate) => normalise(candidate) === material),
      ),
    )
    .filter((workshop) => certification === null || workshop.validCertifications.some((held) => normalise(held) === certification))
    .map((workshop) => workshop.companyId);
  return [...new Set(matched)];
}

function normalise(name: string): string {
  return name.trim().toLowerCase();
}
