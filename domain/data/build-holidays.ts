/**
 * Generates domain/data/holidays.json, the compact holiday table the domain ships with.
 *
 *   npx tsx domain/data/build-holidays.ts > domain/data/holidays.json
 *
 * Why not import chinese-days at run time: it adds ~24 KB minified to the mini-program and its
 * lunar and solar-term functions answer by the device's time zone (under America/Los_Angeles it
 * puts 2027 春节 on 02-07 instead of 02-06). Here it runs once, pinned to Asia/Shanghai, and the
 * output (~5 KB) is checked in.
 *
 * Sources: chinese-days 1.5.7 (MIT), which transcribes the State Council General Office's yearly
 * notices (国务院办公厅关于部分节假日安排的通知) for 2004–2026; for later years, 除夕 (day before
 * lunar 1/1), 端午 (lunar 5/5), 中秋 (lunar 8/15) by its lunar conversion and 清明 by its
 * solar-term table, up to 2100 where its lunar table ends.
 *
 * This file is a build-time tool: nothing in the domain imports it.
 */

// Must be set before chinese-days is loaded: its lunar code reads local-time date parts.
process.env.TZ = 'Asia/Shanghai'

const LAST_FESTIVAL_YEAR = 2100

/** chinese-days' short names → the names the State Council notices and our UI use. */
const NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' }

type DayMap = Record<string, string>

/** 'name:MMDD-MMDD MMDD;name:…' — consecutive days of one name collapse into a range. */
function encode(days: Array<[string, string]>): string {
  const byName = new Map<string, string[]>()
  for (const [date, name] of days.sort(([a], [b]) => a.localeCompare(b))) {
    const list = byName.get(name) ?? []
    list.push(date)
    byName.set(name, list)
  }
  const groups: string[] = []
  for (const [name, dates] of byName) {
    const specs: string[] = []
    let start = dates[0]
    let prev = dates[0]
    const flush = () => specs.push(start === prev ? mmdd(start) : `${mmdd(start)}-${mmdd(prev)}`)
    for (const date of dates.slice(1)) {
      if (nextDay(prev) === date) {
        prev = date
        continue
      }
      flush()
      start = date
      prev = date
    }
    flush()
    groups.push(`${name}:${specs.join(' ')}`)
  }
  return groups.join(';')
}

const mmdd = (date: string) => date.slice(5, 7) + date.slice(8, 10)

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  const t = Date.UTC(y, m - 1, d + 1)
  return new Date(t).toISOString().slice(0, 10)
}

function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10)
}

async function main() {
  const cd = await import('chinese-days')
  const data = (await import('chinese-days/dist/chinese-days.json')) as unknown as {
    holidays: DayMap
    workdays: DayMap
  }
  // Guard against a time-zone slip: 2026 春节 (lunar 1/1) is 2026-02-17.
  if (cd.getSolarDateFromLunar('2026-01-01').date !== '2026-02-17') {
    throw new Error('chinese-days lunar conversion is off; run with TZ=Asia/Shanghai')
  }

  const published: Record<string, { holidays: string; makeupWorkdays: string }> = {}
  const collect = (map: DayMap, year: string) =>
    Object.entries(map)
      .filter(([date]) => date.startsWith(year))
      .map(([date, v]): [string, string] => {
        const short = v.split(',')[1]
        return [date, NAMES[short] ?? short]
      })
  const years = [...new Set(Object.keys(data.holidays).map((d) => d.slice(0, 4)))].sort()
  for (const year of years) {
    published[year] = {
      holidays: encode(collect(data.holidays, year)),
      makeupWorkdays: encode(collect(data.workdays, year)),
    }
  }

  const festivalsFrom = Number(years[years.length - 1]) + 1
  const festivals: string[] = []
  for (let y = festivalsFrom; y <= LAST_FESTIVAL_YEAR; y++) {
    const springEve = dayBefore(cd.getSolarDateFromLunar(`${y}-01-01`).date)
    const qingming = cd.getSolarTermDate(y, 4, 'pure_brightness')
    const duanwu = cd.getSolarDateFromLunar(`${y}-05-05`).date
    const midAutumn = cd.getSolarDateFromLunar(`${y}-08-15`).date
    for (const d of [springEve, qingming, duanwu, midAutumn]) {
      if (!d.startsWith(String(y))) throw new Error(`festival ${d} outside ${y}`)
    }
    festivals.push([springEve, qingming, duanwu, midAutumn].map(mmdd).join(' '))
  }

  const out = {
    source:
      'chinese-days 1.5.7 (MIT): 国务院办公厅关于部分节假日安排的通知 2004–2026; festivals = 除夕 清明 端午 中秋 (MMDD) per year from festivalsFrom, by lunar conversion and the 清明 solar term, Asia/Shanghai. Regenerate: npx tsx domain/data/build-holidays.ts > domain/data/holidays.json',
    published,
    festivalsFrom,
    festivals,
  }
  // One published year per line keeps diffs of a new year's notice readable.
  process.stdout.write(`${JSON.stringify(out).replace(/("\d{4}":)/g, '\n$1')}\n`)
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`)
  process.exitCode = 1
})
