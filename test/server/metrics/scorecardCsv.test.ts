import type { FigureView, ScorecardsReply, TeamScorecard } from '../../../contract/metrics'
import { enforcementMetrics } from '../../../domain/metrics/enforcementMetrics'
import { scorecardsCsv } from '../../../server/services/metrics/scorecardCsv'

const counts = enforcementMetrics({ from: '2021-01-01', to: '2021-10-31', cases: [], complaints: [] })
const figure = (over: Partial<FigureView>): FigureView => ({
  figure: 'closureRate',
  name: '执结率',
  value: 0.8065,
  numerator: 20122,
  denominator: 24951,
  text: '80.65%',
  detail: '结案20,122件 / 受理24,951件',
  unit: 'rate',
  band: null,
  position: 'no-data',
  positionText: '未设目标区间',
  explainable: true,
  ...over,
})
const team = (over: Partial<TeamScorecard>): TeamScorecard => ({
  teamId: 't1',
  teamName: '执行一团队',
  members: '张法官（法官）、李助理（法官助理）',
  workload: 120,
  received: 9,
  closedThisWeek: 11,
  overdueNodes: 3,
  counts,
  figures: [
    figure({}),
    figure({ figure: 'withinLimitRate', name: '有财产可供执行案件法定期限内结案率', text: '89.49%', positionText: '低于目标区间（不低于90.00%）' }),
  ],
  ...over,
})
const reply: ScorecardsReply = {
  court: { id: 'c-ordos', name: '鄂尔多斯市中级人民法院' },
  weekFrom: '2021-10-25',
  weekTo: '2021-10-31',
  weekText: '2021年第43周（10月25日至10月31日）',
  figuresFrom: '2021-01-01',
  // Given in the court's order of teams; the better figures of the second must not move it up.
  teams: [team({}), team({ teamId: 't2', teamName: '=执行"二"团队, 东胜', workload: 80, figures: [figure({ text: '95.00%' })] })],
  notice: '质量指标用于分析研判，不排名、不通报',
}

describe('scorecardsCsv: the weekly team scorecards for Excel', () => {
  const csv = scorecardsCsv(reply)
  const lines = csv.slice(1).trimEnd().split('\r\n')

  it('starts with the UTF-8 byte-order mark and ends lines with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it('names the court and the week, then Chinese headers with each figure and its band position', () => {
    expect(lines[0]).toBe('鄂尔多斯市中级人民法院执行团队周报,2021年第43周（10月25日至10月31日）,指标统计期间：2021-01-01至2021-10-31')
    expect(lines[1]).toBe(
      '团队,成员,在办案件,本周收案,本周结案,超期节点,执结率,执结率与目标区间,有财产可供执行案件法定期限内结案率,有财产可供执行案件法定期限内结案率与目标区间',
    )
  })

  it('keeps the teams in the given order, with a dash for a figure a team lacks', () => {
    expect(lines[2]).toBe('执行一团队,张法官（法官）、李助理（法官助理）,120,9,11,3,80.65%,未设目标区间,89.49%,低于目标区间（不低于90.00%）')
    expect(lines[3].endsWith(',80,9,11,3,95.00%,未设目标区间,—,暂无数据')).toBe(true)
  })

  it('quotes commas and quotes, and defuses a name a spreadsheet would run as a formula', () => {
    expect(lines[3].startsWith(`"'=执行""二""团队, 东胜",`)).toBe(true)
  })

  it('closes with the notice that the figures are not ranked', () => {
    expect(lines[lines.length - 1]).toBe('质量指标用于分析研判，不排名、不通报')
  })
})
