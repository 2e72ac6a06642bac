import { act, render, waitFor } from '@testing-library/react'
import Me from '../../../src/pages/me/index'
import { clearSession, setSession } from '../../../src/stores/session'
import { click, fakeServer, text, type } from '../fakeServer'
import { taroMock } from '../stubs/taro'

const PROFILE = {
  id: 'd-wang-jianguo',
  role: 'litigant',
  displayName: '王建国',
  courtId: null,
  realName: '王建国',
  idNumberMasked: '150784********0019',
  birthDate: '1972-09-15',
  sex: 'male',
  mobile: '13847005678',
  pendingMobile: null,
  address: null,
  realNameStatus: 'verified',
  reviewReason: null,
}

beforeEach(() => {
  taroMock.navigateTo.mockClear()
  setSession({ token: 't', user: { id: 'd-wang-jianguo', role: 'litigant', displayName: '王建国', courtId: null, realNameStatus: 'verified' } })
})
afterAll(() => clearSession())

const shown = async (profile: object) => {
  const sent = fakeServer((r) => (r.path === '/me' ? { body: { ...PROFILE, ...profile } } : undefined))
  render(<Me />)
  await waitFor(() => expect(text()).toContain('实名状态'))
  return sent
}

describe('我的', () => {
  it.each([
    ['name', '您改了姓名，实名信息要重新核验。'],
    ['id-number', '您改了身份证号，实名信息要重新核验。'],
    ['name-and-id-number', '您改了姓名和身份证号，实名信息要重新核验。'],
  ])('says plainly that a change of the %s sent the profile back to review', async (reason, words) => {
    await shown({ realNameStatus: 'submitted', reviewReason: reason })
    const notice = document.getElementById('review-notice')?.textContent ?? ''
    expect(notice).toContain(words)
    expect(notice).toContain('核验通过以前，您不能用实名身份查看案件、文书和调解。')
    expect(text()).toContain('已修改，重新核验中')
  })

  it('shows no such notice for a verified profile or a first one in review', async () => {
    await shown({ realNameStatus: 'submitted', reviewReason: null })
    expect(document.getElementById('review-notice')).toBeNull()
    expect(text()).toContain('已提交，待核验')
  })

  it('opens the page that changes the mobile number with an SMS code, and shows a number waiting for its code', async () => {
    await shown({ pendingMobile: '13900001111' })
    expect(text()).toContain('13900001111（等待验证码）')
    click('change-mobile')
    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/subpackages/me/pages/mobile/index' })
  })

  it('warns before a change of name or ID number, sends no mobile with the profile, and says the change needs review', async () => {
    const sent = fakeServer((r) => {
      if (r.path === '/me') return { body: PROFILE }
      if (r.path === '/me/profile') return { body: { ...PROFILE, realName: '王建军', realNameStatus: 'submitted', reviewReason: 'name' } }
      return undefined
    })
    render(<Me />)
    await waitFor(() => expect(text()).toContain('实名状态'))
    click('edit-profile')
    expect(document.getElementById('reverify-warning')?.textContent).toContain('改了姓名或身份证号，需要重新核验')
    expect(document.getElementById('field-mobile')).toBeNull()
    type('field-realName', '王建军')
    type('field-idNumber', '150784197209150019')
    await act(async () => click('save-profile'))
    expect(sent.find((r) => r.path === '/me/profile')?.body).toEqual({ realName: '王建军', idNumber: '150784197209150019', address: '' })
    expect(text()).toContain('已保存，实名信息需要重新核验')
    expect(document.getElementById('review-notice')?.textContent).toContain('您改了姓名')
  })

  it('signing out drops the lists kept for offline use, so the next person on this phone does not see them', async () => {
    taroMock.storage.set('court.offline.d-wang-jianguo:/filings', { data: [], savedAt: '2026-12-01T08:00:00Z' })
    taroMock.storage.set('court.offline.guest:/calendar/holidays', { data: [], savedAt: '2026-12-01T08:00:00Z' })
    taroMock.storage.set('court.elder', true)
    await shown({})
    await act(async () => click('logout'))
    expect([...taroMock.storage.keys()].filter((k) => k.startsWith('court.offline.'))).toEqual([])
    expect(taroMock.storage.get('court.elder')).toBe(true)
  })
})
