import { act, render } from '@testing-library/react'
import { RespondentIdCard } from '../../../../../src/subpackages/mediation/pages/detail/sections/RespondentIdCard'
import { click, text, type } from '../../../fakeServer'
import { mediation, sectionProps } from './fixtures'

const forMediator = (over: Parameters<typeof mediation>[0] = {}) =>
  mediation({ viewer: { kind: 'mediator', role: null, needsConsent: false }, respondentIdentity: 'none', ...over })

describe('RespondentIdCard', () => {
  it('tells the mediator why 王建国 cannot take part yet, checks the ID number, and records it', async () => {
    const { props, posts, said } = sectionProps(forMediator())
    render(<RespondentIdCard {...props} />)
    expect(text()).toContain('申请人没有填写王建国的身份证号，只凭姓名和手机号不能确认是本人')
    type('field-respondent-id-number', '150784197209150018')
    await act(async () => click('save-respondent-id'))
    expect(text()).toContain('身份证号有误：')
    expect(posts()).toEqual([])
    type('field-respondent-id-number', '150784197209150019')
    await act(async () => click('save-respondent-id'))
    expect(posts()).toEqual([{ path: '/mediations/m-1/respondent-id', body: { idNumber: '150784197209150019' } }])
    expect(said).toEqual(['已记下王建国的身份证号'])
  })

  it.each([
    ['to a party', mediation({ respondentIdentity: null })],
    ['once the respondent is named by an ID number', forMediator({ respondentIdentity: 'id-number' })],
    ['once the respondent took part in the app', forMediator({ respondentIdentity: 'linked' })],
    ['after the mediation ended', forMediator({ status: 'failed' })],
  ])('is not shown %s', (_label, m) => {
    const { props } = sectionProps(m)
    expect(render(<RespondentIdCard {...props} />).container.innerHTML).toBe('')
  })
})
