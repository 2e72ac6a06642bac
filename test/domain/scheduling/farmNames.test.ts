import { farmCalendarRows } from '../../../domain/scheduling/farmCalendar'
import { farmChoiceText, farmSourceNote, UNKNOWN_FARM_ACTIVITY, UNKNOWN_FARM_REGION } from '../../../domain/scheduling/farmNames'

describe('farmChoiceText', () => {
  it.each([
    ['one activity', { region: 'ergun', activities: ['wheat-harvest'] }, '额尔古纳，小麦收割'],
    ['two activities', { region: 'ergun', activities: ['wheat-harvest', 'haymaking'] }, '额尔古纳，小麦收割、打草'],
    ['a pastoral region', { region: 'hulunbuir-pastoral', activities: ['lambing'] }, '呼伦贝尔牧区，接羔'],
    ['no activity chosen', { region: 'ordos', activities: [] }, '鄂尔多斯'],
    ['an unknown region', { region: 'atlantis', activities: ['wheat-harvest'] }, `${UNKNOWN_FARM_REGION}，${UNKNOWN_FARM_ACTIVITY}`],
    ['an activity of another region', { region: 'northeast', activities: ['lambing', 'spring-sowing'] }, `东北，${UNKNOWN_FARM_ACTIVITY}、春播、水稻插秧`],
    ['two unknown activities said once', { region: 'ergun', activities: ['x', 'y'] }, `额尔古纳，${UNKNOWN_FARM_ACTIVITY}`],
    ['nothing chosen', undefined, '未选择农事地区'],
  ])('%s', (_label, farm, words) => {
    expect(farmChoiceText(farm)).toBe(words)
  })
})

describe('farmSourceNote', () => {
  it.each([
    ['a known English note', { source: '2014 report, edges est.', confidence: 'estimated' }, '据2014年报道，起止日为估计'],
    ['a plain confirmed', { source: 'confirmed', confidence: 'confirmed' }, '已核实'],
    ['an unknown English note falls back to the confidence', { source: 'FAO brief', confidence: 'zone-level' }, '按农区估计'],
    ['an unknown confidence too', { source: 'FAO brief', confidence: 'guess' }, '来源未注明'],
    ['a Chinese note as written', { source: '本院2027年调查', confidence: 'confirmed' }, '本院2027年调查'],
  ])('%s', (_label, row, words) => {
    expect(farmSourceNote(row)).toBe(words)
  })

  it('gives every shipped window a source note without Latin letters', () => {
    for (const r of farmCalendarRows()) expect(farmSourceNote(r)).toMatch(/^[^A-Za-z]+$/)
  })
})
