import type { ClosureMode } from '../enforcement/types'
import type { MetricClosure } from './types'

const NAMES: Readonly<Record<ClosureMode, MetricClosure>> = {
  performed: 'performed',
  'terminated-for-now': 'terminated-this-round',
  terminated: 'terminated',
  cancelled: 'withdrawn',
  'not-enforced': 'not-enforced',
  rejected: 'rejected',
}

/**
 * The closure mode of a case file ({@link ClosureMode}) in the words the figures use
 * ({@link MetricClosure}): the same six modes of 《执行工作规定》第六十四条, two of them named apart
 * (终结本次执行程序 'terminated-for-now' → 'terminated-this-round', 销案 'cancelled' → 'withdrawn').
 *
 * @param mode a case file's closure mode
 * @returns the figures' name for it
 * @example
 * metricClosureOf('terminated-for-now') // 'terminated-this-round'
 */
export function metricClosureOf(mode: ClosureMode): MetricClosure {
  return NAMES[mode]
}
