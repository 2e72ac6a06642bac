import fs from 'node:fs'

/** A font file and the face in it that pdfkit registers (a .ttc holds several; SC is 简体中文). */
export interface CjkFont {
  path: string
  family: string
}

/** Where Debian's fonts-noto-cjk and common other layouts put Noto Sans CJK, first match wins. */
export const CJK_FONT_CANDIDATES: readonly CjkFont[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular' },
]

/** The report cannot be drawn without a Chinese font; the message says what to install. */
export class CjkFontMissing extends Error {
  constructor(tried: readonly string[]) {
    super(`生成监管通报需要系统中文字体（Noto Sans CJK），未找到：${tried.join('、')}。请安装 fonts-noto-cjk，或用 REPORT_CJK_FONT 指定字体文件路径`)
    this.name = 'CjkFontMissing'
  }
}

/**
 * The system CJK font the 《执行指挥中心监管通报》 PDF is set in, found at run time: the file named by
 * `REPORT_CJK_FONT` (with `REPORT_CJK_FONT_FAMILY` for the face inside a .ttc) when set, otherwise
 * the first of CJK_FONT_CANDIDATES that exists. Throws CjkFontMissing, naming the paths tried,
 * when there is none: a PDF with missing glyphs would be worse than no PDF.
 *
 * @param env the process environment (REPORT_CJK_FONT, REPORT_CJK_FONT_FAMILY)
 * @param exists how to test a path (a test passes its own)
 * @example findCjkFont({}) // → { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' }
 */
export function findCjkFont(env: Record<string, string | undefined> = process.env, exists: (p: string) => boolean = fs.existsSync): CjkFont {
  const configured = env.REPORT_CJK_FONT?.trim()
  const candidates: CjkFont[] = configured
    ? [{ path: configured, family: env.REPORT_CJK_FONT_FAMILY?.trim() || (configured.endsWith('.ttc') ? 'NotoSansCJKsc-Regular' : '') }]
    : [...CJK_FONT_CANDIDATES]
  const found = candidates.find((c) => exists(c.path))
  if (!found) throw new CjkFontMissing(candidates.map((c) => c.path))
  return found
}
