import PDFDocument from 'pdfkit'
import { CjkFontMissing, findCjkFont } from '../../../server/services/metrics/reportFont'

describe('findCjkFont: the Chinese font of the monthly report', () => {
  it('finds the system Noto Sans CJK, and pdfkit sets Chinese text in its face', async () => {
    const font = findCjkFont({})
    const doc = new PDFDocument()
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    const done = new Promise((resolve) => doc.on('end', resolve))
    doc.font(font.path, font.family).fontSize(16).text('执行指挥中心监管通报')
    doc.end()
    await done
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('takes the file named by REPORT_CJK_FONT when it exists', () => {
    expect(findCjkFont({ REPORT_CJK_FONT: '/opt/fonts/x.otf', REPORT_CJK_FONT_FAMILY: 'X' }, (p) => p === '/opt/fonts/x.otf')).toEqual({
      path: '/opt/fonts/x.otf',
      family: 'X',
    })
  })

  it('fails with a Chinese message naming what to install when no font is there', () => {
    expect(() => findCjkFont({}, () => false)).toThrow(CjkFontMissing)
    expect(() => findCjkFont({}, () => false)).toThrow(/fonts-noto-cjk/)
    expect(() => findCjkFont({ REPORT_CJK_FONT: '/nope.ttf' }, () => false)).toThrow(/\/nope\.ttf/)
  })
})
