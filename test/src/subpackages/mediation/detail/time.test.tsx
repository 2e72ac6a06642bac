import { act, fireEvent, render, waitFor } from '@testing-library/react'
import { AssignCard } from '../../../../../src/subpackages/mediation/pages/detail/sections/AssignCard'
import { Deadlines } from '../../../../../src/subpackages/mediation/pages/detail/sections/Deadlines'
import { Header } from '../../../../../src/subpackages/mediation/pages/detail/sections/Header'
import { SessionCard } from '../../../../../src/subpackages/mediation/pages/detail/sections/SessionCard'
import { TimeActions } from '../../../../../src/subpackages/mediation/pages/detail/sections/TimeActions'
import { click, text } from '../../../fakeServer'
import { taroMock } from '../../../stubs/taro'
import { booking, mediation, sectionProps } from './fixtures'

beforeEach(() => {
  taroMock.navigateTo.mockClear()
  taroMock.setClipboardData.mockClear()
})

describe('Header', () => {
  it('names both parties, the status in words with its colour, the stage and the number', () => {
    render(<Header m={mediation()} notice={null} error={null} />)
    expect(text()).toContain('张桂兰 与 王建国')
    expect(document.getElementById('mediation-status')?.className).toBe('m-chip m-chip--orange')
    expect(document.getElementById('mediation-status')?.textContent).toBe('等待各方同意调解时间')
    expect(text()).toContain('诉前调解')
    expect(text()).toContain('调解编号 TJ20261125001')
  })

  it('shows what just happened, and a problem only when no field can show it', () => {
    const { rerender } = render(<Header m={mediation()} notice='已签名' error={{ message: '网络不稳定' }} />)
    expect(document.getElementById('mediation-notice')?.textContent).toBe('已签名')
    expect(document.getElementById('mediation-error')?.textContent).toBe('网络不稳定')
    rerender(<Header m={mediation()} notice={null} error={{ message: '请写明理由', field: 'reason' }} />)
    expect(document.getElementById('mediation-error')).toBeNull()
  })
})

describe('SessionCard', () => {
  it('shows the time, the video venue, and who still has to agree', () => {
    render(<SessionCard m={mediation({ booking: booking() })} />)
    expect(document.getElementById('session-time')?.textContent).toBe('11月30日（星期一）上午 9:00–10:00')
    expect(text()).toContain('手机视频调解')
    expect(document.getElementById('waiting-for')?.textContent).toBe('等待 王建国、调解员 同意这个时间')
    expect(document.getElementById('open-video')).toBeNull()
  })

  it('names the room, says all agreed, and opens the video once confirmed', () => {
    const room = booking({
      venue: { kind: 'room', roomName: '拉布大林调解室', address: '拉布大林街道司法所', videoUrl: 'https://meet.example.cn/r/1' },
      waitingFor: [],
    })
    render(<SessionCard m={mediation({ status: 'confirmed', booking: room })} />)
    expect(text()).toContain('拉布大林调解室（拉布大林街道司法所）')
    expect(text()).toContain('各方都已确认')
    click('open-video')
    expect(taroMock.setClipboardData).toHaveBeenCalledWith({ data: 'https://meet.example.cn/r/1' })
  })

  it('opens the built-in video page in the app', () => {
    const local = booking({ venue: { kind: 'online', roomName: null, address: null, videoUrl: '/#/subpackages/mediation/pages/video/index?id=m-1' } })
    render(<SessionCard m={mediation({ status: 'confirmed', booking: local })} />)
    click('open-video')
    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/subpackages/mediation/pages/video/index?id=m-1' })
  })

  it('shows nothing before a time is booked', () => {
    const { container } = render(<SessionCard m={mediation()} />)
    expect(container.innerHTML).toBe('')
  })
})

