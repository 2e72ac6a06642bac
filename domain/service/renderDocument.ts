import { formatChineseDate } from '../dates/formatChineseDate'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import type { FilingClaim, PartySide, Procedure } from '../filing/types'
import { formatYuan } from '../money/formatYuan'
import { DOCUMENT_KINDS, type ServiceDocumentKind } from './documentKinds'

export interface CaseParty {
  side: PartySide
  name: string
  address: string
  /** no domicile in China: a defendant then has 30 days to answer (民事诉讼法第二百八十五条) */
  abroad?: boolean
}

/**
 * Small claims: the periods the court set with the parties (《民诉法解释》第二百七十五条) — the
 * evidence period, 1 to 7 days (第一款); the defence period the defendant consented to, at most 15
 * days, 0 when the parties said they need none (第二、三款).
 */
export interface AgreedPeriods {
  evidenceDays?: number
  defenceDays?: number
}

/** The case data a notice or summons is filled with. */
export interface DocumentCase {
  caseNumber: string
  courtName: string
  courtPhone: string
  procedure: Procedure
  parties: CaseParty[]
  claims: FilingClaim[]
  facts: string
  /** small claims only: periods set with the parties (《民诉法解释》第二百七十五条) */
  agreedPeriods?: AgreedPeriods
  /** an enforcement case's 执行通知书: what the debtor is ordered to do, and by when */
  execution?: ExecutionTerms
}

/** The orders of a 执行通知书 with its 报告财产令 (民事诉讼法第二百五十一条、第二百五十二条; 《财产调查规定》第三条至第五条). */
export interface ExecutionTerms {
  /** the effective document enforced, e.g. '呼伦贝尔仲裁委员会呼仲裁字〔2026〕第15号仲裁裁决书' */
  title: string
  /** days from service to perform the duty */
  performanceDays: number
  /** 'YYYY-MM-DD': report the property by this day */
  reportDueOn: string
}

export interface HearingPlace {
  /** 'YYYY-MM-DD' */
  date: string
  /** 'HH:MM' */
  time: string
  /** e.g. 第一法庭, 拉布大林巡回审判点 */
  place: string
  address: string
}

/** A generated document, frozen when issued: exactly what the party reads and what is hashed. */
export interface RenderedDocument {
  title: string
  caseNumber: string
  /** the person addressed, printed before a colon; '' when the document addresses no one by name */
  addressee: string
  paragraphs: string[]
  /** numbered points (事项, 注意事项) */
  items: string[]
  court: string
  /** the date as court documents print it: 二〇二六年十一月二十五日 */
  dateLine: string
}

const SIDE_NAMES: Record<PartySide, string> = { plaintiff: '原告', defendant: '被告', 'third-party': '第三人' }
const PROCEDURE_NAMES: Record<Procedure, string> = { ordinary: '普通程序', simple: '简易程序', 'small-claims': '小额诉讼程序（一审终审）' }
const DIGITS = '〇一二三四五六七八九'
const LAW = '《中华人民共和国民事诉讼法》'

