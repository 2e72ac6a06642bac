import type { EnforcementNodeKind } from '../../../../domain/enforcement/types'
import type { Actor } from '../../../auth/actor'
import { orderedId } from '../../../db/ids'
import type { Q } from '../../../db/query'
import { conflict } from '../../../errors'
import type { EnforcementContext } from '../context'
import type { EnforcementCaseRow, NodeRow } from '../repository'
import { refreshEnforcementFigures } from '../../metrics/refreshEnforcementFigures'

export interface NodeRecord {
  kind: EnforcementNodeKind
  on: string
  /** one plain sentence, as the applicant reads it in the timeline and the inbox */
  text: string
  detail?: Record<string, unknown>
}

type ChainAppend = Parameters<Parameters<EnforcementContext['delivery']['chain']>[1]>[0]

export const staleCase = () => conflict('ENFORCEMENT_STATE', '这件案件刚刚被别人更新了，请刷新后再试')

/** Saves the case's new facts only if nobody changed it since it was read. */
export async function saveCase(ctx: EnforcementContext, q: Q, c: EnforcementCaseRow, patch: Parameters<EnforcementContext['repo']['updateCase']>[3]) {
  if (!(await ctx.repo.updateCase(q, c.id, c.version, { ...patch, updated_at: ctx.nowIso() }))) throw staleCase()
}

/** A stored node as a link of the signed chain: what it vouches for. */
export const chainDetail = (row: NodeRow) => ({
  nodeId: row.id,
  enforcementCaseId: row.case_id,
  kind: row.kind,
  on: row.on_day,
  text: row.text,
  ...JSON.parse(row.detail_json),
})

/** A node's row as stored; `chained` once the case has its signed chain. */
export function nodeRow(ctx: EnforcementContext, actor: Actor, caseId: string, node: NodeRecord, chained: boolean): NodeRow {
  return {
    id: orderedId('en'),
    case_id: caseId,
    kind: node.kind,
    on_day: node.on,
    text: node.text,
    detail_json: JSON.stringify(node.detail ?? {}),
    actor_id: actor.sub,
    at: ctx.nowIso(),
    chained: chained ? 1 : 0,
  }
}

/**
 * Records one node: `work` (the node's own rows) and the node in one transaction; once the case has
 * its filing row (from 立案 on) that is the transaction of the case's signed chain, and the node is
 * appended to it like an e-service receipt. Then the applicant is told: a message in the case's
 * thread and a subscribe message. Before 立案 nodes wait unchained; 立案 chains them.
 */
export async function recordNode<T>(
  ctx: EnforcementContext,
  actor: Actor,
  c: EnforcementCaseRow,
  node: NodeRecord,
  work: (q: Q, append?: ChainAppend) => Promise<T>,
): Promise<T> {
  const row = nodeRow(ctx, actor, c.id, node, c.filing_id !== null)
  const at = row.at
  const out = c.filing_id
    ? await ctx.delivery.chain(c.filing_id, async (append, q) => {
        const result = await work(q, append)
        await ctx.repo.insertNode(q, row)
        // The 执行指挥中心 counts a derived row per case; it commits with the change that moves it.
        await refreshEnforcementFigures(q, c.id, ctx.today())
        await append({ documentId: null, type: 'enforcement-node', at, actorId: actor.sub, detail: chainDetail(row) })
        return result
      })
    : await ctx.transact(async (q) => {
        const result = await work(q)
        await ctx.repo.insertNode(q, row)
        await refreshEnforcementFigures(q, c.id, ctx.today())
        return result
      })
  await afterNode(ctx, actor, c, row)
  return out
}

/** After a node committed: the applicant is told, and the act goes into the history. */
export async function afterNode(ctx: EnforcementContext, actor: Actor, c: EnforcementCaseRow, row: NodeRow) {
  await tellApplicant(ctx, actor, c, row.text)
  await ctx.audit.record({
    actorId: actor.sub,
    action: `enforcement.${row.kind}`,
    subject: `enforcement:${c.id}`,
    detail: { nodeId: row.id, on: row.on_day },
    at: row.at,
  })
}

/** Links the nodes recorded before 立案 to the chain the new filing row starts, in `q`'s transaction. */
export async function chainEarlierNodes(ctx: EnforcementContext, q: Q, caseId: string, append: ChainAppend) {
  for (const row of (await ctx.repo.nodes(caseId, q)).filter((r) => r.chained === 0)) {
    await append({ documentId: null, type: 'enforcement-node', at: row.at, actorId: row.actor_id, detail: chainDetail(row) })
  }
  await ctx.repo.markChained(q, caseId)
}

/** The applicant hears of every node the court records: in the case's thread and by subscribe message. */
export async function tellApplicant(ctx: EnforcementContext, actor: Actor, c: EnforcementCaseRow, text: string) {
  await tellParty(ctx, actor, c, c.applicant_id, text)
}

/**
 * One party of the case hears of something: a message in the case's thread (their inbox, once the
 * case is filed) and a subscribe message. Nobody is told of their own act.
 */
export async function tellParty(ctx: EnforcementContext, actor: Actor, c: EnforcementCaseRow, userId: string, text: string, heading = '执行进展') {
  if (actor.sub === userId) return
  const body = `【${heading}】${c.case_number ? `${c.case_number}：` : ''}${text}`
  if (c.filing_id) {
    const me = await ctx.users.byId(actor.sub)
    await ctx.messages.insert({
      id: ctx.messages.newId(),
      filing_id: c.filing_id,
      author_id: actor.sub,
      author_role: me?.role ?? actor.role,
      body: body.slice(0, 500),
      created_at: ctx.nowIso(),
      read_by_staff_at: ctx.nowIso(),
      read_by_party_at: null,
    })
  }
  await ctx.notifier.send({ channel: 'wechat', to: userId, courtId: c.court_id, template: 'enforcement-node', text: body, data: { caseId: c.id } })
}

/**
 * Runs `work` and puts `event` (an act on the case that is not a timeline node: a complaint, its
 * answer, a reminder) on the case's signed chain in the same transaction; before 立案 the case has
 * no chain yet and `work` runs in a plain transaction.
 */
export async function onChain<T>(ctx: EnforcementContext, actor: Actor, c: EnforcementCaseRow, event: Record<string, unknown>, work: (q: Q) => Promise<T>) {
  const at = ctx.nowIso()
  if (!c.filing_id) return ctx.transact((q) => work(q))
  return ctx.delivery.chain(c.filing_id, async (append, q) => {
    const out = await work(q)
    await append({ documentId: null, type: 'enforcement-node', at, actorId: actor.sub, detail: { enforcementCaseId: c.id, ...event } })
    return out
  })
}
