import { CONTROL_MEASURE_NAMES, PROPERTY_LEAD_KINDS, type PropertyLeadKind } from '../../../../domain/enforcement/types'
import { seizureExpiry } from '../../../../domain/enforcement/seizureExpiry'
import type { NodeBody } from '../../../../contract/enforcement'
import type { Actor } from '../../../auth/actor'
import { orderedId } from '../../../db/ids'
import { AppError, badRequest, conflict, notFound } from '../../../errors'
import { loadForTeam } from '../access'
import { readJson, type EnforcementContext, type StoredFacts, type StoredParty, type StoredSource } from '../context'
import type { EnforcementCaseRow } from '../repository'
import { SOURCE_NAMES } from '../views/caseView'
import { caseView } from '../views/caseView'
import { words } from '../views/deadline'
import { afterNode, chainDetail, nodeRow, recordNode, saveCase, type NodeRecord } from './record'
import { recordMoney } from './money'

const yuan = (fen: number) => `${(fen / 100).toFixed(2)}元`

/** The facts and the timeline sentence of a step that changes only facts_json. */
// eslint-disable-next-line max-lines-per-function -- one case per node kind, each a few lines
function factStep(body: NodeBody, f: StoredFacts): { facts: StoredFacts; node: NodeRecord } | null {
  switch (body.kind) {
    case 'execution-notice':
      return {
        facts: { ...f, noticeSentOn: body.on, assetReportOrderSentOn: body.on, reportDueOn: body.reportDueOn },
        node: {
          kind: 'execution-notice',
          on: body.on,
          text: `发出执行通知书和报告财产令：被执行人应在${body.performanceDays}日内履行，并在${words(body.reportDueOn)}前如实报告财产${body.serve ? '，已通过移动微法院电子送达' : ''}`,
          ...(body.serve ? { detail: { document: '执行通知书（含报告财产令）', served: 'electronic' } } : {}),
        },
      }
    case 'asset-report':
      return {
        facts: { ...f, assetReport: { outcome: body.outcome, checkedOn: body.checkedOn, ...(body.sanctionedOn ? { sanctionedOn: body.sanctionedOn } : {}) } },
        node: {
          kind: 'execution-notice',
          on: body.checkedOn,
          text: body.outcome === 'reported' ? '被执行人已报告财产，法院已核实' : `被执行人没有按时如实报告财产${body.sanctionedOn ? '，已依法处罚' : ''}`,
        },
      }
    case 'online-search': {
      const found = body.results.filter((r) => r.found)
      return {
        facts: { ...f, onlineSearches: [...(f.onlineSearches ?? []), { on: body.on, connector: body.connector ?? 'manual', results: body.results }] },
        node: {
          kind: 'online-search',
          on: body.on,
          text: `网络查控：查询了${body.results.length}项，${found.length > 0 ? `发现${found.map((r) => r.institution).join('、')}的财产` : '没有发现可供执行的财产'}`,
        },
      }
    }
    case 'consumption-restriction':
      return {
        facts: { ...f, consumptionRestrictionOn: body.on, consumptionRestrictionNumber: body.documentNumber },
        node: {
          kind: 'consumption-restriction',
          on: body.on,
          text: `对被执行人发出限制消费令（${body.documentNumber}）`,
          detail: { document: body.documentNumber },
        },
      }
    case 'credit-listing':
      return {
        facts: { ...f, creditListing: body.listed ? { listedOn: body.on } : { notEligibleReason: body.reason } },
        node: {
          kind: 'credit-listing',
          on: body.on,
          text: body.listed ? `将被执行人纳入失信被执行人名单：${body.reason}` : `被执行人不符合纳入失信名单的条件：${body.reason}`,
        },
      }
    case 'settlement':
      return {
        facts: { ...f, settlementOn: body.on, excludedPeriods: [...(f.excludedPeriods ?? []), { kind: 'deferral', from: body.on }] },
        node: { kind: 'settlement', on: body.on, text: `双方达成执行和解：${body.terms}` },
      }
    case 'suspension':
      return {
        facts: { ...f, excludedPeriods: [...(f.excludedPeriods ?? []), { kind: 'suspension', from: body.on }] },
        node: { kind: 'suspension', on: body.on, text: `裁定中止执行：${body.reason}` },
      }
    case 'suspension-end':
      return {
        facts: {
          ...f,
          excludedPeriods: (f.excludedPeriods ?? []).map((p) =>
            p.to === undefined && (p.kind === 'suspension' || p.kind === 'deferral') ? { ...p, to: body.on } : p,
          ),
        },
        node: { kind: 'suspension', on: body.on, text: `恢复执行：${body.reason}` },
      }
    case 'investigation':
      return {
        facts: {
          ...f,
          propertyOutcome: body.propertyOutcome,
          debtorMissing: body.debtorMissing ? { ...(body.debtorSoughtOn ? { soughtOn: body.debtorSoughtOn } : {}) } : undefined,
          obstruction: body.obstruction ? { ...(body.obstructionSanctionedOn ? { sanctionedOn: body.obstructionSanctionedOn } : {}) } : undefined,
        },
        node: {
          kind: 'online-search',
          on: body.on,
          text: {
            'none-found': '财产调查结论：穷尽调查措施，没有发现可供执行的财产',
            'cannot-dispose': '财产调查结论：发现的财产暂时不能处置',
            disposable: '财产调查结论：有可供执行的财产',
          }[body.propertyOutcome],
        },
      }
    case 'interview':
      return { facts: { ...f, applicantInterviewOn: body.on }, node: { kind: 'closure', on: body.on, text: '法院约谈了申请执行人，听取了意见' } }
    default:
      return null
  }
}

