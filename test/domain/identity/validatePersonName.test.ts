import { validatePersonName } from '../../../domain/identity/validatePersonName'

describe('validatePersonName', () => {
  it.each([
    { label: 'a Han name', name: '张桂兰', ok: true },
    { label: 'a two-character name', name: '王五', ok: true },
    { label: 'a name with the middle dot', name: '阿依古丽·买买提', ok: true },
    { label: 'spaces around', name: ' 刘秀英 ', ok: true },
    { label: 'one character', name: '张', ok: false },
    { label: 'digits', name: 'abc123', ok: false },
    { label: 'empty', name: '  ', ok: false },
  ])('$label', ({ name, ok }) => {
    const r = validatePersonName(name)
    expect(r.ok).toBe(ok)
    if (!ok) expect(r.reason).toMatch(/姓名/)
  })
})
