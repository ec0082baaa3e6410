/** The shop's name on receipts and reports. */
export const SHOP_NAME = 'Kantuta';
