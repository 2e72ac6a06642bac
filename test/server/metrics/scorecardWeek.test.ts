import { byTeamName } from '../../../server/services/metrics/scorecard/scorecards'
import { scorecardWeek } from '../../../server/services/metrics/scorecard/scorecardWeek'

describe('scorecardWeek: Monday to Sunday, numbered as ISO 8601', () => {
  it.each([
    ['a Wednesday', '2021-10-27', '2021-10-25', '2021-10-31', '2021年第43周（10月25日至10月31日）', '2021-01-01'],
    ['the Monday itself', '2021-10-25', '2021-10-25', '2021-10-31', '2021年第43周（10月25日至10月31日）', '2021-01-01'],
    ['the Sunday itself', '2021-10-31', '2021-10-25', '2021-10-31', '2021年第43周（10月25日至10月31日）', '2021-01-01'],
    ['1 January 2021 belongs to week 53 of 2020', '2021-01-01', '2020-12-28', '2021-01-03', '2020年第53周（12月28日至1月3日）', '2021-01-01'],
    ['31 December 2024 is in week 1 of 2025', '2024-12-31', '2024-12-30', '2025-01-05', '2025年第1周（12月30日至1月5日）', '2025-01-01'],
    ['a leap day', '2024-02-29', '2024-02-26', '2024-03-03', '2024年第9周（2月26日至3月3日）', '2024-01-01'],
  ])('%s', (_label, day, weekFrom, weekTo, weekText, figuresFrom) => {
    expect(scorecardWeek(day)).toEqual({ weekFrom, weekTo, weekText, figuresFrom })
  })
})

describe('byTeamName: teams by name, numbers read as numbers', () => {
  it.each([
    ['一 before 二 (not by pinyin)', ['执行二组', '执行一组'], ['执行一组', '执行二组']],
    ['十 after 九, 十一 after 十', ['执行十一组', '执行十组', '执行九组'], ['执行九组', '执行十组', '执行十一组']],
    ['other names by pinyin', ['综合组', '执行一组', '保全组'], ['保全组', '执行一组', '综合组']],
  ])('%s', (_label, names, expected) => {
    expect([...names].sort(byTeamName)).toEqual(expected)
  })
})
