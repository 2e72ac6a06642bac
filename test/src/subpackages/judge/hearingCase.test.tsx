import { act, render, waitFor } from '@testing-library/react'
import type { CaseScheduling, Hearing, HearingSlot } from '../../../../src/api/hearings'
import HearingCase from '../../../../src/subpackages/judge/pages/hearing/case/index'
import { click, fakeServer, type SentRequest, text, type } from '../../fakeServer'
import { routerParams } from '../../stubs/taro'

const slot = (date: string, label: string): HearingSlot => ({
  date,
  half: 'am',
  time: '09:00',
  label,
  judgeId: 's-judge-wang',
  judgeName: '王立新法官',
  roomId: 'p-labudalin',
  roomName: '拉布大林巡回审判点',
  roomKind: 'circuit-point',
  address: '拉布大林街道司法所',
  provisional: false,
  notes: [],
})
const hearing = (over: Partial<Hearing> = {}): Hearing => ({
  id: 'h-1',
  caseId: 'f-1',
  date: '2026-12-16',
  half: 'am',
  time: '09:00',
  label: '12月16日（星期三）上午',
  judgeId: 's-judge-wang',
  judgeName: '王立新法官',
  roomId: 'p-labudalin',
  roomName: '拉布大林巡回审判点',
  roomKind: 'circuit-point',
  address: '拉布大林街道司法所',
  status: 'scheduled',
  postponeReason: null,
  postponedAt: null,
  heldAt: null,
  createdAt: '2026-11-26T10:00:00+08:00',
  summons: [
    { partyIdx: 0, name: '张桂兰', side: 'plaintiff', status: 'electronic', documentId: 'd-1', message: '' },
    { partyIdx: 1, name: '王建国', side: 'defendant', status: 'paper', documentId: null, message: '请邮寄或直接送达' },
  ],
  ...over,
})
const scheduling = (over: Partial<CaseScheduling> = {}): CaseScheduling => ({
  caseId: 'f-1',
  caseNumber: '（2026）内0784民初12号',
  procedure: 'simple',
  procedureName: '简易程序',
  filedOn: '2026-11-25',
  trialLimitEnd: '2027-02-25',
  agricultural: true,
  judgeId: 's-judge-wang',
  judgeName: '王立新法官',
  complaint: { servedOn: '2026-11-26', assumed: true },
  agreedPeriods: { evidenceDays: null, defenceDays: null },
  parties: [
    {
      idx: 0,
      side: 'plaintiff',
      sideName: '原告',
      name: '张桂兰',
      hasAccount: true,
      farm: { region: 'ergun', regionName: '额尔古纳', activities: ['小麦收割'], source: 'filing' },
      unavailable: [{ from: '2026-12-21', to: '2026-12-22', reason: '看病' }],
      nearVenues: ['拉布大林巡回审判点'],
      abroad: false,
    },
    { idx: 1, side: 'defendant', sideName: '被告', name: '王建国', hasAccount: false, farm: null, unavailable: [], nearVenues: [], abroad: false },
  ],
  slots: [slot('2026-12-16', '12月16日（星期三）上午'), slot('2026-12-17', '12月17日（星期四）上午')],
  excluded: [{ from: '2026-11-26', to: '2026-12-15', reason: '答辩期内（至12月15日）' }],
  request: null,
  current: null,
  hearings: [],
  venues: [
    { id: 'p-labudalin', name: '拉布大林巡回审判点', kind: 'circuit-point', address: '拉布大林街道司法所' },
    { id: 'r-1', name: '第一法庭', kind: 'courtroom', address: '法院' },
  ],
  judges: [{ id: 's-judge-wang', name: '王立新法官' }],
  ...over,
})

let data: CaseScheduling
let sent: SentRequest[]
beforeEach(() => {
  routerParams.id = 'f-1'
  data = scheduling()
  sent = fakeServer((req) => {
    if (req.method === 'GET' && req.path === '/hearings/cases/f-1') return { body: data }
    if (req.path === '/hearings/cases/f-1/hearings') {
      data = { ...data, current: hearing() }
      return { body: { hearing: hearing(), warnings: ['王建国未使用小程序'] } }
    }
    if (req.path === '/hearings/cases/f-1/requests')
      return {
        body: (data = { ...data, request: { id: 'hr-1', status: 'open', requestedAt: '2026-11-27T09:00:00+08:00', requestedBy: '王立新', answers: [] } }),
      }
    if (req.method === 'PUT' && req.path === '/hearings/cases/f-1/agreed-periods') {
      const body = req.body as { evidenceDays?: number; defenceDays?: number }
      data = { ...data, agreedPeriods: { evidenceDays: body.evidenceDays ?? null, defenceDays: body.defenceDays ?? null } }
      return { body: data }
    }
    if (req.path === '/hearings/h-1/postpone') {
      const postponed = hearing({ status: 'postponed', postponeReason: (req.body as { reason: string }).reason })
      data = { ...data, current: null, hearings: [postponed] }
      return { body: postponed }
    }
    return undefined
  })
})
afterAll(() => delete routerParams.id)

const open = async () => {
  render(<HearingCase />)
  await waitFor(() => expect(text()).toContain('（2026）内0784民初12号'))
}
const posts = () => sent.filter((r) => r.method === 'POST').map((r) => ({ path: r.path, body: r.body }))