function smallNumber(n: number): string {
  if (n < 10) return DIGITS[n]
  const tens = Math.floor(n / 10)
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`
}

/** 2026-11-25 → 二〇二六年十一月二十五日, the way a court's seal line dates a document. */
export function chineseDateLine(date: string): string {
  const { year, month, day } = parseCalendarDay(date)
  const y = String(year)
    .split('')
    .map((d) => DIGITS[Number(d)])
    .join('')
  return `${y}年${smallNumber(month)}月${smallNumber(day)}日`
}

const names = (c: DocumentCase, side: PartySide) =>
  c.parties
    .filter((p) => p.side === side)
    .map((p) => p.name)
    .join('、')

function caseTitle(c: DocumentCase): string {
  return `${names(c, 'plaintiff')}诉${names(c, 'defendant')}一案`
}

const INTERPRETATION = '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》'

/** The agreed small-claims periods, checked; none outside small claims. */
function agreed(c: DocumentCase): AgreedPeriods {
  const a = c.agreedPeriods
  if (a === undefined) return {}
  if (c.procedure !== 'small-claims') throw new DomainError('SERVICE_AGREED_PERIOD_INVALID', '只有小额诉讼案件可以约定举证期限和答辩期间', 'case.agreedPeriods')
  const days = (value: number | undefined, min: number, max: number, field: string, what: string) => {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < min || value > max)) {
      throw new DomainError('SERVICE_AGREED_PERIOD_INVALID', `约定的${what}应为${min}至${max}日`, `case.agreedPeriods.${field}`)
    }
    return value
  }
  return { evidenceDays: days(a.evidenceDays, 1, 7, 'evidenceDays', '举证期限'), defenceDays: days(a.defenceDays, 0, 15, 'defenceDays', '答辩期间') }
}

/** The 应诉通知书's defence item: 15 days (第一百二十八条), 30 abroad (第二百八十五条), or as agreed in small claims. */
function defenceItem(c: DocumentCase, recipient: CaseParty): { item: string; article: string } {
  const { defenceDays } = agreed(c)
  if (defenceDays === 0) {
    return { item: `双方当事人已表示不需要答辩期间，本院可以立即开庭审理（${INTERPRETATION}第二百七十五条第三款）。`, article: '第一百二十八条' }
  }
  if (defenceDays !== undefined) {
    return {
      item: `经你方同意，答辩期间为收到起诉状副本之日起${smallNumber(defenceDays)}日内（${INTERPRETATION}第二百七十五条第二款），请在此期间内向本院提交答辩状，并按对方当事人人数提出副本。不提交答辩状的，不影响本院审理。`,
      article: '第一百二十八条',
    }
  }
  const abroad = recipient.abroad === true
  return {
    item: `你方应当在收到起诉状副本之日起${abroad ? '三十' : '十五'}日内向本院提交答辩状，并按对方当事人人数提出副本。不提交答辩状的，不影响本院审理。`,
    article: abroad ? '第一百二十八条、第二百八十五条' : '第一百二十八条',
  }
}

function claimLine(claim: FilingClaim, i: number): string {
  const text = claim.text.trim().replace(/[。；;]+$/, '')
  return `${i + 1}. ${text}${claim.amountFen ? `（${formatYuan(claim.amountFen)}）` : ''}。`
}

function body(
  kind: ServiceDocumentKind,
  c: DocumentCase,
  recipient: CaseParty,
  hearing?: HearingPlace,
): Pick<RenderedDocument, 'title' | 'addressee' | 'paragraphs' | 'items'> {
  switch (kind) {
    case 'complaint-copy':
      return {
        title: '民事起诉状（副本）',
        addressee: '',
        paragraphs: [
          ...c.parties.map((p) => `${SIDE_NAMES[p.side]}：${p.name}，住${p.address}。`),
          '诉讼请求：',
          ...c.claims.map(claimLine),
          '事实与理由：',
          c.facts.trim(),
          `此致 ${c.courtName}`,
          `本副本依据原告在网上立案时提交的起诉状生成，由${c.courtName}送达${recipient.name}。`,
        ],
        items: [],
      }
    case 'response-notice': {
      const defence = defenceItem(c, recipient)
      return {
        title: '应诉通知书',
        addressee: recipient.name,
        paragraphs: [`本院已受理${caseTitle(c)}。依照${LAW}${defence.article}等规定，现将有关事项通知如下：`],
        items: [
          defence.item,
          '你方应当在举证期限内向本院提供证据，具体见举证通知书。',
          '你方可以委托一至二人作为诉讼代理人。委托他人代为诉讼的，应当向本院提交由你方签名或者盖章的授权委托书。',
          `本案适用${PROCEDURE_NAMES[c.procedure]}审理。`,
          `本院通过移动微法院向你方电子送达诉讼文书，送达信息到达你方账户之日为送达日期（${LAW}第九十条）。需要纸质文书的，可以向本院申请。`,
          `如有疑问，请拨打诉讼服务热线 ${c.courtPhone}。`,
        ],
      }
    }
    case 'evidence-notice': {
      const evidenceDays = agreed(c).evidenceDays
      const days = evidenceDays ?? (c.procedure === 'small-claims' ? 7 : 15)
      return {
        title: '举证通知书',
        addressee: recipient.name,
        paragraphs: [
          `${caseTitle(c)}，依照${LAW}第六十七条、第六十八条和《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十九条的规定，现将举证事项通知如下：`,
        ],
        items: [
          '当事人对自己提出的主张，有责任提供证据。',
          `举证期限为自收到本通知书之日起${smallNumber(days)}日内${evidenceDays === undefined ? '' : `（经双方当事人协商一致并经本院准许，${INTERPRETATION}第二百七十五条第一款）`}。`,
          '在举证期限内提供证据确有困难的，可以在期限届满前向本院申请延长。逾期提供证据的，本院将责令说明理由；拒不说明理由或者理由不成立的，可以不予采纳该证据，或者采纳该证据但予以训诫、罚款。',
          '证据应当提供原件或者原物；可以在移动微法院上传照片或 PDF，开庭时核对原件。',
          '因客观原因不能自行收集的证据，可以在举证期限届满前书面申请本院调查收集。',
        ],
      }
    }
    case 'summons':
      return summonsBody(c, recipient, hearing)
    case 'execution-notice':
      return executionNoticeBody(c, recipient)
    default:
      throw new DomainError('SERVICE_KIND_NOT_TEMPLATE', `${DOCUMENT_KINDS[kind].name}由法官上传，不由模板生成`, 'kind')
  }
}

/**
 * 执行通知书 with the 报告财产令 (第二百五十一条、第二百五十二条; 《财产调查规定》第三条、第五条): addressed to
 * the debtors; the applicant's copy says it is a copy.
 */
function executionNoticeBody(c: DocumentCase, recipient: CaseParty): Pick<RenderedDocument, 'title' | 'addressee' | 'paragraphs' | 'items'> {
  const e = c.execution
  if (!e) throw new DomainError('SERVICE_EXECUTION_TERMS_REQUIRED', '执行通知书需要写明履行期限和报告财产期限', 'execution')
  const { year } = parseCalendarDay(e.reportDueOn, 'execution.reportDueOn')
  const debtors = c.parties.filter((p) => p.side === 'defendant').map((p) => p.name)
  const creditors = c.parties.filter((p) => p.side === 'plaintiff').map((p) => p.name)
  return {
    title: '执行通知书',
    addressee: debtors.join('、'),
    paragraphs: [
      ...(recipient.side === 'plaintiff' ? [`（本通知书副本送申请执行人${recipient.name}）`] : []),
      `${creditors.join('、')}申请执行${e.title}一案，本院已经立案执行。依照${LAW}第二百五十一条、第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的规定，责令你方：`,
    ],
    items: [
      `自收到本通知书之日起${smallNumber(e.performanceDays)}日内履行生效法律文书确定的义务：${c.claims.map((k, i) => claimLine(k, i)).join('')}`,
      `在${year}年${formatChineseDate(e.reportDueOn)}前，如实向本院报告当前以及收到本通知书之日前一年的财产情况（报告财产令）；财产情况变动影响执行的，自变动之日起十日内补充报告。`,
      `逾期不履行的，本院将依法强制执行，并可以限制消费、纳入失信被执行人名单；拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院可以根据情节轻重予以罚款、拘留（${LAW}第二百五十二条）。`,
      '执行申请费和执行中实际支出的费用由你方负担（《诉讼费用交纳办法》第三十八条）。',
      `本院通过移动微法院向你方电子送达，送达信息到达你方账户之日为送达日期（${LAW}第九十条）。如有疑问，请拨打 ${c.courtPhone}。`,
    ],
  }
}

/** 传票 (第一百三十九条), with the consequences of not appearing (第一百四十六条、第一百四十七条). */
function summonsBody(c: DocumentCase, recipient: CaseParty, hearing?: HearingPlace): Pick<RenderedDocument, 'title' | 'addressee' | 'paragraphs' | 'items'> {
  if (!hearing) throw new DomainError('SERVICE_HEARING_REQUIRED', '传票需要开庭时间和地点', 'hearing')
  const { year } = parseCalendarDay(hearing.date, 'hearing.date')
  const half = Number(hearing.time.slice(0, 2)) < 12 ? '上午' : '下午'
  return {
    title: '传票',
    addressee: '',
    paragraphs: [
      `案由：${caseTitle(c)}`,
      `被传唤人：${recipient.name}（${SIDE_NAMES[recipient.side]}）`,
      `住址：${recipient.address}`,
      '传唤事由：开庭审理',
      `应到时间：${year}年${formatChineseDate(hearing.date)}${half}${hearing.time}`,
      `应到处所：${hearing.place}（${hearing.address}）`,
    ],
    items: [
      '被传唤人必须准时到达应到处所，并携带本人身份证件。',
      '收到本传票后，请在移动微法院点击“签收”。',
      `原告经传票传唤，无正当理由拒不到庭的，可以按撤诉处理；被告经传票传唤，无正当理由拒不到庭的，可以缺席判决（${LAW}第一百四十六条、第一百四十七条）。`,
      '因特殊情况不能按时到庭的，应当在开庭前向本院说明理由并提交证明。',
    ],
  }
}
/**
 * Fills the template of a notice or summons with the case's data: 起诉状副本 (from the complaint as
 * filed), 应诉通知书 (民事诉讼法第一百二十八条: defence within 15 days; 30 for a recipient without
 * domicile in China, 第二百八十五条), 举证通知书 (第六十七、六十八条; 《民诉法解释》第九十九条: 15 days,
 * 7 for small claims), 传票 (第一百三十九条; the consequences of not appearing, 第一百四十六、一百四十七条),
 * 执行通知书 with its 报告财产令 (第二百五十一条、第二百五十二条; `case.execution` gives the days to perform and the
 * day to report by).
 * In small claims the periods the court set with the parties (`case.agreedPeriods`, 《民诉法解释》
 * 第二百七十五条) replace the defaults: an evidence period of 1–7 days, a defence period of 0–15 days
 * (0: the parties need none and the court may hear the case at once). The result is stored as issued and never re-rendered, so
 * later template changes do not alter a served document.
 *
 * @param input.kind a template kind; input.case the case; input.recipient the party addressed;
 *   input.issuedOn 'YYYY-MM-DD'; input.hearing the hearing, for a 传票
 * @returns the document's title, addressee, paragraphs, numbered items, court and date line
 * @throws DomainError 'SERVICE_KIND_NOT_TEMPLATE' for 判决书/裁定书/调解书; 'SERVICE_HEARING_REQUIRED' for a 传票 without a hearing;
 *   'SERVICE_AGREED_PERIOD_INVALID' for agreed periods outside small claims or out of range
 * @example renderDocument({ kind: 'response-notice', case: c, recipient: { side: 'defendant', name: '王建国', address: '…' }, issuedOn: '2026-11-25' }).title // '应诉通知书'
 */
export function renderDocument(input: {
  kind: ServiceDocumentKind
  case: DocumentCase
  recipient: CaseParty
  issuedOn: string
  hearing?: HearingPlace
}): RenderedDocument {
  const { kind, case: c, recipient, issuedOn, hearing } = input
  return { ...body(kind, c, recipient, hearing), caseNumber: c.caseNumber, court: c.courtName, dateLine: chineseDateLine(issuedOn) }
}