describe('TimeActions', () => {
  it('asks the other party to consent to mediate first, then sends the consent with the acceptance', async () => {
    const m = mediation({ viewer: { kind: 'party', role: 'respondent', needsConsent: true }, booking: booking() })
    const { props, posts, said } = sectionProps(m, { actions: ['accept', 'book', 'withdraw'] })
    render(<TimeActions {...props} />)
    await waitFor(() => expect((document.getElementById('field-service-mobile') as HTMLInputElement).value).toBe('13847005678'))
    expect(document.getElementById('accept-time')?.textContent).toBe('同意调解，接受这个时间')
    click('consent')
    await act(async () => click('accept-time'))
    expect(posts()).toEqual([
      {
        path: '/mediations/m-1/accept',
        body: { consent: true, service: { mobile: '13847005678', postalAddress: '额尔古纳市三河回族乡', app: true, sms: true } },
      },
    ])
    expect(said).toEqual(['已同意调解时间，等调解员确认后会通知您'])
    expect(document.getElementById('open-book')?.textContent).toBe('换一个时间')
  })

  it('lets a party who already consented accept the time alone', async () => {
    const { props, posts } = sectionProps(mediation({ booking: booking() }), { actions: ['accept'] })
    render(<TimeActions {...props} />)
    expect(document.getElementById('consent-form')).toBeNull()
    expect(document.getElementById('accept-time')?.textContent).toBe('同意这个时间')
    await act(async () => click('accept-time'))
    expect(posts()).toEqual([{ path: '/mediations/m-1/accept', body: {} }])
  })

  it('lets the mediator confirm, and a party book a first time', async () => {
    const { props, posts, said } = sectionProps(mediation(), { actions: ['confirm', 'book'] })
    render(<TimeActions {...props} />)
    await act(async () => click('confirm-mediation'))
    expect(posts()).toEqual([{ path: '/mediations/m-1/confirm', body: {} }])
    expect(said).toEqual(['已确认，已通知双方当事人'])
    expect(document.getElementById('open-book')?.textContent).toBe('选择调解时间')
    click('open-book')
    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/subpackages/mediation/pages/book/index?id=m-1' })
  })
})

describe('Deadlines', () => {
  const countdown = (label: string, overdue = false) => ({ due: '2026-11-30', workdaysLeft: 3, overdue, label })
  const deadline = (label: string, overdue = false) => ({
    due: '2026-11-30',
    provisional: false,
    article: '《人民法院在线调解规则》第十二条',
    countdown: countdown(label, overdue),
  })

  it('shows the mediator the 3-working-day deadline to accept, in red when overdue', () => {
    render(
      <Deadlines
        m={mediation({
          viewer: { kind: 'mediator', role: null, needsConsent: false },
          confirmation: { ...deadline('已超期1个工作日', true), confirmedAt: null },
        })}
      />,
    )
    expect(document.getElementById('confirm-deadline')?.textContent).toBe('确认期限：11月30日（星期一）前（已超期1个工作日）')
    expect(document.getElementById('confirm-deadline')?.className).toBe('m-deadline m-deadline--overdue')
    expect(text()).toContain('收到申请后三个工作日内确认是否接受（《人民法院在线调解规则》第十二条）')
  })

  it('keeps the court’s confirmation deadline from the parties, and tells them when a mediator will be assigned', () => {
    render(<Deadlines m={mediation({ confirmation: { ...deadline('还剩3个工作日'), confirmedAt: null }, assignment: deadline('还剩3个工作日') })} />)
    expect(document.getElementById('confirm-deadline')).toBeNull()
    expect(text()).toBe('法院将在11月30日（星期一）前指定调解员，您也可以现在自己选调解员的时间')
  })

  it('gives staff the assignment deadline with its countdown', () => {
    render(<Deadlines m={mediation({ viewer: { kind: 'staff', role: null, needsConsent: false }, assignment: deadline('还剩2个工作日') })} />)
    expect(text()).toBe('指定调解员期限：11月30日（星期一）前（还剩2个工作日）')
  })
})

describe('AssignCard', () => {
  it('lets the court pick one of its mediators, and assigns only once one is picked', async () => {
    const { props, posts, said } = sectionProps(mediation({ mediator: null }), { actions: ['assign'] })
    props.colleagues = [
      { id: 's-mediator-chen', role: 'mediator', displayName: '陈德胜（调解员）' },
      { id: 's-judge-wang', role: 'judge', displayName: '王立新法官' },
    ]
    render(<AssignCard {...props} />)
    expect((document.getElementById('assign-mediator') as HTMLButtonElement).disabled).toBe(true)
    fireEvent.click(document.getElementById('assignee-s-mediator-chen') as HTMLElement)
    expect(document.getElementById('assignee-s-mediator-chen')?.textContent).toBe('陈德胜（调解员）')
    expect(document.getElementById('assignee-s-judge-wang')?.textContent).toBe('王立新法官')
    await act(async () => click('assign-mediator'))
    expect(posts()).toEqual([{ path: '/mediations/m-1/assign', body: { mediatorId: 's-mediator-chen' } }])
    expect(said).toEqual(['已指定调解员'])
  })

  it('is not there for anyone who may not assign', () => {
    const { props } = sectionProps(mediation())
    const { container } = render(<AssignCard {...props} />)
    expect(container.innerHTML).toBe('')
  })
})
