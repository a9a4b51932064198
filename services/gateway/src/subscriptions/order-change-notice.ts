/** One NOTIFY on the order-changed channel: which order, and the trace context of the change. */
export interface OrderChangeNotice {
  readonly orderId: string;
  readonly traceparent: string | undefined;
}

/**
 * Reads `{"orderId":…,"traceparent":…}`, or a bare order id as earlier versions sent (an older
 * gateway may still be projecting during a rolling update). Anything else is no notice.
 */
export function parseOrderChangeNotice(payload: string | undefined): OrderChangeNotice | undefined {
  if (payload === undefined || payload.length === 0) return undefined;
  if (!payload.startsWith('{')) return { orderId: payload, traceparent: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const { orderId, traceparent } = (parsed ?? {}) as { orderId?: unknown; traceparent?: unknown };
  if (typeof orderId !== 'string' || orderId.length === 0) return undefined;
  return { orderId, traceparent: typeof traceparent === 'string' ? traceparent : undefined };
}
