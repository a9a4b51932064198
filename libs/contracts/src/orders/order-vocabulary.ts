/** Order, shipment, change, BOM product and BOM node ids: what a buyer's ERP or a phone form can type without escaping. */
export const ORDER_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';
/** Companies are member slugs, the same shape as the network context's company ids. */
export const ORDER_COMPANY_ID_PATTERN = '^[a-z0-9][a-z0-9-]{1,62}$';
/** Calendar dates travel as YYYY-MM-DD (no time zone: a due date is a day at the receiving site). */
export const ORDER_DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
/** Money is a decimal string, never a float: 12.345 stays 12.345 from ERP to ERP. */
export const ORDER_DECIMAL_PATTERN = '^[0-9]{1,15}(\\.[0-9]{1,6})?$';
/** ISO 4217 alphabetic currency code. */
export const ORDER_CURRENCY_PATTERN = '^[A-Z]{3}$';
/** Pieces per line: far above any real job, low enough to stay an exact JSON integer. */
export const ORDER_MAX_QUANTITY = 10_000_000;
