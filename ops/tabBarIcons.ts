/**
 * The tab bar's icons as PNGs, which WeChat requires there (no SVG, at most 40 KB each; 81×81 px
 * is its recommended size), in two states: grey as the tab's words, and the brand colour when
 * selected. Drawn from lucide-static with resvg at build time (config/index.ts calls this before
 * every Taro build), into src/assets/tabbar/, where app.config.ts names them. A file is written
 * only when its bytes change, so a rebuild keeps the build cache.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { iconBody, readIcon } from './iconMap'

export const TAB_BAR_DIR = path.resolve(__dirname, '..', 'src', 'assets', 'tabbar')
export const TAB_ICON_PX = 81
/** The colours of app.config.ts's tabBar: `color` and `selectedColor`. */
export const TAB_COLORS = { normal: '#555555', selected: '#b71c1c' } as const

/** Each tab's file name (without .png) and its lucide icon, in the order of the tab bar. */
export const TAB_ICONS = [
  { file: 'home', icon: 'house' },
  { file: 'cases', icon: 'briefcase' },
  { file: 'inbox', icon: 'mail' },
  { file: 'me', icon: 'user' },
] as const

/** One icon as an 81×81 PNG: the 24-unit drawing with a 2-unit margin, stroked in `color`. */
export function tabIconPng(icon: string, color: string): Buffer {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 28 28" fill="none" stroke="${color}" stroke-width="2" ` +
    `stroke-linecap="round" stroke-linejoin="round">${iconBody(readIcon(icon))}</svg>`
  return new Resvg(svg, { fitTo: { mode: 'width', value: TAB_ICON_PX } }).render().asPng()
}

/** Writes `<file>.png` and `<file>-on.png` for every tab; returns the files it (re)wrote. */
export function writeTabBarIcons(dir: string = TAB_BAR_DIR): string[] {
  fs.mkdirSync(dir, { recursive: true })
  const written: string[] = []
  for (const { file, icon } of TAB_ICONS) {
    for (const [suffix, color] of [
      ['', TAB_COLORS.normal],
      ['-on', TAB_COLORS.selected],
    ] as const) {
      const target = path.join(dir, `${file}${suffix}.png`)
      const png = tabIconPng(icon, color)
      if (fs.existsSync(target) && fs.readFileSync(target).equals(png)) continue
      fs.writeFileSync(target, png)
      written.push(target)
    }
  }
  return written
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  console.log(`${writeTabBarIcons().length} tab bar icons written to ${path.relative(process.cwd(), TAB_BAR_DIR)}`)
}
