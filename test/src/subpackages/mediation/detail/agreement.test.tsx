import { act, render } from '@testing-library/react'
import { AgreementCard } from '../../../../../src/subpackages/mediation/pages/detail/sections/AgreementCard'
import { JudicialConfirmationCard } from '../../../../../src/subpackages/mediation/pages/detail/sections/JudicialConfirmationCard'
import { OutcomeCard } from '../../../../../src/subpackages/mediation/pages/detail/sections/OutcomeCard'
import { click, text, type } from '../../../fakeServer'
import { mediation, party, sectionProps } from './fixtures'

const TERMS = '王建国于2026年12月31日前向张桂兰支付小麦款80000元，张桂兰放弃其余请求。'
const agreement = (effective = false) => ({
  terms: TERMS,
  effective,
  effectiveAt: effective ? '2026-12-02T10:15:00+08:00' : null,
  signed: effective ? 2 : 1,
  total: 2,
  unsigned: effective ? [] : ['王建国'],
})

describe('AgreementCard', () => {
  it('shows the terms, who has signed and when, and lets a party sign', async () => {
    const m = mediation({
      status: 'signing',
      agreement: agreement(),
      parties: [party('applicant', { me: true }), party('respondent', { signedAt: '2026-12-01T16:05:00+08:00' })],
    })
    const { props, posts, said } = sectionProps(m, { actions: ['sign'] })
    render(<AgreementCard {...props} />)
    expect(document.getElementById('agreement-terms')?.textContent).toBe(TERMS)
    const rows = Array.from(document.querySelectorAll('#agreement .m-row')).map((r) => r.textContent)
    expect(rows).toEqual(['张桂兰未签名', '王建国已签名 12月1日（星期二） 16:05'])
    expect(text()).toContain('双方都签名后协议生效（《人民法院在线调解规则》第十九条）。')
    await act(async () => click('sign-agreement'))
    expect(posts()).toEqual([{ path: '/mediations/m-1/sign', body: {} }])
    expect(said).toEqual(['已签名'])
  })

  it('says when the agreement took effect, with no more signing', () => {
    const { props } = sectionProps(mediation({ status: 'settled', agreement: agreement(true) }))
    render(<AgreementCard {...props} />)
    expect(document.getElementById('agreement-effective')?.textContent).toBe('协议已于12月2日（星期三） 10:15生效（双方都已签名）')
    expect(document.getElementById('sign-agreement')).toBeNull()
  })

  it('is not there before an agreement is recorded', () => {
    const { props } = sectionProps(mediation())
    expect(render(<AgreementCard {...props} />).container.innerHTML).toBe('')
  })
})

describe('JudicialConfirmationCard', () => {
  const jc = (over = {}) => ({ due: '2027-01-01', open: true, daysLeft: 30, article: '《民事诉讼法》第二百零五条', applied: [], filingId: null, ...over })

  it('applies with the declaration, and says the other party still has to apply', async () => {
    const { props, posts, said } = sectionProps(mediation({ status: 'settled', judicialConfirmation: jc() }), { actions: ['apply-jc'] })
    render(<JudicialConfirmationCard {...props} />)
    expect(text()).toContain('需要双方共同申请，截止1月1日（星期五）（《民事诉讼法》第二百零五条）。')
    click('jc-declaration')
    await act(async () => click('apply-jc'))
    expect(posts()).toEqual([{ path: '/mediations/m-1/judicial-confirmation', body: { declaration: true } }])
    expect(said).toEqual(['已申请，还需要王建国也申请'])
  })

  it('says both have applied when the other party already did, and shows the declaration’s problem', async () => {
    const m = mediation({
      status: 'settled',
      judicialConfirmation: jc({ applied: ['王建国'] }),
      parties: [party('applicant', { me: true }), party('respondent', { jcAppliedAt: '2026-12-03T09:00:00+08:00' })],
    })
    const { props, said } = sectionProps(m, {
      actions: ['apply-jc'],
      fieldError: { declaration: '请阅读并勾选承诺：调解协议是双方真实意思表示，不损害他人利益' },
    })
    render(<JudicialConfirmationCard {...props} />)
    expect(Array.from(document.querySelectorAll('#judicial-confirmation .m-row')).map((r) => r.textContent)).toEqual(['张桂兰未申请', '王建国已申请'])
    expect(document.querySelector('.field__error')?.textContent).toBe('请阅读并勾选承诺：调解协议是双方真实意思表示，不损害他人利益')
    await act(async () => click('apply-jc'))
    expect(said).toEqual(['双方都已申请，已提交法院'])
  })

  it('shows the filing once made, and warns when the window has closed', () => {
    const { props } = sectionProps(mediation({ judicialConfirmation: jc({ filingId: 'f-9' }) }))
    const { unmount } = render(<JudicialConfirmationCard {...props} />)
    expect(document.getElementById('jc-filed')?.textContent).toBe('已提交法院，立案审查中')
    unmount()
    const late = sectionProps(mediation({ judicialConfirmation: jc({ open: false }) }))
    render(<JudicialConfirmationCard {...late.props} />)
    expect(text()).toContain('申请期限已过，不能再申请司法确认；可以就协议内容向法院起诉。')
  })
})

describe('OutcomeCard', () => {
  it('records an agreement with its terms and closes the form', async () => {
    const { props, posts, said } = sectionProps(mediation({ status: 'confirmed' }), {
      actions: ['record-agreement', 'record-no-agreement', 'record-withdrawn'],
    })
    render(<OutcomeCard {...props} />)
    expect(document.getElementById('outcome-text')).toBeNull()
    click('result-agreement')
    expect(document.getElementById('result-agreement')?.textContent).toBe('达成调解协议')
    expect((document.getElementById('outcome-text') as HTMLTextAreaElement).placeholder).toMatch(/^写明协议内容/)
    type('outcome-text', TERMS)
    await act(async () => click('save-outcome'))
    expect(posts()).toEqual([{ path: '/mediations/m-1/outcome', body: { result: 'agreement', terms: TERMS } }])
    expect(said).toEqual(['已记录，已通知双方当事人'])
    expect(document.getElementById('outcome-text')).toBeNull()
  })

  it('records a failed mediation with a note, and shows the server’s problem under the text', async () => {
    const { props, posts } = sectionProps(mediation({ status: 'confirmed' }), {
      actions: ['record-no-agreement'],
      fieldError: { note: '请写明调解不成的原因' },
    })
    render(<OutcomeCard {...props} />)
    expect(document.getElementById('result-agreement')).toBeNull()
    click('result-no-agreement')
    type('outcome-text', '双方对货款数额分歧较大')
    expect(document.querySelector('.field__error')?.textContent).toBe('请写明调解不成的原因')
    await act(async () => click('save-outcome'))
    expect(posts()).toEqual([{ path: '/mediations/m-1/outcome', body: { result: 'no-agreement', note: '双方对货款数额分歧较大' } }])
  })

  it('keeps the form open when saving fails', async () => {
    const { props } = sectionProps(mediation({ status: 'confirmed' }), { actions: ['record-withdrawn'] })
    props.act = jest.fn(async () => false)
    render(<OutcomeCard {...props} />)
    click('result-withdrawn')
    await act(async () => click('save-outcome'))
    expect(document.getElementById('outcome-text')).not.toBeNull()
  })
})
