import PDFDocument from 'pdfkit'
import { countText, moneyText, percentText } from '../scorecard/figureViews'
import type { CjkFont } from '../reportFont'
import type { ReportData } from './reportData'

type Doc = InstanceType<typeof PDFDocument>

const MARGIN = 50
const ROW = 16
/** The 督办 items printed one by one; the counts by team cover all of them. */
export const REPORT_RISK_ROWS = 60

/** A table row at the current line: each cell in its column, cut to one line; a new page when the page is full. */
function row(doc: Doc, cells: string[], widths: number[], opts: { bold?: boolean; size?: number } = {}) {
  if (doc.y + ROW > doc.page.height - MARGIN) doc.addPage()
  const y = doc.y
  let x = MARGIN
  doc.fontSize(opts.size ?? 9).fillColor(opts.bold ? '#000000' : '#222222')
  cells.forEach((cell, i) => {
    doc.text(cell, x + 2, y + 3, { width: widths[i] - 4, height: ROW - 2, lineBreak: false, ellipsis: true })
    x += widths[i]
  })
  doc
    .moveTo(MARGIN, y + ROW)
    .lineTo(x, y + ROW)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke()
  doc.x = MARGIN
  doc.y = y + ROW
}

function heading(doc: Doc, text: string) {
  if (doc.y + 60 > doc.page.height - MARGIN) doc.addPage()
  doc.moveDown(0.8).fontSize(13).fillColor('#000000').text(text, MARGIN, doc.y)
  doc.moveDown(0.3)
}

function paragraph(doc: Doc, text: string, size = 10) {
  doc
    .fontSize(size)
    .fillColor('#222222')
    .text(text, MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN })
}

/** 执结率 month by month as bars, each labelled with its value (a month with nothing to count has no bar). */
function closureBars(doc: Doc, trend: ReportData['trend']) {
  const height = 90
  const width = doc.page.width - 2 * MARGIN
  if (doc.y + height + 40 > doc.page.height - MARGIN) doc.addPage()
  const top = doc.y + 14
  const slot = width / trend.length
  doc.fontSize(8).fillColor('#222222')
  trend.forEach((t, i) => {
    const r = t.metrics.closureRate
    const x = MARGIN + i * slot
    if (r !== null) {
      const h = Math.max(1, r * height)
      doc
        .rect(x + slot * 0.2, top + height - h, slot * 0.6, h)
        .fillColor('#3b6ea5')
        .fill()
      doc.fillColor('#222222').text(percentText(r), x, top + height - h - 11, { width: slot, align: 'center', lineBreak: false })
    }
    doc.fillColor('#222222').text(t.month.slice(2).replace('-', '/'), x, top + height + 3, { width: slot, align: 'center', lineBreak: false })
  })
  doc.x = MARGIN
  doc.y = top + height + 18
}

function figuresSection(doc: Doc, data: ReportData) {
  heading(doc, '一、主要指标')
  // At 8 points the longest name and band position fit their columns whole.
  const w = [155, 50, 145, 145]
  row(doc, ['指标', '数值', '计算', '与目标区间'], w, { bold: true, size: 8 })
  for (const f of data.figures) row(doc, [f.name, f.text, f.detail, f.positionText], w, { size: 8 })
  paragraph(doc, `受理${countText(data.metrics.accepted)}件（旧存加新收），结案${countText(data.metrics.closed)}件。`, 9)
}

function subsetsSection(doc: Doc, data: ReportData) {
  heading(doc, '二、分类案件')
  const w = [80, 60, 60, 65, 115, 115]
  row(doc, ['类别', '受理', '结案', '执结率', '申请执行标的（已结）', '执行到位'], w, { bold: true })
  for (const s of data.subsets) {
    const f = s.figures
    row(
      doc,
      [s.name, `${countText(f.accepted)}件`, `${countText(f.closed)}件`, percentText(f.closureRate), moneyText(f.appliedFen), moneyText(f.recoveredFen)],
      w,
    )
  }
}

