import { act, fireEvent, render } from '@testing-library/react'
import { ClosingCards } from '../../../../../src/subpackages/mediation/pages/detail/sections/ClosingCards'
import { DeclineCard } from '../../../../../src/subpackages/mediation/pages/detail/sections/DeclineCard'
import { HistoryCard } from '../../../../../src/subpackages/mediation/pages/detail/sections/HistoryCard'
import { SummaryCard } from '../../../../../src/subpackages/mediation/pages/detail/sections/SummaryCard'
import { WithdrawCard } from '../../../../../src/subpackages/mediation/pages/detail/sections/WithdrawCard'
import { click, text, type } from '../../../fakeServer'
import { mediation, party, sectionProps } from './fixtures'

describe('DeclineCard', () => {
  it('asks the mediator for a reason before declining, and sends it', async () => {
    const { props, posts, said } = sectionProps(mediation({ status: 'requested' }), { actions: ['decline'], fieldError: { reason: '请写明不予接受的理由' } })
    render(<DeclineCard {...props} />)
    expect(document.getElementById('decline-reason')).toBeNull()
    click('open-decline')
    expect(text()).toContain('不予接受的理由')
    expect(text()).toContain('请写明不予接受的理由')
    type('decline-reason', '与一方当事人是亲属，需要回避')
    await act(async () => click('decline-mediation'))
    expect(posts()).toEqual([{ path: '/mediations/m-1/decline', body: { reason: '与一方当事人是亲属，需要回避' } }])
    expect(said).toEqual(['已不予接受，已通知当事人'])
    expect(document.getElementById('open-decline')).not.toBeNull()
  })

  it('is not offered to a party', () => {
    const { props } = sectionProps(mediation())
    expect(render(<DeclineCard {...props} />).container.innerHTML).toBe('')
  })
})

describe('WithdrawCard', () => {
  it('asks the applicant once more before withdrawing', async () => {
    const { props, posts, said } = sectionProps(mediation(), { actions: ['withdraw'] })
    render(<WithdrawCard {...props} />)
    expect(document.getElementById('withdraw')?.textContent).toBe('撤回调解申请')
    click('withdraw')
    expect(text()).toBe('撤回后调解结束，以后还可以重新申请或起诉。确定吗？再想想确定')
    await act(async () => click('withdraw-confirm'))
    expect(posts()).toEqual([{ path: '/mediations/m-1/withdraw', body: {} }])
    expect(said).toEqual(['调解已结束'])
  })

  it('lets the other party refuse, or think again', () => {
    const m = mediation({ viewer: { kind: 'party', role: 'respondent', needsConsent: true }, parties: [party('applicant'), party('respondent', { me: true })] })
    const { props, posts } = sectionProps(m, { actions: ['withdraw'] })
    render(<WithdrawCard {...props} />)
    expect(document.getElementById('withdraw')?.textContent).toBe('我不同意调解')
    click('withdraw')
    expect(text()).toContain('不同意调解，调解就此结束，对方可以起诉。确定吗？')
    fireEvent.click(Array.from(document.querySelectorAll('button')).find((b) => b.textContent === '再想想') as HTMLElement)
    expect(document.getElementById('withdraw')).not.toBeNull()
    expect(posts()).toEqual([])
  })
})

describe('ClosingCards', () => {
  it('offers 转为网上立案 after a failed mediation, with the recorded result', () => {
    const { props } = sectionProps(mediation({ status: 'failed', outcome: { result: 'no-agreement', note: '双方对货款数额分歧较大', at: null } }), {
      actions: ['to-filing'],
    })
    render(<ClosingCards {...props} />)
    expect(text()).toContain('调解结果：未达成协议')
    expect(text()).toContain('双方对货款数额分歧较大')
    click('to-filing')
    expect(props.toFiling).toHaveBeenCalled()
  })

  it('says why the mediator declined', () => {
    const { props } = sectionProps(mediation({ status: 'declined', declineReason: '与一方当事人是亲属，需要回避' }))
    render(<ClosingCards {...props} />)
    expect(text()).toBe('调解员不予接受：与一方当事人是亲属，需要回避。您可以选择其他调解员的时间。')
  })
})

describe('SummaryCard', () => {
  it('lists court, parties with me marked, mediator, claim with its amount, dispute and time limit', () => {
    render(
      <SummaryCard
        m={mediation({ caseNumber: '（2026）内0784民初12号', timeLimit: { days: 30, due: '2026-12-30', article: '《人民法院在线调解规则》第十六条' } })}
      />,
    )
    const rows = Array.from(document.querySelectorAll('.m-row')).map((r) => r.textContent)
    expect(rows).toEqual([
      '法院额尔古纳市人民法院',
      '案号（2026）内0784民初12号',
      '申请人张桂兰（我） 13904701234',
      '对方当事人王建国 13847005678',
      '调解员陈德胜',
      '请求付清小麦款（8.65万元）',
    ])
    expect(text()).toContain('2025年9月我卖给王建国小麦20吨，他一直没有付款。')
    expect(document.getElementById('time-limit')?.textContent).toBe('调解期限30天，到12月30日（星期三）（《人民法院在线调解规则》第十六条；双方同意可以延长）')
  })

  it('says the mediator is not yet chosen', () => {
    render(<SummaryCard m={mediation({ mediator: null, amountFen: null })} />)
    expect(text()).toContain('调解员尚未确定')
    expect(text()).toContain('请求付清小麦款')
    expect(text()).not.toContain('万元')
  })
})

describe('HistoryCard', () => {
  it('names each step in words, by whom and when, and an unknown one as 调解动态, never its code', () => {
    render(
      <HistoryCard
        history={[
          { action: 'mediation.requested', at: '2026-11-25T09:00:00+08:00', actorName: '张桂兰' },
          { action: 'mediation.something-new', at: '2026-11-26T14:30:00+08:00', actorName: '法院' },
        ]}
      />,
    )
    expect(Array.from(document.querySelectorAll('.m-hist')).map((r) => r.textContent)).toEqual([
      '申请调解张桂兰 · 11月25日（星期三） 09:00',
      '调解动态法院 · 11月26日（星期四） 14:30',
    ])
  })
})
