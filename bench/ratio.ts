/**
 * One line of a benchmark that has a reference measured in the same run:
 * the figure, the reference's figure and their ratio (how many times the
 * reference coffeechat costs), then the target.
 *
 * @example compare('people list --json, 10k', 180, 95, 'ms', '≤ 2×') // … coffeechat 180 ms · reference 95 ms · 1.89×  target ≤ 2×
 */
export function compare(
  name: string,
  coffeechat: number,
  reference: number,
  unit: string,
  target: string,
  digits = 0,
): number {
  const ratio = coffeechat / reference
  const figures = `coffeechat ${coffeechat.toFixed(digits)} ${unit} · reference ${reference.toFixed(digits)} ${unit} · ${ratio.toFixed(2)}×`
  console.log(`${name.padEnd(44)} ${figures.padEnd(56)} target ${target}`)
  return ratio
}
