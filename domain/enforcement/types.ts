/**
 * Where an enforcement case (执行案件) stands: the application awaits review (待立案审查), was
 * refused (不予受理), was docketed (已立案), is being enforced (执行中), is suspended (中止执行,
 * 《民事诉讼法》第二百六十七条), rests on a settlement being performed (执行和解,
 * 《民事诉讼法》第二百四十一条), or is closed by one of the six modes of {@link ClosureMode}.
 */
export type EnforcementCaseState = 'applied' | 'refused' | 'filed' | 'enforcing' | 'suspended' | 'settlement' | 'closed'

/** The states in plain Chinese, as the applicant and the court team see them. */
export const ENFORCEMENT_STATE_NAMES: Readonly<Record<EnforcementCaseState, string>> = {
  applied: '待立案审查',
  refused: '不予受理',
  filed: '已立案',
  enforcing: '执行中',
  suspended: '中止执行',
  settlement: '执行和解履行中',
  closed: '已结案',
}

/**
 * The process nodes (流程节点) the timeline shows and the 执行指挥中心 supervises, in the order a
 * case usually passes them. 'termination-recheck' is the six-monthly 网络查控 after a 终本
 * (《终本规定》第九条第二款).
 */
export type EnforcementNodeKind =
  | 'filing'
  | 'handler-assignment'
  | 'execution-notice'
  | 'online-search'
  | 'lead-verification'
  | 'control'
  | 'disposal'
  | 'money-received'
  | 'money-paid'
  | 'consumption-restriction'
  | 'credit-listing'
  | 'settlement'
  | 'suspension'
  | 'closure'
  | 'termination-recheck'

/** The nodes in plain Chinese, in timeline order. */
export const ENFORCEMENT_NODE_NAMES: Readonly<Record<EnforcementNodeKind, string>> = {
  filing: '立案',
  'handler-assignment': '确定承办人',
  'execution-notice': '执行通知与报告财产令',
  'online-search': '网络查控',
  'lead-verification': '财产线索核查',
  control: '冻结/查封/扣押/划拨',
  disposal: '评估/拍卖',
  'money-received': '执行款到账',
  'money-paid': '执行款发放',
  'consumption-restriction': '限制消费令',
  'credit-listing': '纳入失信名单',
  settlement: '执行和解',
  suspension: '中止执行',
  closure: '结案',
  'termination-recheck': '终本后财产复查',
}

/**
 * The six ways an enforcement case is closed, 《执行工作规定》第六十四条: 执行完毕, 终结本次执行程序
 * (终本), 终结执行, 销案, 不予执行, 驳回申请. 中止, 暂缓 and a settlement not yet performed are not
 * closures.
 */
export type ClosureMode = 'performed' | 'terminated-for-now' | 'terminated' | 'cancelled' | 'not-enforced' | 'rejected'

/** The closure modes in the order of 第六十四条, with their names. */
export const CLOSURE_MODE_NAMES: Readonly<Record<ClosureMode, string>> = {
  performed: '执行完毕',
  'terminated-for-now': '终结本次执行程序',
  terminated: '终结执行',
  cancelled: '销案',
  'not-enforced': '不予执行',
  rejected: '驳回申请',
}

/** 冻结, 查封, 扣押, 划拨 (《民事诉讼法》第二百五十三条、第二百五十五条). 划拨 moves the money at once and has no term. */
export type ControlMeasureKind = 'freeze' | 'seal' | 'seize' | 'deduct'

export const CONTROL_MEASURE_NAMES: Readonly<Record<ControlMeasureKind, string>> = { freeze: '冻结', seal: '查封', seize: '扣押', deduct: '划拨' }

/**
 * What a measure holds, which sets its longest term (《民诉法解释》第四百八十五条): bank deposits 1 year,
 * movables 2 years, real estate 3 years, other property rights (land or grassland contract rights,
 * shares, claims, income held by a third party) 3 years.
 */
export type AssetCategory = 'deposit' | 'movable' | 'immovable' | 'property-right'

export const ASSET_CATEGORY_NAMES: Readonly<Record<AssetCategory, string>> = {
  deposit: '银行存款',
  movable: '动产',
  immovable: '不动产',
  'property-right': '其他财产权',
}

