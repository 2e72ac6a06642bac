/**
 * A rate as the figures report it: the plain fraction `numerator / denominator`, unrounded (the
 * screen rounds to two decimals of a percent), or null when the denominator is 0 — a figure with
 * nothing to count is shown as “—”, never as 0 % or 100 %.
 *
 * @param numerator a count or an amount
 * @param denominator a count or an amount, ≥ 0
 * @returns the fraction, or null
 * @example
 * ratio(20122, 24951) // 0.80646…
 * ratio(0, 0) // null
 */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator
}
