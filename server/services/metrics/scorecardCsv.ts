import type { ScorecardsReply } from '../../../contract/metrics'

/** Excel and WPS read a CSV as UTF-8 only when it starts with the byte-order mark. */
const BOM = '\uFEFF'

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180, quotes doubled); a
 * value starting with = + - @ gets a leading apostrophe so a spreadsheet shows it instead of
 * running it as a formula (a team name is typed by staff).
 */
function field(value: string | number): string {
  let s = String(value)
  if (typeof value === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * The weekly team scorecards as a CSV for Excel: UTF-8 with BOM, Chinese headers, one row per team
 * in the reply's order (the court's order of teams, never by result: the figures are for analysis,
 * not for ranking), each figure as shown on screen with where it stands against its band. A first
 * line names the court, the week and the period of the figures; the notice on ranking closes the
 * file. Lines end with CRLF, as Excel writes them.
 *
 * @param reply the scorecards of one court and week (GET /court/metrics/scorecards)
 * @returns the file's text
 * @example scorecardsCsv(reply).split('\r\n')[1] // → '团队,成员,在办案件,本周收案,本周结案,超期节点,执结率,执结率与目标区间,…'
 */
export function scorecardsCsv(reply: ScorecardsReply): string {
  // Figures by their id, in the order the first team that has each lists them.
  const figures: { figure: string; name: string }[] = []
  for (const team of reply.teams)
    for (const f of team.figures) if (!figures.some((g) => g.figure === f.figure)) figures.push({ figure: f.figure, name: f.name })
  const header = ['团队', '成员', '在办案件', '本周收案', '本周结案', '超期节点', ...figures.flatMap((f) => [f.name, `${f.name}与目标区间`])]
  const rows = reply.teams.map((t) => [
    t.teamName,
    t.members,
    t.workload,
    t.received,
    t.closedThisWeek,
    t.overdueNodes,
    ...figures.flatMap((f) => {
      const v = t.figures.find((x) => x.figure === f.figure)
      return v ? [v.text, v.positionText] : ['—', '暂无数据']
    }),
  ])
  const title = [`${reply.court.name}执行团队周报`, reply.weekText, `指标统计期间：${reply.figuresFrom}至${reply.weekTo}`]
  const lines = [title, header, ...rows, [reply.notice]].map((cells) => cells.map(field).join(','))
  return `${BOM}${lines.join('\r\n')}\r\n`
}
