import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'

/**
 * Checks one record a figure counts (a case, a complaint, a filing, a mediation): its id, its
 * start day, its end day when present — not before the start — and its whole non-negative
 * numbers (days, months, fen). A bad record stops the figure: a count over broken data would
 * look right and be wrong. Internal to the metrics.
 *
 * @param record the record
 * @param where its place in the input, e.g. 'cases[3]', for the error's field
 * @param startKey e.g. 'filedOn'
 * @param endKey e.g. 'closedOn'
 * @param numberKeys the keys holding whole non-negative numbers
 * @throws DomainError 'METRIC_RECORD_INVALID' with field e.g. 'cases[3].closedOn'
 * @example
 * checkMetricRecord({ id: 'a', filedOn: '2021-01-04', closedOn: '2021-01-03' }, 'cases[0]', 'filedOn', 'closedOn', [])
 * // throws: field 'cases[0].closedOn'
 */
export function checkMetricRecord<T extends { id: string }>(
  record: T,
  where: string,
  startKey: keyof T & string,
  endKey: keyof T & string,
  numberKeys: readonly (keyof T & string)[],
): void {
  if (typeof record.id !== 'string' || record.id === '') {
    throw new DomainError('METRIC_RECORD_INVALID', '统计的每一条记录都要有编号', `${where}.id`)
  }
  const start = record[startKey] as unknown as string
  parseCalendarDay(start, `${where}.${startKey}`)
  const end = record[endKey] as unknown as string | undefined
  if (end !== undefined) {
    parseCalendarDay(end, `${where}.${endKey}`)
    if (end < start) throw new DomainError('METRIC_RECORD_INVALID', `结束日不能早于开始日（${start}）`, `${where}.${endKey}`)
  }
  for (const key of numberKeys) {
    const value = record[key] as unknown
    if (value !== undefined && (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)) {
      throw new DomainError('METRIC_RECORD_INVALID', '天数、月数和金额应当是0或正整数', `${where}.${key}`)
    }
  }
}
