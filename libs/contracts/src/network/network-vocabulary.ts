/** Roles a member company can hold in the network; a credential acts in exactly one of them. */
export const NETWORK_COMPANY_ROLES = ['lead', 'workshop', 'integrator', 'coordinator'] as const;
export type NetworkCompanyRole = (typeof NETWORK_COMPANY_ROLES)[number];

/** Manufacturing processes a workshop can offer, and a certification can be scoped to. */
export const NETWORK_PROCESSES = [
  'machining',
  'turning',
  'milling',
  'sheet-metal',
  'welding',
  'plating',
  'painting',
  'heat-treatment',
  'assembly',
  'inspection',
] as const;
export type NetworkProcess = (typeof NETWORK_PROCESSES)[number];

/** `standard`: a quality/process certificate renewed yearly; `instructor`: a person-bound qualification with a long, fixed term. */
export const NETWORK_CERTIFICATION_KINDS = ['standard', 'instructor'] as const;
export type NetworkCertificationKind = (typeof NETWORK_CERTIFICATION_KINDS)[number];

/** Company and consortium ids are slugs: they appear in stream ids, URLs and Kafka keys. */
export const NETWORK_SLUG_PATTERN = '^[a-z0-9][a-z0-9-]{1,62}$';
/** Certification and credential ids: chosen or generated at the edge (a UUID fits). */
export const NETWORK_RECORD_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';
/** Shape of an IANA time zone name (Asia/Tokyo, America/Argentina/Buenos_Aires, UTC); the zone database itself is not consulted. */
export const NETWORK_TIME_ZONE_PATTERN = '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9][A-Za-z0-9_+-]*){0,2}$';
/** A SHA-256 digest in lower-case hex; the secret itself never reaches the backbone's events. */
export const NETWORK_SHA256_HEX_PATTERN = '^[0-9a-f]{64}$';
/**
 * What a company may open to an integrator of its choosing: its orders, its share of BOMs, its work.
 * Quotes are never among them: they are prices, and prices stay between the two parties.
 */
export const NETWORK_INTEGRATOR_SCOPES = ['orders', 'bom', 'work'] as const;
export type NetworkIntegratorScope = (typeof NETWORK_INTEGRATOR_SCOPES)[number];
