import type { MediationStage } from './types'

/** Where an online mediation stands, from the request to its end. */
export type MediationStatus = 'requested' | 'declined' | 'scheduling' | 'confirmed' | 'signing' | 'settled' | 'failed' | 'withdrawn'

/** Who acts in a mediation: one of its two parties, the mediator assigned to it, or staff of its court. */
export type MediationActorKind = 'applicant' | 'respondent' | 'mediator' | 'staff'

/** What someone can do to a mediation; the app shows one button per action. */
export type MediationAction =
  | 'confirm'
  | 'decline'
  | 'book'
  | 'accept'
  | 'withdraw'
  | 'sign'
  | 'apply-jc'
  | 'to-filing'
  | 'record-agreement'
  | 'record-no-agreement'
  | 'record-withdrawn'
  | 'assign'

/** One row of the lifecycle: who may take the action, in which states, and (if only one) in which stage. */
export interface MediationStep {
  by: readonly MediationActorKind[]
  in: readonly MediationStatus[]
  stage?: MediationStage
  /** the rule the row follows, where one article says it */
  article?: string
}

/** The states in which a session can be booked or moved, and in which a party may still leave. */
export const OPEN_MEDIATION_STATES: readonly MediationStatus[] = ['requested', 'declined', 'scheduling', 'confirmed']

const PARTIES: readonly MediationActorKind[] = ['applicant', 'respondent']

/**
 * The mediation lifecycle as one table (《人民法院在线调解规则》, 《民事诉讼法》第二百零五条): each
 * action, who may take it and in which states. The use cases refuse an action outside its row and
 * the detail page offers exactly the actions of the rows that fit, so the two cannot drift apart.
 * The key order is the order the app lists the buttons in.
 *
 * What a row cannot say — facts of one record, such as whether this party has signed yet or the
 * 30-day window for 司法确认 is still open — stays with the caller.
 *
 * @example MEDIATION_LIFECYCLE.sign // { by: ['applicant', 'respondent'], in: ['signing'], article: '《人民法院在线调解规则》第十九条' }
 */
export const MEDIATION_LIFECYCLE: Readonly<Record<MediationAction, MediationStep>> = {
  // The assigned mediator accepts the request and the proposed session within 3 working days.
  confirm: { by: ['mediator'], in: ['scheduling'], article: '《人民法院在线调解规则》第十二条' },
  // … or declines it, with a reason, before accepting it.
  decline: { by: ['mediator'], in: ['requested', 'scheduling'], article: '《人民法院在线调解规则》第十二条' },
  // Either party picks a session of the assigned mediator (or, while none is, of any of the court's); the mediator may propose one.
  book: { by: [...PARTIES, 'mediator'], in: OPEN_MEDIATION_STATES },
  // The other side agrees to the proposed session; the first answer of the respondent also gives consent (第四条).
  accept: { by: PARTIES, in: ['scheduling'] },
  // The applicant withdraws (第二十五条); the respondent declines to mediate (第十五条).
  withdraw: { by: PARTIES, in: OPEN_MEDIATION_STATES, article: '《人民法院在线调解规则》第二十五条' },
  sign: { by: PARTIES, in: ['signing'], article: '《人民法院在线调解规则》第十九条' },
  // A mediation in a case ends in the court's 调解书, not in 司法确认.
  'apply-jc': { by: PARTIES, in: ['settled'], stage: 'pre-filing', article: '《民事诉讼法》第二百零五条' },
  'to-filing': { by: ['applicant'], in: ['failed'], stage: 'pre-filing', article: '《人民法院在线调解规则》第二十一条' },
  // An agreement is reached in a session, so only once the time is agreed by all.
  'record-agreement': { by: ['mediator'], in: ['confirmed'], article: '《人民法院在线调解规则》第十九条' },
  'record-no-agreement': { by: ['mediator'], in: ['scheduling', 'confirmed'], article: '《人民法院在线调解规则》第二十一条' },
  'record-withdrawn': { by: ['mediator'], in: ['requested', 'scheduling', 'confirmed'], article: '《人民法院在线调解规则》第二十五条' },
  // The court assigns a mediator when nobody chose one, or after one declined.
  assign: { by: ['staff'], in: ['requested', 'declined'], article: '《人民法院在线调解规则》第十条' },
}
