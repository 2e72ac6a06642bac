import { act, render } from '@testing-library/react'
import EnforcementDetail from '../../../../src/subpackages/enforcement/pages/detail/index'
import { click, fakeServer, text, type } from '../../fakeServer'
import { routerParams, taroMock } from '../../stubs/taro'
import { deadline, enforcementCase } from './fixtures'

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)))

const complaint = {
  id: 'q-1',
  caseId: 'e-1',
  caseNumber: '（2026）内0784执12号',
  body: '线索交了十天还没有人去核查',
  complainantName: '张桂兰',
  receivedOn: '2026-11-30',
  registration: deadline('2026-12-07', '2026年12月7日前', 5),
  answers: [
    { name: '30日', deadline: deadline('2026-12-30', '2026年12月30日前', 28), stricter: true },
    { name: '30个工作日', deadline: deadline('2027-01-13', '2027年1月13日前', 42), stricter: false },
  ],
  conflict: true,
  answeredOn: null,
  reply: null,
  answeredBy: null,
  files: [],
}

describe('the applicant’s enforcement case', () => {
  beforeEach(() => {
    routerParams.id = 'e-1'
    delete routerParams.applied
  })

  it('shows the refusal with each reason, and no English anywhere', async () => {
    fakeServer(() => ({
      body: enforcementCase({
        state: 'refused',
        stateName: '不予受理',
        caseNumber: null,
        refusal: { on: '2026-11-25', reasons: ['申请执行的文书尚未生效', '申请人不是文书确定的权利人'] },
      }),
    }))
    render(<EnforcementDetail />)
    await flush()
    const t = text()
    expect(t).toContain('法院2026年11月25日裁定不予受理，理由：')
    expect(t).toContain('1. 申请执行的文书尚未生效')
    expect(t).toContain('2. 申请人不是文书确定的权利人')
    expect(t).toContain('案号立案后生成')
    expect(t).toContain('执行申请费执行后交纳，由被执行人负担')
    expect(/[A-Za-z]{2,}/.test(t)).toBe(false)
  })

  it('sends a complaint, shows both answer periods with the stricter marked, and later the reply', async () => {
    let answered = false
    const sent = fakeServer((req) => {
      if (req.method === 'POST') return { body: enforcementCase({ complaints: [complaint] }) }
      return {
        body: enforcementCase({ complaints: answered ? [{ ...complaint, answeredOn: '2026-12-03', reply: '已安排明天去核查', answeredBy: '赵志刚' }] : [] }),
      }
    })
    const { unmount } = render(<EnforcementDetail />)
    await flush()
    click('open-complaint')
    type('complaint-body', '短')
    await act(async () => click('send-complaint'))
    expect(text()).toContain('请写清楚您反映的问题，至少5个字')
    type('complaint-body', '线索交了十天还没有人去核查')
    await act(async () => click('send-complaint'))
    expect(sent.filter((r) => r.method === 'POST')).toEqual([
      { method: 'POST', path: '/enforcement/cases/e-1/complaints', body: { body: '线索交了十天还没有人去核查', fileIds: [] } },
    ])
    expect(text()).toContain('已提交，法院登记后会在期限内答复您')
    expect(text()).toContain('答复期限（30日）：2026年12月30日前（还有28天），按较早的这个办')
    expect(text()).toContain('答复期限（30个工作日）：2027年1月13日前（还有42天）')
    unmount()
    answered = true
    render(<EnforcementDetail />)
    await flush()
    expect(document.getElementById('complaint-reply-q-1')?.textContent).toBe('2026年12月3日法院答复（赵志刚）：已安排明天去核查')
  })

  it('opens the lead form from the case', async () => {
    fakeServer(() => ({ body: enforcementCase() }))
    render(<EnforcementDetail />)
    await flush()
    click('add-lead')
    expect(taroMock.navigateTo).toHaveBeenLastCalledWith({ url: '/subpackages/enforcement/pages/lead/index?id=e-1' })
  })
})