/** Records one step of a case its team works on; returns the case as the team sees it. */
export async function recordStep(ctx: EnforcementContext, actor: Actor, id: string, body: NodeBody) {
  const c = await loadForTeam(ctx, actor, id)
  if (c.closed_on && body.kind !== 'money-paid' && body.kind !== 'control-release') throw conflict('ENFORCEMENT_STATE', '案件已经结案，不能再记录这一步')
  const facts = readJson<StoredFacts>(c.facts_json) ?? {}
  const step = factStep(body, facts)
  if (step && body.kind === 'execution-notice' && body.serve) {
    await serveNotice(ctx, actor, c, body, step)
  } else if (step) {
    await recordNode(ctx, actor, c, step.node, (q) => saveCase(ctx, q, c, { facts_json: JSON.stringify(step.facts) }))
  } else if (body.kind === 'money-received' || body.kind === 'money-paid') {
    await recordMoney(ctx, actor, c, body)
  } else {
    await recordAssetStep(ctx, actor, c, body)
  }
  return caseView(ctx, id, 'team')
}

// eslint-disable-next-line max-lines-per-function -- one case per node kind, each a few lines
async function recordAssetStep(ctx: EnforcementContext, actor: Actor, c: Awaited<ReturnType<typeof loadForTeam>>, body: NodeBody) {
  const controls = await ctx.repo.controls(c.id)
  const control = (cid: string) => {
    const k = controls.find((x) => x.id === cid)
    if (!k) throw badRequest('ENFORCEMENT_CONTROL_NOT_FOUND', '找不到这项控制措施', 'controlId')
    return k
  }
  switch (body.kind) {
    case 'lead-verification': {
      const lead = (await ctx.repo.leads(c.id)).find((l) => l.id === body.leadId)
      if (!lead) throw badRequest('ENFORCEMENT_LEAD_NOT_FOUND', '找不到这条财产线索', 'leadId')
      if (lead.verified_on) throw conflict('ENFORCEMENT_STATE', '这条财产线索已经核查过了')
      const name = PROPERTY_LEAD_KINDS[lead.kind as PropertyLeadKind].name
      const result = { found: '已查实', 'not-found': '没有找到', 'not-disposable': '存在但暂不能处置' }[body.outcome]
      await recordNode(
        ctx,
        actor,
        c,
        { kind: 'lead-verification', on: body.on, text: `核查财产线索（${name}）：${result}。${body.note}`, detail: { targetId: lead.id } },
        (q) => ctx.repo.updateLead(q, lead.id, { verified_on: body.on, outcome: body.outcome, note: body.note }),
      )
      return
    }
    case 'control': {
      const row = {
        id: orderedId('ek'),
        case_id: c.id,
        measure: body.measure,
        asset: body.asset,
        description: body.description,
        lead_id: body.leadId ?? null,
        ruling_number: body.rulingNumber,
        effective_on: body.effectiveOn,
        expires_on: body.expiresOn ?? null,
        renewals_json: '[]',
        ended_on: null,
        amount_fen: body.amountFen ?? null,
        created_at: ctx.nowIso(),
      }
      const term = seizureExpiry(
        { measure: row.measure, asset: row.asset, effectiveOn: row.effective_on, expiresOn: body.expiresOn },
        await rulesOf(ctx, c.court_id),
      )
      const name = CONTROL_MEASURE_NAMES[body.measure]
      const text = `${name}${body.description}（${body.rulingNumber}）${term ? `，期限到${words(term.expiresOn)}` : ''}${body.amountFen ? `，金额${yuan(body.amountFen)}` : ''}`
      await recordNode(ctx, actor, c, { kind: 'control', on: body.effectiveOn, text, detail: { targetId: row.id, document: body.rulingNumber } }, (q) =>
        ctx.repo.insertControl(q, row),
      )
      return
    }
    case 'control-renewal': {
      const k = control(body.controlId)
      const renewals = [
        ...(JSON.parse(k.renewals_json) as unknown[]),
        { rulingNumber: body.rulingNumber, effectiveOn: body.effectiveOn, ...(body.expiresOn ? { expiresOn: body.expiresOn } : {}) },
      ]
      await recordNode(
        ctx,
        actor,
        c,
        {
          kind: 'control',
          on: body.effectiveOn,
          text: `续行${CONTROL_MEASURE_NAMES[k.measure]}${k.description}（${body.rulingNumber}）`,
          detail: { targetId: k.id, document: body.rulingNumber },
        },
        (q) => ctx.repo.updateControl(q, k.id, { renewals_json: JSON.stringify(renewals) }),
      )
      return
    }
    case 'control-release': {
      const k = control(body.controlId)
      await recordNode(
        ctx,
        actor,
        c,
        { kind: 'control', on: body.on, text: `解除${CONTROL_MEASURE_NAMES[k.measure]}${k.description}：${body.reason}`, detail: { targetId: k.id } },
        (q) => ctx.repo.updateControl(q, k.id, { ended_on: body.on }),
      )
      return
    }
    case 'disposal': {
      if (body.controlId) control(body.controlId)
      const step = { valuation: '评估（确定参考价）', auction: '拍卖', sale: '变卖', 'in-kind': '以物抵债' }[body.step]
      await recordNode(
        ctx,
        actor,
        c,
        {
          kind: 'disposal',
          on: body.on,
          text: `${step}：${body.description}${body.amountFen ? `，金额${yuan(body.amountFen)}` : ''}`,
          detail: { targetId: body.controlId },
        },
        async () => undefined,
      )
      return
    }
    default:
      throw notFound('ENFORCEMENT_NODE_UNKNOWN', '不认识这种执行节点')
  }
}

