/** The deployment's secret that signs workshops' phone links (RENKEI_LINK_SIGNING_KEY, or one the composition root generated). */
export const LINK_SIGNING_KEY = Symbol('LinkSigningKey');
