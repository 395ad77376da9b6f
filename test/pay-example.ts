/** Pay as an explorer jots it down, and the entry coffeechat reads from it. */
export const juniorBerlinPay = {
  text: '60000-75000 EUR/year junior Berlin 2026',
  entry: {
    low: 60000,
    high: 75000,
    currency: 'EUR',
    period: 'year',
    level: 'junior',
    location: 'Berlin',
    year: 2026,
  },
} as const
