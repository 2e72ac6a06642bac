import { act, render } from '@testing-library/react'
import CaseWorkPage from '../../../../src/subpackages/execution/pages/case/index'
import { click, fakeServer, text, type } from '../../fakeServer'
import { routerParams } from '../../stubs/taro'
import { deadline, enforcementCase } from '../enforcement/fixtures'

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)))
const team = {
  id: 't-1',
  courtId: 'c-ergun',
  name: '执行一团队',
  openCases: 3,
  members: [
    { role: 'judge' as const, roleName: '法官', accountId: 's-judge-zhao', name: '赵志刚' },
    { role: 'assistant' as const, roleName: '法官助理', accountId: 's-a', name: '李娜' },
    { role: 'clerk' as const, roleName: '书记员', accountId: 's-clerk-liu', name: '刘晓燕' },
    { role: 'bailiff' as const, roleName: '法警', accountId: 's-b', name: '孟和' },
  ],
}
const court = { side: 'court' as const, canAddLeads: false, canComplain: false, canResume: false, canRecord: false }
const teamViewer = { side: 'team' as const, canAddLeads: false, canComplain: false, canResume: false, canRecord: true }

beforeEach(() => {
  routerParams.id = 'e-1'
})

describe('the court works an enforcement case', () => {
  it('accepts an application within its 7-day clock', async () => {
    const applied = enforcementCase({
      state: 'applied',
      stateName: '待立案审查',
      caseNumber: null,
      viewer: court,
      timeline: [
        {
          node: 'filing',
          name: '立案',
          text: '等待法院立案',
          status: 'pending',
          date: null,
          deadline: deadline('2026-11-27', '2026年11月27日前', 4),
          late: false,
          targetId: null,
          document: null,
        },
      ],
    })
    const sent = fakeServer((req) => {
      if (req.path === '/court/enforcement/cases/e-1' && req.method === 'GET') return { body: applied }
      if (req.path === '/court/enforcement/cases/e-1/accept') return { body: enforcementCase({ viewer: court, state: 'filed', stateName: '已立案' }) }
      return undefined
    })
    render(<CaseWorkPage />)
    await flush()
    expect(text()).toContain('立案期限：2026年11月27日前（还有4天）')
    await act(async () => click('accept-application'))
    expect(sent.filter((r) => r.method === 'POST')).toEqual([{ method: 'POST', path: '/court/enforcement/cases/e-1/accept', body: { caseType: '执' } }])
    expect(text()).toContain('已立案，已通知申请人')
    // Once docketed, the team is to be chosen next: the page asks which teams there are.
    expect(sent.at(-1)?.path).toBe('/court/enforcement/teams')
  })

  it('assigns a team and its judge as 承办人', async () => {
    const sent = fakeServer((req) => {
      if (req.path === '/court/enforcement/cases/e-1' && req.method === 'GET')
        return { body: enforcementCase({ viewer: court, state: 'filed', stateName: '已立案' }) }
      if (req.path === '/court/enforcement/teams') return { body: [team] }
      if (req.path === '/court/enforcement/cases/e-1/assign')
        return { body: enforcementCase({ viewer: court, team, handler: { accountId: 's-judge-zhao', name: '赵志刚' } }) }
      return undefined
    })
    render(<CaseWorkPage />)
    await flush()
    click('assign-team-t-1')
    expect(text()).toContain('成员：法官赵志刚、法官助理李娜、书记员刘晓燕、法警孟和')
    await act(async () => click('assign-save'))
    expect(sent.at(-1)?.body).toEqual({ teamId: 't-1', handlerId: 's-judge-zhao' })
    expect(document.getElementById('handler-name')?.textContent).toBe('赵志刚')
  })

  it('refuses a 终本 while items are missing, listing each in Chinese, and closes once the list is complete', async () => {
    let complete = false
    const gaps = [
      { code: 'TERMINATION_RESTRICTION_MISSING', message: '还没有发出限制消费令', article: '《终本规定》第一条第（二）项', condition: '2' },
      { code: 'TERMINATION_INTERVIEW_MISSING', message: '还没有约谈申请执行人', article: '《终本规定》第五条', condition: 'interview' },
    ]
    const sent = fakeServer((req) => {
      if (req.path === '/court/enforcement/cases/e-1' && req.method === 'GET') return { body: enforcementCase({ viewer: teamViewer, team }) }
      if (req.path === '/court/enforcement/cases/e-1/termination-check')
        return {
          body: {
            ready: complete,
            conditions: [{ id: '2', name: '已经发出限制消费令，符合条件的被执行人已纳入失信名单', article: '《终本规定》第一条第（二）项', met: complete }],
            gaps: complete ? [] : gaps,
          },
        }
      if (req.path === '/court/enforcement/cases/e-1/close')
        return complete
          ? { body: enforcementCase({ viewer: teamViewer, state: 'closed', stateName: '已结案' }) }
          : {
              status: 409,
              body: { error: { code: 'ENFORCEMENT_TERMINATION_INCOMPLETE', message: '终本条件还不具备：还没有发出限制消费令；还没有约谈申请执行人' } },
            }
      return undefined
    })
    render(<CaseWorkPage />)
    await flush()
    click('open-close')
    click('close-mode-terminated-for-now')
    await flush()
    expect(text()).toContain('还缺以下2项，补齐后才能终本：')
    type('close-reason', '经网络查控和线索核查，未发现可供执行的财产')
    await act(async () => click('close-case'))
    await flush()
    expect(document.getElementById('close-error')?.textContent).toContain('终本条件还不具备')
    expect(text()).toContain('1. 还没有发出限制消费令（《终本规定》第一条第（二）项）')
    expect(text()).toContain('2. 还没有约谈申请执行人（《终本规定》第五条）')
    complete = true
    await act(async () => click('close-case'))
    expect(sent.filter((r) => r.path === '/court/enforcement/cases/e-1/close').at(-1)?.body).toMatchObject({
      mode: 'terminated-for-now',
      rulingNumber: '（2026）内0784执12号之二',
      reason: '经网络查控和线索核查，未发现可供执行的财产',
    })
    expect(text()).toContain('已结案：终结本次执行程序，已通知当事人')
  })

  it('records money received, then pays it out against that receipt', async () => {
    const receipt = {
      id: 'r-1',
      receivedOn: '2026-11-26',
      amountFen: 2_000_000,
      payer: '王建国',
      payout: deadline('2026-12-26', '2026年12月26日前', 25),
      paidFen: 0,
      paidOn: null,
    }
    const withMoney = enforcementCase({
      viewer: teamViewer,
      team,
      ledger: { account: null, receivedFen: 2_000_000, paidFen: 0, heldFen: 2_000_000, entries: [], receipts: [receipt] },
    })
    const sent = fakeServer((req) => {
      if (req.method === 'GET') return { body: withMoney }
      if (req.path === '/court/enforcement/cases/e-1/nodes') return { body: withMoney }
      return undefined
    })
    render(<CaseWorkPage />)
    await flush()
    click('node-payout')
    expect(text()).toContain('发放期限：2026年12月26日前（还有25天）')
    expect((document.getElementById('field-payout-amount') as HTMLInputElement).value).toBe('20000')
    await act(async () => click('save-payout'))
    expect(sent.at(-1)?.body).toMatchObject({ kind: 'money-paid', receiptId: 'r-1', amountFen: 2_000_000, payee: '张桂兰' })
  })
})
