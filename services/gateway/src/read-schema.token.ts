export const READ_SCHEMA = Symbol('ReadSchema');
/**
 * The one lead contractor named in static configuration, if any: the only company that
 * sees work reported before purchase orders existed (step-1 style reports).
 */
export const DEPLOYMENT_LEAD = Symbol('DeploymentLead');