/** The kinds of property lead (财产线索) an applicant can give (《财产调查规定》第二条: 财产调查表). */
export type PropertyLeadKind =
  'bank-account' | 'real-estate' | 'vehicle' | 'livestock' | 'land-contract-rights' | 'farm-machinery' | 'wages-income' | 'receivables' | 'shares'

/** One lead kind as the applicant's form shows it: its name, what to write, and what a measure on it holds. */
export interface PropertyLeadKindInfo {
  name: string
  /** one plain sentence: what helps the court find it */
  hint: string
  /** the category whose term a freeze or seizure of it runs for (the court may record another) */
  asset: AssetCategory
}

/** The lead kinds in the order the form lists them. */
export const PROPERTY_LEAD_KINDS: Readonly<Record<PropertyLeadKind, PropertyLeadKindInfo>> = {
  'bank-account': { name: '银行账户存款', hint: '写上开户银行和户名，知道的话写上账号或卡号。', asset: 'deposit' },
  'real-estate': { name: '房屋、土地等不动产', hint: '写清楚在哪里（村、小区、门牌号），有房产证号的写上。', asset: 'immovable' },
  vehicle: { name: '车辆', hint: '写上车牌号、车型和颜色，平时停在哪里。', asset: 'movable' },
  livestock: { name: '牲畜（牛、羊、马等）', hint: '写上大概多少头（只）、放在哪个嘎查或村的哪片草场、谁在放养，能拍照的拍照。', asset: 'movable' },
  'land-contract-rights': { name: '草原/土地承包经营权', hint: '写上哪个村（嘎查）的哪块草场或耕地、大概多少亩，有承包证号的写上。', asset: 'property-right' },
  'farm-machinery': { name: '农机具', hint: '写上拖拉机、收割机等的型号、牌照号和停放的地方。', asset: 'movable' },
  'wages-income': { name: '工资、劳务等收入', hint: '写上他在哪个单位上班或者给谁干活，大概每月挣多少。', asset: 'property-right' },
  receivables: { name: '别人欠他的钱（到期债权）', hint: '写上谁欠他钱、欠多少，有没有欠条或者合同。', asset: 'property-right' },
  shares: { name: '股权、股份', hint: '写上他在哪家公司或合作社有股份，大概占多少。', asset: 'property-right' },
}

/**
 * Periods not counted in the case's time limit (《审限规定》第九条): (七) a jurisdiction dispute,
 * (八) 审计、评估、资产清理 by an outside body, (九) 中止执行 until resumption (also 《执行工作规定》
 * 第六十三条), (十) 暂缓执行 after a settlement or a guarantee, (十一) 暂缓 ordered by a superior court,
 * (十二) the auction or sale of seized property.
 */
export type ExcludedPeriodKind = 'jurisdiction-dispute' | 'audit-valuation' | 'suspension' | 'deferral' | 'superior-deferral' | 'auction'

/** Each excluded period's name and the item of 《审限规定》第九条 that excludes it. */
export const EXCLUDED_PERIOD_KINDS: Readonly<Record<ExcludedPeriodKind, { name: string; article: string }>> = {
  'jurisdiction-dispute': { name: '管辖争议处理期间', article: '《审限规定》第九条第（七）项' },
  'audit-valuation': { name: '审计、评估、资产清理期间', article: '《审限规定》第九条第（八）项' },
  suspension: { name: '中止执行期间', article: '《审限规定》第九条第（九）项；《执行工作规定》第六十三条' },
  deferral: { name: '执行和解或担保后暂缓执行期间', article: '《审限规定》第九条第（十）项' },
  'superior-deferral': { name: '上级法院通知暂缓执行期间', article: '《审限规定》第九条第（十一）项' },
  auction: { name: '拍卖、变卖被查封扣押财产期间', article: '《审限规定》第九条第（十二）项' },
}

/** The enforcement case types (类型代字) of 《人民法院案件类型及其代字标准》: 首次执行, 恢复执行, 财产保全执行. */
export type EnforcementCaseType = '执' | '执恢' | '执保'