function trendSection(doc: Doc, data: ReportData) {
  heading(doc, '三、近十二个月趋势')
  const w = [52, 55, 55, 58, 78, 62, 70, 65]
  row(doc, ['月份', '受理', '结案', '执结率', '法定期限内结案率', '终本合格率', '信访办结率', '平均用时'], w, { bold: true, size: 8 })
  for (const t of data.trend) {
    const m = t.metrics
    const days = m.performedAverageDays === null ? '—' : `${m.performedAverageDays.toFixed(2)}天`
    row(
      doc,
      [
        t.month,
        countText(m.accepted),
        countText(m.closed),
        percentText(m.closureRate),
        percentText(m.withinLimitRate),
        percentText(m.terminationQualifiedRate),
        percentText(m.complaintClosureRate),
        days,
      ],
      w,
      { size: 8 },
    )
  }
  paragraph(doc, '每月执结率（当月受理含月初未结案件，各月受理数不能相加）：', 9)
  closureBars(doc, data.trend)
}

function supervisionSection(doc: Doc, data: ReportData) {
  heading(doc, '四、督办事项')
  const all = data.supervision.flatMap((s) => s.risks.map((r) => ({ court: s.courtName, r })))
  if (all.length === 0) {
    paragraph(doc, '本期没有超期或即将到期的执行节点和风险点。')
    return
  }
  const tw = [200, 165, 65, 65]
  row(doc, ['法院', '执行团队', '超期', '即将到期'], tw, { bold: true })
  for (const s of data.supervision) for (const t of s.byTeam) row(doc, [s.courtName, t.teamName, `${t.overdue}项`, `${t.warning}项`], tw)
  doc.moveDown(0.5)
  const w = [110, 110, 80, 55, 65, 75]
  row(doc, ['案号', '事项', '团队', '承办人', '到期日', '情况'], w, { bold: true })
  for (const { r } of all.slice(0, REPORT_RISK_ROWS)) {
    const state = r.severity === 'overdue' ? `超期${r.daysOverdue}天` : `${r.daysLeft}天后到期`
    row(doc, [r.caseNumber ?? '待立案', `${r.agricultural ? '【涉农】' : ''}${r.title}`, r.teamName ?? '未分配团队', r.handlerName ?? '—', r.due, state], w)
  }
  if (all.length > REPORT_RISK_ROWS) paragraph(doc, `另有${all.length - REPORT_RISK_ROWS}项，详见执行指挥中心督办清单。`, 9)
}

/**
 * Draws the monthly 《执行指挥中心监管通报》 as a PDF in the system CJK font: the title, the courts
 * and period counted, the 执行 figures against their bands, the 涉农 / 涉企 / 涉党政机关 subsets, the
 * twelve-month trend as a table and as bars, the 督办 list by team, and the note that the figures
 * are for analysis and not for ranking. The creation date is `createdAt`, so the same data drawn
 * at the same moment gives the same bytes.
 *
 * @param data what the report says (reportData)
 * @param font the CJK font (findCjkFont)
 * @param createdAt when it is generated
 * @returns the PDF's bytes
 */
export function reportPdf(data: ReportData, font: CjkFont, createdAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: data.title, Author: data.courtName, Subject: '执行指挥中心监管通报', CreationDate: createdAt, ModDate: createdAt },
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  doc.registerFont('cjk', font.path, font.family)
  doc.font('cjk')
  doc.fontSize(18).fillColor('#000000').text('执行指挥中心监管通报', { align: 'center' })
  doc.moveDown(0.3).fontSize(12).text(`${data.courtName}  ${data.period.monthText}`, { align: 'center' })
  doc.moveDown(0.8)
  paragraph(doc, `统计范围：${data.subjectText}（${data.courtNames.join('、')}）`)
  paragraph(doc, `统计期间：${data.period.periodText}`)
  figuresSection(doc, data)
  subsetsSection(doc, data)
  trendSection(doc, data)
  supervisionSection(doc, data)
  doc.moveDown(1)
  paragraph(doc, '说明：以上指标由执行案件数据自动计算，用于分析研判、查找短板，不作排名通报（最高人民法院2024年审判质量管理指标有关规定）。', 9)
  doc.end()
  return done
}
