import { Type, type Static } from 'typebox'
import type { PeriodUnit, RuleStatus } from '../domain/enforcement/rules'
import type {
  AssetCategory,
  ClosureMode as DomainClosureMode,
  ControlMeasureKind,
  EnforcementCaseState,
  EnforcementCaseType as DomainCaseType,
  EnforcementNodeKind,
  PropertyLeadKind,
} from '../domain/enforcement/types'
import { Enum } from './common'

/** The enums and small builders the enforcement contract (enforcement.ts) shares between replies and requests. */

export const Id = (title: string) => Type.String({ title, minLength: 1, maxLength: 64 })
export const FileIds = (title: string, minItems = 0) => Type.Array(Type.String({ maxLength: 64 }), { title, minItems, maxItems: 20 })
export const Fen = (title: string, minimum = 1) => Type.Integer({ title, minimum, maximum: 10_000_000_000_000 })

// ————————————————————————————————————————————— shared enums

export const EnforcementCaseType = Enum<DomainCaseType>({ 执: true, 执恢: true, 执保: true }, { title: '执行案件类型' })
export type EnforcementCaseType = Static<typeof EnforcementCaseType>

export const EnforcementState = Enum<EnforcementCaseState>({
  applied: true,
  refused: true,
  filed: true,
  enforcing: true,
  suspended: true,
  settlement: true,
  closed: true,
})
export type EnforcementState = Static<typeof EnforcementState>

export const NodeKind = Enum<EnforcementNodeKind>({
  filing: true,
  'handler-assignment': true,
  'execution-notice': true,
  'online-search': true,
  'lead-verification': true,
  control: true,
  disposal: true,
  'money-received': true,
  'money-paid': true,
  'consumption-restriction': true,
  'credit-listing': true,
  settlement: true,
  suspension: true,
  closure: true,
  'termination-recheck': true,
})
export type NodeKind = Static<typeof NodeKind>

export const LeadKind = Enum<PropertyLeadKind>(
  {
    'bank-account': true,
    'real-estate': true,
    vehicle: true,
    livestock: true,
    'land-contract-rights': true,
    'farm-machinery': true,
    'wages-income': true,
    receivables: true,
    shares: true,
  },
  { title: '财产种类' },
)
export type LeadKind = Static<typeof LeadKind>

export const MeasureKind = Enum<ControlMeasureKind>({ freeze: true, seal: true, seize: true, deduct: true }, { title: '控制措施' })
export type MeasureKind = Static<typeof MeasureKind>

export const AssetKind = Enum<AssetCategory>({ deposit: true, movable: true, immovable: true, 'property-right': true }, { title: '财产类别' })
export type AssetKind = Static<typeof AssetKind>

export const ClosureMode = Enum<DomainClosureMode>(
  { performed: true, 'terminated-for-now': true, terminated: true, cancelled: true, 'not-enforced': true, rejected: true },
  { title: '结案方式' },
)
export type ClosureMode = Static<typeof ClosureMode>

/** The effective document enforcement rests on: from a case in the system, or from outside (uploaded). */
export const SourceDocumentKind = Enum<'judgment' | 'mediation' | 'judicial-confirmation' | 'arbitral-award' | 'notarial-deed'>(
  { judgment: true, mediation: true, 'judicial-confirmation': true, 'arbitral-award': true, 'notarial-deed': true },
  { title: '执行依据' },
)
export type SourceDocumentKind = Static<typeof SourceDocumentKind>

/** A "3+1" team role: 法官, 法官助理, 书记员, 法警. */
export const TeamRole = Enum<'judge' | 'assistant' | 'clerk' | 'bailiff'>({ judge: true, assistant: true, clerk: true, bailiff: true }, { title: '团队角色' })
export type TeamRole = Static<typeof TeamRole>

export const Status = Enum<RuleStatus>({ confirmed: true, 'one-source': true, unconfirmed: true })
export const Unit = Enum<PeriodUnit>({ days: true, workdays: true, months: true, years: true }, { title: '期间单位' })
