import { caseEventName, NAMED_CASE_EVENTS, UNKNOWN_CASE_EVENT } from '../../../domain/cases/caseEventName'

describe('caseEventName', () => {
  it.each([
    ['submitted the first time', 'filing.submitted', '提交立案申请'],
    ['resubmitted after correction', 'filing.resubmitted', '补正后重新提交'],
    ['court asked for correction', 'filing.correction-requested', '法院要求补正'],
    ['court accepted', 'filing.accepted', '法院登记立案'],
    ['court declined', 'filing.declined', '法院裁定不予受理'],
    ['forwarded across regions', 'filing.forwarded', '转交管辖法院'],
    ['documents served', 'service.issued', '法院送达文书'],
    ['documents signed for', 'service.signed', '签收送达文书'],
    ['address confirmed', 'service.address-confirmed', '确认送达地址'],
    ['address changed', 'service.address-changed', '变更送达地址'],
    ['small-claims periods agreed', 'case.periods-agreed', '确定举证期限和答辩期间'],
    ['parties asked to choose a hearing time', 'hearing.requested', '法院请当事人选择开庭时间'],
    ['a party chose a time', 'hearing.answered', '当事人选择开庭时间'],
    ['a party declared busy days', 'hearing.busy-declared', '当事人告知不便到庭的日子'],
    ['hearing scheduled', 'hearing.scheduled', '法院安排开庭'],
    ['hearing postponed', 'hearing.postponed', '开庭延期'],
    ['hearing held', 'hearing.held', '已开庭'],
    ['an action not in the table', 'filing.archived', UNKNOWN_CASE_EVENT],
    ['an empty action', '', UNKNOWN_CASE_EVENT],
    ['a name of Object.prototype', 'toString', UNKNOWN_CASE_EVENT],
  ])('%s: %s → %s', (_label, action, words) => {
    expect(caseEventName(action)).toBe(words)
  })

  it('names every known event in Chinese, with no Latin letters', () => {
    for (const action of NAMED_CASE_EVENTS) expect(caseEventName(action)).toMatch(/^[^A-Za-z]+$/)
  })
})
