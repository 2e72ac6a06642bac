import { ENFORCEMENT_RULES } from '../../../../domain/enforcement/defaultEnforcementRules'
import { enforcementRulesWith } from '../../../../domain/enforcement/enforcementRulesWith'
import { PERIOD_UNITS, type EnforcementPeriodKey, type EnforcementRuleOverrides, type EnforcementRules } from '../../../../domain/enforcement/rules'
import type { RulesBody } from '../../../../contract/enforcement'
import type { Actor } from '../../../auth/actor'
import { badRequest, forbidden } from '../../../errors'
import type { EnforcementContext } from '../context'

/** The one place a court's enforcement rules are read: the shipped rules with the court's settings laid over them. */
export async function courtRules(ctx: EnforcementContext, courtId: string): Promise<EnforcementRules> {
  const row = await ctx.repo.ruleSettings(courtId)
  return row ? enforcementRulesWith(JSON.parse(row.overrides_json) as EnforcementRuleOverrides) : ENFORCEMENT_RULES
}

/** courtRules for a list over many cases: each court's rules read once, however many of its cases the list holds. */
export function courtRulesOnce(ctx: EnforcementContext): (courtId: string) => Promise<EnforcementRules> {
  const known = new Map<string, Promise<EnforcementRules>>()
  return (courtId) => {
    const rules = known.get(courtId) ?? courtRules(ctx, courtId)
    known.set(courtId, rules)
    return rules
  }
}

function rulesView(courtId: string, rules: EnforcementRules, updatedAt: string | null) {
  return {
    courtId,
    periods: (Object.keys(rules.periods) as EnforcementPeriodKey[]).map((key) => {
      const p = rules.periods[key]
      return {
        key,
        name: p.name,
        length: p.length,
        unit: p.unit,
        units: [...PERIOD_UNITS[key].units],
        optional: PERIOD_UNITS[key].optional === true,
        article: p.article,
        source: p.source,
        status: p.status,
        court: p.court === true,
        editable: p.status !== 'confirmed',
      }
    }),
    terminationInterview: rules.terminationInterview.value,
    agriculturalCauses: [...rules.agriculturalCauses.value],
    agriculturalKeywords: [...rules.agriculturalKeywords.value],
    updatedAt,
  }
}

const requireCourt = (actor: Actor) => {
  if (!actor.courtId) throw forbidden('只有法院工作人员可以查看')
  return actor.courtId
}

/** GET /court/enforcement/rules: what this court runs on, each rule with its article and how sure it is. */
export async function getRules(ctx: EnforcementContext, actor: Actor) {
  const courtId = requireCourt(actor)
  const row = await ctx.repo.ruleSettings(courtId)
  return rulesView(courtId, await courtRules(ctx, courtId), row?.updated_at ?? null)
}

/** PUT /court/enforcement/rules (admin): only 🟡/❌ rules change; a statutory period is refused by the domain and nothing is stored. */
export async function putRules(ctx: EnforcementContext, actor: Actor, body: RulesBody) {
  const courtId = requireCourt(actor)
  const periods: NonNullable<EnforcementRuleOverrides['periods']> = {}
  body.periods.forEach((p, i) => {
    if (!(p.key in ENFORCEMENT_RULES.periods)) throw badRequest('ENFORCEMENT_RULE_UNKNOWN', '没有这项期间设置', `periods[${i}].key`)
    periods[p.key as EnforcementPeriodKey] = { length: p.length, ...(p.unit ? { unit: p.unit } : {}) }
  })
  const overrides: EnforcementRuleOverrides = {
    periods,
    ...(body.terminationInterview !== undefined ? { terminationInterview: body.terminationInterview } : {}),
    ...(body.agriculturalCauses ? { agriculturalCauses: body.agriculturalCauses } : {}),
    ...(body.agriculturalKeywords ? { agriculturalKeywords: body.agriculturalKeywords } : {}),
  }
  const rules = enforcementRulesWith(overrides) // throws ENFORCEMENT_RULE_STATUTORY / _INVALID before anything is stored
  const at = ctx.nowIso()
  await ctx.repo.saveRuleSettings({ court_id: courtId, overrides_json: JSON.stringify(overrides), updated_by: actor.sub, updated_at: at })
  await ctx.audit.record({
    actorId: actor.sub,
    action: 'enforcement.rules-changed',
    subject: `court:${courtId}`,
    detail: overrides as Record<string, unknown>,
    at,
  })
  return rulesView(courtId, rules, at)
}