/**
 * The 执行通知书 with its 报告财产令, served through e-service on every respondent (and a copy to the
 * applicant) the way each can be served electronically: its documents, their receipts, the node and
 * the case's facts are one transaction of the case's signed chain. A respondent who cannot be served
 * electronically (no confirmed address, no verified account) is named and nothing is stored: serve
 * on paper and record the notice without `serve`.
 */
async function serveNotice(
  ctx: EnforcementContext,
  actor: Actor,
  c: EnforcementCaseRow,
  body: Extract<NodeBody, { kind: 'execution-notice' }>,
  step: { facts: StoredFacts; node: NodeRecord },
) {
  const parties = readJson<StoredParty[]>(c.parties_json) ?? []
  const source = readJson<StoredSource>(c.source_json)!
  const order = [...parties.keys()].sort((a, b) => (parties[a].side === parties[b].side ? a - b : parties[a].side === 'respondent' ? -1 : 1))
  const row = nodeRow(ctx, actor, c.id, step.node, true)
  const input = {
    caseId: c.filing_id!,
    kind: 'execution-notice' as const,
    recipients: order,
    execution: {
      title: `${source.issuer ?? ''}${source.documentNumber ?? ''}${SOURCE_NAMES[source.kind]}`,
      performanceDays: body.performanceDays,
      reportDueOn: body.reportDueOn,
    },
  }
  try {
    await ctx.delivery.issueWith(actor, input, async (append, q) => {
      await saveCase(ctx, q, c, { facts_json: JSON.stringify(step.facts) })
      await ctx.repo.insertNode(q, row)
      await append({ documentId: null, type: 'enforcement-node', at: row.at, actorId: actor.sub, detail: chainDetail(row) })
    })
  } catch (err) {
    // The delivery rule names the party who cannot be served; here it is the `serve` choice that fails.
    if (err instanceof AppError && err.status === 400 && err.code.startsWith('SERVICE_')) throw new AppError(400, err.code, err.message, 'serve')
    throw err
  }
  await afterNode(ctx, actor, c, row)
}

async function rulesOf(ctx: EnforcementContext, courtId: string) {
  const { courtRules } = await import('../rules/courtRules')
  return courtRules(ctx, courtId)
}
