import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'

// Checks a browser journey runs on whatever page it is on: axe-core's rules, the 长辈模式 sizes,
// text at 200 %, and internal codes in visible text. Each returns findings as short Chinese-free
// sentences a failing test prints, so a failure names the element and the number.

const AXE_SOURCE = fs.readFileSync(path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8')

export interface AxeFinding {
  id: string
  impact: string
  help: string
  targets: string[]
}

/**
 * axe-core's violations of impact serious or critical on the page as shown (hidden copies of
 * earlier pages in Taro's H5 stack are display:none, which axe skips). The source is evaluated
 * through the DevTools protocol, so the app's Content-Security-Policy stays as strict as it is.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<Record<string, unknown>> }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: String(v.id),
        impact: String(v.impact),
        help: String(v.help),
        targets: (v.nodes as Array<{ target: unknown[]; html: string }>).slice(0, 6).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`),
      }))
  })
}

/**
 * Marks every element the app gives a tap handler: Taro's H5 components attach onClick with
 * addEventListener on the element itself, so the page is watched from before its first script.
 * Call once per phone, before opening pages.
 */
export async function trackTapHandlers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const add = EventTarget.prototype.addEventListener
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      if ((type === 'click' || type === 'tap') && this instanceof Element) this.setAttribute('data-tap-handler', '')
      return (add as (...a: unknown[]) => void).call(this, type, ...rest)
    } as typeof add
  })
}

/** Elements a finger can tap: Taro's controls, links, the tab bar, and any element with a tap handler. */
const TAPPABLE_SCRIPT = `
  const CONTROL = 'taro-button-core, taro-switch-core, taro-checkbox-core, taro-radio-core, taro-input-core, taro-textarea-core, taro-picker-core, .weui-tabbar__item, a[href], [role=button], [data-tap-handler]'
  // React listens at its root, and Taro's page frames for their own reasons: those are not targets.
  const FRAME = 'html, body, #app, .taro_router, .taro_page, .taro-tabbar__container, .taro-tabbar__panel, .taro-tabbar__tabbar, .weui-tabbar'
  const hasTap = (el) => el.matches(CONTROL) && !el.matches(FRAME)
  const visible = (el) => {
    if (!el.checkVisibility({ visibilityProperty: true })) return false
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0
  }
`

export interface SizeFinding {
  what: string
  text: string
  px: number
}

/**
 * Every visible text (text nodes, and an input's value or placeholder) under `minPx`, and every
 * tappable element smaller than `targetPx` either way. A control inside a tappable row or label is
 * measured as that row: the row is what the finger hits.
 */
export async function undersized(page: Page, minPx: number, targetPx: number): Promise<SizeFinding[]> {
  return page.evaluate(
    ({ minPx, targetPx, script }) => {
      const { hasTap, visible } = new Function(`${script}; return { hasTap, visible }`)() as {
        hasTap: (el: Element) => boolean
        visible: (el: Element) => boolean
      }
      const found: Array<{ what: string; text: string; px: number }> = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').trim()
        const el = n.parentElement
        if (!text || !el || !visible(el)) continue
        const px = parseFloat(getComputedStyle(el).fontSize)
        if (px < minPx - 0.01) found.push({ what: 'text', text: text.slice(0, 40), px })
      }
      for (const el of Array.from(document.querySelectorAll('input, textarea'))) {
        if (!visible(el)) continue
        const f = el as HTMLInputElement
        const text = f.value || f.placeholder
        if (f.type === 'checkbox' || f.type === 'radio' || !text) continue
        const px = parseFloat(getComputedStyle(el).fontSize)
        if (px < minPx - 0.01) found.push({ what: 'input', text: text.slice(0, 40), px })
      }
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        if (!hasTap(el) || !visible(el)) continue
        let outer: Element | null = el.parentElement
        let inside = false
        while (outer && outer !== document.body) {
          if (hasTap(outer) || outer.matches('taro-label-core, label')) {
            inside = true
            break
          }
          outer = outer.parentElement
        }
        if (inside) continue
        const r = el.getBoundingClientRect()
        const px = Math.min(r.width, r.height)
        if (px < targetPx - 0.5) {
          const label = (el.textContent ?? '').trim().slice(0, 30) || el.id || el.tagName.toLowerCase()
          found.push({ what: `target ${Math.round(r.width)}×${Math.round(r.height)}`, text: label, px })
        }
      }
      return found
    },
    { minPx, targetPx, script: TAPPABLE_SCRIPT },
  )
}

/**
 * What a narrow screen with large text hides or jumbles: the page scrolling sideways, a line of
 * text reaching past the screen's edge (outside a container meant to scroll sideways), text cut by
 * a box that hides its overflow, and two texts drawn over each other.
 */
