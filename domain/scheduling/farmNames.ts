import { FARM_CONFIDENCE_LABELS, type FarmCalendarRow, type FarmConfidence, farmCalendarRows } from './farmCalendar'

/** Shown for a region or an activity the shipped calendar does not know: a plain word, never the id. */
export const UNKNOWN_FARM_REGION = '其他地区'
export const UNKNOWN_FARM_ACTIVITY = '其他农事'

/**
 * A filing's 涉农 choice in words: the region's name and its activities' names, as the calendar
 * calls them.
 *
 * @param farm the filing's `farm` (`region` and `activities` ids), or undefined when none was chosen
 * @returns e.g. '额尔古纳，小麦收割、打草'; '未选择农事地区' when nothing was chosen
 * @example farmChoiceText({ region: 'ergun', activities: ['wheat-harvest'] }) // '额尔古纳，小麦收割'
 */
export function farmChoiceText(farm: { region: string; activities: readonly string[] } | null | undefined): string {
  if (!farm) return '未选择农事地区'
  const rows = farmCalendarRows().filter((r) => r.region === farm.region)
  const regionName = rows[0]?.regionName ?? UNKNOWN_FARM_REGION
  const names = farm.activities.map((a) => rows.find((r) => r.activity === a)?.activityName ?? UNKNOWN_FARM_ACTIVITY)
  return names.length > 0 ? `${regionName}，${[...new Set(names)].join('、')}` : regionName
}

/**
 * The shipped calendar's source notes in Chinese. The data keeps the researcher's notes as written
 * (they point back to farm-calendars.md); this is what a court's staff reads.
 */
const SOURCE_NOTES: Readonly<Record<string, string>> = {
  'region-level (Hulunbuir), est.': '按呼伦贝尔全市情况估计',
  'peak confirmed (拉布大林农场 harvest, 8/20), edges est.': '高峰期已核实（拉布大林农场8月20日开镰），起止日为估计',
  unconfirmed: '未找到可靠来源',
  'confirmed (Xinhua 2025, Hulunbuir)': '已核实（新华社2025年呼伦贝尔报道）',
  'confirmed (陈巴尔虎旗)': '已核实（陈巴尔虎旗）',
  'confirmed (新巴尔虎左旗: move 6/1), edges est.': '已核实（新巴尔虎左旗6月1日转场），起止日为估计',
  confirmed: '已核实',
  'zone-level': '按所在农区估计',
  '2014 report, edges est.': '据2014年报道，起止日为估计',
}

const LATIN = /[A-Za-z]/

/**
 * The source of a farm calendar window in Chinese, for the admin page. A note the table does not
 * know falls back to its confidence in words, unless it is already free of Latin letters (a court's
 * own Chinese note).
 *
 * @param row a calendar row's `source` and `confidence`
 * @example farmSourceNote({ source: '2014 report, edges est.', confidence: 'estimated' }) // '据2014年报道，起止日为估计'
 */
export function farmSourceNote(row: Pick<FarmCalendarRow, 'source'> & { confidence: FarmConfidence | string }): string {
  if (Object.prototype.hasOwnProperty.call(SOURCE_NOTES, row.source)) return SOURCE_NOTES[row.source]
  if (!LATIN.test(row.source)) return row.source
  return (FARM_CONFIDENCE_LABELS as Record<string, string>)[row.confidence] ?? '来源未注明'
}