describe('排期 page of one case', () => {
  it('shows the trial limit, the defence period and each party’s farm season and busy days', async () => {
    await open()
    expect(text()).toContain('简易程序：11月25日立案，审限至2月25日')
    expect(text()).toContain('答辩期内（至12月15日）（起诉状副本尚未全部送达，按最晚送达日推算）')
    expect(document.getElementById('hparty-0')?.textContent).toBe(
      '原告：张桂兰农忙：额尔古纳，小麦收割（立案时填写）不便日期：12月21日至12月22日附近的巡回审判点：拉布大林巡回审判点',
    )
    expect(document.getElementById('hparty-1')?.textContent).toBe('被告：王建国（未使用小程序）没有填写农忙信息')
  })

  it('books a suggested half-day in the room chosen and says how each summons went', async () => {
    await open()
    click('venue-r-1')
    expect(document.querySelector('#suggestion-1')?.textContent).toContain('第一法庭，王立新法官')
    await act(async () => click('book-slot-1'))
    expect(posts()).toEqual([{ path: '/hearings/cases/f-1/hearings', body: { date: '2026-12-17', half: 'am', judgeId: 's-judge-wang', roomId: 'r-1' } }])
    await waitFor(() => expect(document.getElementById('current-hearing')).not.toBeNull())
    expect(document.getElementById('hearing-banner')?.textContent).toBe(
      '已定于12月16日（星期三）上午在拉布大林巡回审判点开庭。传票：张桂兰已电子送达；王建国需纸质送达（见下方说明）。请注意：王建国未使用小程序',
    )
    expect(document.getElementById('summons-1')?.textContent).toBe('传票 → 王建国：需纸质送达。请邮寄或直接送达')
    expect(document.getElementById('suggestions')).toBeNull()
  })

  it('asks the parties to choose, then waits for their answers', async () => {
    await open()
    await act(async () => click('ask-parties'))
    await waitFor(() => expect(document.getElementById('answers')).not.toBeNull())
    expect(text()).toContain('已于11月27日请当事人选择')
    expect(document.getElementById('answer-1')?.textContent).toBe('被告：王建国还没有回复（未使用小程序，请电话联系）')
  })

  it('postpones a hearing only with a statutory ground, a note required for 其他', async () => {
    data = scheduling({ current: hearing() })
    await open()
    click('postpone-open')
    const submit = () => document.getElementById('postpone-submit') as HTMLButtonElement
    expect(submit().disabled).toBe(true)
    click('ground-3')
    expect(submit().disabled).toBe(true)
    type('postpone-detail', '审判员临时出差')
    expect(submit().disabled).toBe(false)
    click('ground-0')
    await act(async () => click('postpone-submit'))
    expect(posts()).toEqual([{ path: '/hearings/h-1/postpone', body: { reason: '当事人和其他诉讼参与人有正当理由没有到庭：审判员临时出差' } }])
    await waitFor(() => expect(document.getElementById('history')).not.toBeNull())
    expect(document.getElementById('hearing-banner')?.textContent).toBe('已延期：原定12月16日（星期三）上午的开庭取消，已短信通知当事人。请重新排期。')
    expect(text()).toContain('延期理由：当事人和其他诉讼参与人有正当理由没有到庭：审判员临时出差')
  })

  it('offers 记为已开庭 only from the hearing day on', async () => {
    data = scheduling({ current: hearing({ date: '2099-12-16' }) })
    await open()
    expect(document.getElementById('held-btn')).toBeNull()
    expect(document.getElementById('postpone-open')).not.toBeNull()
  })
})

describe('小额诉讼: the periods agreed with the parties', () => {
  const puts = () => sent.filter((r) => r.method === 'PUT').map((r) => ({ path: r.path, body: r.body }))

  it('is offered only in small claims', async () => {
    await open()
    expect(document.getElementById('agreed-periods')).toBeNull()
  })

  it('shows what applies, records the agreed days, and clears them', async () => {
    data = scheduling({ procedure: 'small-claims', procedureName: '小额诉讼程序两个月' })
    await open()
    expect(document.getElementById('agreed-evidence')?.textContent).toBe('举证期限：没有约定（举证通知书写七日）')
    expect(document.getElementById('agreed-defence')?.textContent).toBe('答辩期间：没有约定（十五日）')
    click('agreed-edit')
    type('field-agreedEvidence', '3')
    type('field-agreedDefence', '0')
    await act(async () => click('agreed-save'))
    expect(puts()).toEqual([{ path: '/hearings/cases/f-1/agreed-periods', body: { evidenceDays: 3, defenceDays: 0 } }])
    await waitFor(() => expect(document.getElementById('agreed-defence')?.textContent).toBe('答辩期间：双方表示不需要答辩期间，可以立即开庭'))
    expect(document.getElementById('agreed-evidence')?.textContent).toBe('举证期限：约定3日')
    expect(document.getElementById('hearing-banner')?.textContent).toContain('已记录约定的期限')
    click('agreed-edit')
    await act(async () => click('agreed-clear'))
    expect(puts()[1]).toEqual({ path: '/hearings/cases/f-1/agreed-periods', body: {} })
    await waitFor(() => expect(document.getElementById('agreed-defence')?.textContent).toBe('答辩期间：没有约定（十五日）'))
  })

  it('says when a defendant lives abroad and has thirty days to answer', async () => {
    data = scheduling()
    data.parties[1] = { ...data.parties[1], abroad: true }
    await open()
    expect(document.getElementById('hparty-1')?.textContent).toContain('在境外（在中国境内没有住所）：答辩期三十日')
  })
})
