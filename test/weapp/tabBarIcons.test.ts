/**
 * WeChat's tab bar shows only PNG (or JPG) icons from the package, in two states; the build draws
 * them (ops/tabBarIcons.ts). Every tab app.json lists must have both files in dist/weapp, as 81×81
 * PNGs, the selected one different from the normal one.
 */
import fs from 'node:fs'
import path from 'node:path'
import { DIST, readAppJson } from './harness'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const tabs = (readAppJson().tabBar?.list ?? []) as Array<{ pagePath: string; iconPath?: string; selectedIconPath?: string }>

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: Buffer): { width: number; height: number } {
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) }
}

test('the tab bar has its four tabs', () => {
  expect(tabs.map((t) => t.pagePath)).toEqual(['pages/index/index', 'pages/cases/index', 'pages/inbox/index', 'pages/me/index'])
})

test.each(tabs)('$pagePath has a normal and a selected icon, each an 81×81 PNG in the build, under 40 KB', (tab) => {
  expect(tab.iconPath).toBeTruthy()
  expect(tab.selectedIconPath).toBeTruthy()
  expect(tab.selectedIconPath).not.toBe(tab.iconPath)
  const [normal, selected] = [tab.iconPath!, tab.selectedIconPath!].map((p) => fs.readFileSync(path.join(DIST, p)))
  for (const png of [normal, selected]) {
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
    expect(pngSize(png)).toEqual({ width: 81, height: 81 })
    expect(png.length).toBeLessThan(40 * 1024)
  }
  expect(normal.equals(selected)).toBe(false)
})