export async function clippedOrOverlapping(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const width = window.innerWidth
    const root = document.scrollingElement ?? document.documentElement
    if (root.scrollWidth > width + 1) found.push(`the page is ${root.scrollWidth}px wide on a ${width}px screen`)
    const scrollsSideways = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const s = getComputedStyle(e)
        if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && e.scrollWidth > e.clientWidth) return true
      }
      return false
    }
    const boxes: Array<{ r: DOMRect; text: string; node: Node; layer: Element | null }> = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim()
      const el = n.parentElement
      if (!text || !el || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
      const range = document.createRange()
      range.selectNodeContents(n)
      const sideways = scrollsSideways(el)
      // Text on a fixed bar (the tab bar, fixed or not) is drawn over the page scrolling beneath it by design:
      // compare texts only within the same layer.
      let layer: Element | null = el.closest('.weui-tabbar')
      for (let e: Element | null = el; !layer && e && e !== document.body; e = e.parentElement) {
        const pos = getComputedStyle(e).position
        if (pos === 'fixed' || pos === 'sticky') {
          layer = e
          break
        }
      }
      for (const r of Array.from(range.getClientRects())) {
        if (r.width < 1 || r.height < 1) continue
        if (!sideways && (r.left < -1 || r.right > width + 1))
          found.push(`「${text.slice(0, 30)}」 runs past the screen (${Math.round(r.left)}…${Math.round(r.right)} of ${width})`)
        boxes.push({ r, text, node: n, layer })
      }
      // A box that hides what does not fit (a page scrolling down is fine), unless it says so with an ellipsis.
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const s = getComputedStyle(e)
        const hidesX = s.overflowX === 'hidden' || s.overflowX === 'clip'
        const hidesY = s.overflowY === 'hidden' || s.overflowY === 'clip'
        const cut = (hidesX && e.scrollWidth > e.clientWidth + 1) || (hidesY && e.scrollHeight > e.clientHeight + 1)
        if (cut && s.textOverflow !== 'ellipsis' && e.clientWidth > 0 && e.clientHeight > 0) {
          found.push(`「${text.slice(0, 30)}」 is cut by a ${e.clientWidth}×${e.clientHeight} box (${e.className || e.tagName})`)
          break
        }
      }
    }
    boxes.sort((a, b) => a.r.top - b.r.top)
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]
      for (let k = i + 1; k < boxes.length && boxes[k].r.top < a.r.bottom; k++) {
        const b = boxes[k]
        if (a.node === b.node || a.layer !== b.layer) continue
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left)
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top)
        // Overlap of more than a quarter of the smaller line's height in both directions: drawn over each other.
        const tol = Math.min(a.r.height, b.r.height) / 4
        if (w > tol && h > tol) found.push(`「${a.text.slice(0, 20)}」 and 「${b.text.slice(0, 20)}」 overlap`)
      }
    }
    return Array.from(new Set(found)).slice(0, 20)
  })
}

/**
 * What may be shown in Latin letters, and why; anything else in visible text is an internal code.
 *   - file types and sizes a person sees on their own uploads: PDF, JPG, JPEG, PNG, KB, MB
 *   - a resident ID number's check character X (GB 11643), only as the 18th character
 *   - a 送达凭证编号 (seq-hash-key, hexadecimal, as printed in the SMS the person keeps)
 *   - a 立案申请编号 or 调解编号 (LA or TJ, the day, six hexadecimal digits: the number on the receipt)
 *   - a document's 校验值 (hexadecimal SHA-256, after its label)
 * Case numbers （2026）内0784民初1号, amounts, dates and times have no Latin letters to allow.
 */
export const LATIN_ALLOWED: ReadonlyArray<{ pattern: RegExp; why: string }> = [
  { pattern: /(?<![A-Za-z])(PDF|JPE?G|PNG|KB|MB)(?![A-Za-z])/g, why: 'file type or size' },
  { pattern: /(?<!\d)\d{17}[Xx](?![A-Za-z0-9])/g, why: 'resident ID number' },
  { pattern: /(?<![A-Za-z0-9])\d+-[0-9A-F]{8}-[0-9A-F]{4}(?![A-Za-z0-9])/g, why: '送达凭证编号' },
  // The number on a filing's receipt (立案申请编号, LA…) and a mediation's (调解编号, TJ…), read out to the court on the phone.
  { pattern: /(?<![A-Za-z0-9])(LA|TJ)\d{8}[0-9A-F]{6}(?![A-Za-z0-9])/g, why: '立案申请编号、调解编号' },
  // A postal service's EMS number (an S10 number: two letters, nine digits, CN), what the party tracks it by.
  { pattern: /EMS [A-Z]{2}\d{9}[A-Z]{2}/g, why: 'EMS 邮件号' },
  // A document's SHA-256 beside its label, to compare with the paper copy.
  { pattern: /校验值：[0-9a-f]{8,64}…?/g, why: '文书校验值' },
]

/** Visible text of the page (and what its fields show) with Latin letters left after the allow-list. */
export async function latinCodes(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out = [document.body.innerText]
    for (const el of Array.from(document.querySelectorAll('input, textarea'))) {
      const f = el as HTMLInputElement
      // A tick box's value is never shown; what a field shows is its text and its placeholder.
      if (f.type !== 'hidden' && f.type !== 'checkbox' && f.type !== 'radio' && f.checkVisibility()) out.push(f.value, f.placeholder)
    }
    return out.filter(Boolean)
  })
  const found: string[] = []
  for (const raw of texts) {
    for (const line of raw.split('\n')) {
      let rest = line
      for (const { pattern } of LATIN_ALLOWED) rest = rest.replace(pattern, '')
      if (/[A-Za-z]/.test(rest)) found.push(line.trim().slice(0, 80))
    }
  }
  return Array.from(new Set(found))
}
