/** Whose entitlements a query runs with, decided once from the caller (see viewerOf). */
export interface OrderViewer {
  /** The companies whose view the caller has: itself, or for an integrator the companies that granted it access. */
  readonly seesAs: readonly string[];
  /** Prices are for the two parties of an order themselves; never for an integrator acting for one. */
  readonly seesPrices: boolean;
}
