import { act, render } from '@testing-library/react'
import { Icon } from '../../../src/components/Icon/Icon'
import { ICON_BODIES } from '../../../src/components/Icon/icons.generated'
import { asciiBase64, iconDataUri } from '../../../src/components/Icon/svgDataUri'
import { useElderMode } from '../../../src/hooks/useElderMode'
import { taroMock } from '../stubs/taro'

/** The SVG inside an icon's data URI. */
function svgOf(src: string | null): string {
  const prefix = 'data:image/svg+xml;base64,'
  expect(src?.startsWith(prefix)).toBe(true)
  return Buffer.from(src!.slice(prefix.length), 'base64').toString('ascii')
}

beforeEach(() => taroMock.storage.clear())

test('base64 of ASCII text matches Node for every padding length', () => {
  for (const text of ['', 'a', 'ab', 'abc', 'abcd', '<svg stroke="#b71c1c"/>']) expect(asciiBase64(text)).toBe(Buffer.from(text, 'ascii').toString('base64'))
})

test('renders an image of the named lucide icon, stroked in the colour asked for', () => {
  const { container } = render(<Icon name='bell' color='#b71c1c' />)
  const img = container.querySelector('img')!
  const svg = svgOf(img.getAttribute('src'))
  expect(svg).toContain('viewBox="0 0 24 24"')
  expect(svg).toContain('stroke="#b71c1c"')
  expect(svg).toContain(ICON_BODIES.bell)
  expect(svg).not.toContain('currentColor')
})

test('a colour that is not a hex colour falls back to the text colour, so nothing can be injected into the SVG', () => {
  expect(svgOf(iconDataUri('check', 'red"/><script/>'))).toContain('stroke="#333333"')
})

test('without a label the icon is decorative: hidden from screen readers, no role', () => {
  const { container } = render(<Icon name='clock' />)
  const img = container.querySelector('img')!
  expect(img.getAttribute('aria-hidden')).toBe('true')
  expect(img.getAttribute('role')).toBeNull()
  expect(img.getAttribute('aria-label')).toBeNull()
})

test('with a label the icon is an image named in Chinese, not hidden', () => {
  const { container } = render(<Icon name='x' label='删除' />)
  const img = container.querySelector('img')!
  expect(img.getAttribute('role')).toBe('img')
  expect(img.getAttribute('aria-label')).toBe('删除')
  expect(img.getAttribute('aria-hidden')).toBeNull()
})

test('its size is in design px and grows 1.5 times in 长辈模式', () => {
  let setElder: (on: boolean) => void = () => undefined
  function Probe() {
    setElder = useElderMode()[1]
    return <Icon name='scale' size={40} />
  }
  const { container } = render(<Probe />)
  const img = () => container.querySelector('img')!
  // The stub shows the style's width and height (jsdom drops rpx, a mini-program unit).
  expect(img().dataset.size).toBe('40rpx 40rpx')
  act(() => setElder(true))
  expect(img().dataset.size).toBe('60rpx 60rpx')
  act(() => setElder(false))
  expect(img().dataset.size).toBe('40rpx 40rpx')
})
