import { act, renderHook } from '@testing-library/react'
import * as React from 'react'
import * as taroStub from '../stubs/taro'
import { taroMock } from '../stubs/taro'

type Hook = typeof import('../../../src/hooks/useElderMode')
const phone = taroMock as unknown as { getAppBaseInfo?: () => object }

/** A fresh copy of the hook's module: it reads the phone's settings once, as the app does at start. */
function load(baseInfo: object | null): Hook {
  taroMock.storage.clear()
  phone.getAppBaseInfo = baseInfo ? () => baseInfo : undefined
  let mod: Hook | undefined
  jest.isolateModules(() => {
    // The same React as the renderer's, or hooks run against a second copy.
    jest.doMock('react', () => React)
    jest.doMock('@tarojs/taro', () => taroStub)
    mod = jest.requireActual<Hook>('../../../src/hooks/useElderMode')
  })
  return mod!
}

/** The module again, as the next start of the app reads it (storage kept). */
function restart(): Hook {
  let mod: Hook | undefined
  jest.isolateModules(() => {
    jest.doMock('react', () => React)
    jest.doMock('@tarojs/taro', () => taroStub)
    mod = jest.requireActual<Hook>('../../../src/hooks/useElderMode')
  })
  return mod!
}

afterAll(() => {
  delete phone.getAppBaseInfo
  taroMock.storage.clear()
})

describe('when the phone asks for large text', () => {
  const { wantsLargeText } = load(null)
  it.each([
    ['WeChat 标准 on iOS (17 px)', { fontSizeSetting: 17 }, undefined, false],
    ['one step larger (19 px)', { fontSizeSetting: 19 }, undefined, false],
    ['two steps larger or care mode (20 px)', { fontSizeSetting: 20 }, undefined, true],
    ['the largest setting (28 px)', { fontSizeSetting: 28 }, undefined, true],
    ['a scale factor of 1.25', { fontSizeScaleFactor: 1.25 }, undefined, true],
    ['a scale factor of 1.1', { fontSizeScaleFactor: 1.1, fontSizeSetting: 17 }, undefined, false],
    ['H5: no WeChat setting, browser at 16 px', { fontSizeSetting: Number.NaN }, 16, false],
    ['H5: no WeChat setting, browser text at 125 %', { fontSizeSetting: Number.NaN }, 20, true],
    ['nothing known', null, undefined, false],
  ])('%s', (_label, info, browserPx, on) => {
    expect(wantsLargeText(info, browserPx)).toBe(on)
  })
})

describe('useElderMode', () => {
  it('turns on by itself under WeChat care mode or a large font', () => {
    const mod = load({ fontSizeSetting: 22 })
    const { result } = renderHook(() => mod.useElderMode())
    expect(result.current[0]).toBe(true)
  })

  it('stays off on a standard font', () => {
    const mod = load({ fontSizeSetting: 17 })
    const { result } = renderHook(() => mod.useElderMode())
    expect(result.current[0]).toBe(false)
  })

  it('lets the user turn it off, and remembers that over the large font from then on', () => {
    const mod = load({ fontSizeSetting: 22 })
    const { result } = renderHook(() => mod.useElderMode())
    expect(mod.elderModeChosen()).toBe(false)
    act(() => result.current[1](false))
    expect(result.current[0]).toBe(false)
    expect(taroMock.storage.get('court.elderMode')).toBe(false)
    expect(mod.elderModeChosen()).toBe(true)
    // The next start reads the saved choice, not the font.
    const again = restart()
    const next = renderHook(() => again.useElderMode())
    expect(next.result.current[0]).toBe(false)
  })

  it('keeps the user’s own choice to turn it on with a standard font', () => {
    const mod = load({ fontSizeSetting: 17 })
    const { result } = renderHook(() => mod.useElderMode())
    act(() => result.current[1](true))
    expect(result.current[0]).toBe(true)
    expect(taroMock.storage.get('court.elderMode')).toBe(true)
  })
})
