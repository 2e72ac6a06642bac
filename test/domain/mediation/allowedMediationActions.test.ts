import { allowedMediationActions, MEDIATION_LIFECYCLE, OPEN_MEDIATION_STATES, type MediationActorKind, type MediationStatus } from '../../../domain'

const PRE = 'pre-filing' as const
const IN_CASE = 'in-case' as const

describe('allowedMediationActions (the mediation lifecycle, 在线调解规则)', () => {
  it.each([
    // requested: a mediator may be assigned or chosen; nobody has a session yet.
    { label: 'requested: the applicant books or withdraws', status: 'requested', stage: PRE, who: 'applicant', actions: ['book', 'withdraw'] },
    { label: 'requested: the respondent books or declines to mediate', status: 'requested', stage: PRE, who: 'respondent', actions: ['book', 'withdraw'] },
    {
      label: 'requested: the mediator declines, proposes a time or ends it',
      status: 'requested',
      stage: PRE,
      who: 'mediator',
      actions: ['decline', 'book', 'record-withdrawn'],
    },
    { label: 'requested: court staff assign a mediator', status: 'requested', stage: PRE, who: 'staff', actions: ['assign'] },
    // declined: the mediator is gone; the parties choose another or the court assigns one.
    { label: 'declined: a party books another mediator', status: 'declined', stage: PRE, who: 'applicant', actions: ['book', 'withdraw'] },
    // A decline unassigns the mediator, so in practice nobody holds this row until one is assigned again.
    { label: 'declined: a mediator may only propose a time', status: 'declined', stage: PRE, who: 'mediator', actions: ['book'] },
    { label: 'declined: court staff assign another', status: 'declined', stage: PRE, who: 'staff', actions: ['assign'] },
    // scheduling: a session is proposed and waits for the others.
    { label: 'scheduling: a party accepts, moves it or leaves', status: 'scheduling', stage: PRE, who: 'respondent', actions: ['book', 'accept', 'withdraw'] },
    {
      label: 'scheduling: the mediator confirms or declines, moves it, or records no agreement',
      status: 'scheduling',
      stage: PRE,
      who: 'mediator',
      actions: ['confirm', 'decline', 'book', 'record-no-agreement', 'record-withdrawn'],
    },
    { label: 'scheduling: too late to assign', status: 'scheduling', stage: PRE, who: 'staff', actions: [] },
    // confirmed: everyone agreed the time; the session can give its result.
    { label: 'confirmed: a party may still move the session or leave', status: 'confirmed', stage: PRE, who: 'applicant', actions: ['book', 'withdraw'] },
    {
      label: 'confirmed: the mediator records the outcome',
      status: 'confirmed',
      stage: PRE,
      who: 'mediator',
      actions: ['book', 'record-agreement', 'record-no-agreement', 'record-withdrawn'],
    },
    { label: 'confirmed: court staff only watch', status: 'confirmed', stage: PRE, who: 'staff', actions: [] },
    // signing → settled: the agreement takes effect once all have signed (art. 19).
    { label: 'signing: a party signs', status: 'signing', stage: PRE, who: 'respondent', actions: ['sign'] },
    { label: 'signing: the mediator waits', status: 'signing', stage: PRE, who: 'mediator', actions: [] },
    { label: 'settled before filing: a party applies for 司法确认', status: 'settled', stage: PRE, who: 'applicant', actions: ['apply-jc'] },
    { label: 'settled in a case: no 司法确认 (the court issues a 调解书)', status: 'settled', stage: IN_CASE, who: 'applicant', actions: [] },
    { label: 'settled: nothing left for the mediator', status: 'settled', stage: PRE, who: 'mediator', actions: [] },
    // failed: before filing, the applicant turns it into a filing (art. 21(1)).
    { label: 'failed before filing: the applicant files the case', status: 'failed', stage: PRE, who: 'applicant', actions: ['to-filing'] },
    { label: 'failed before filing: the respondent has nothing to file', status: 'failed', stage: PRE, who: 'respondent', actions: [] },
    { label: 'failed in a case: the case goes on, nothing to file', status: 'failed', stage: IN_CASE, who: 'applicant', actions: [] },
    { label: 'withdrawn: the end for everyone', status: 'withdrawn', stage: PRE, who: 'applicant', actions: [] },
    { label: 'withdrawn: nothing for the mediator', status: 'withdrawn', stage: PRE, who: 'mediator', actions: [] },
    {
      label: 'in a case the judge mediating confirms as any mediator',
      status: 'scheduling',
      stage: IN_CASE,
      who: 'mediator',
      actions: ['confirm', 'decline', 'book', 'record-no-agreement', 'record-withdrawn'],
    },
  ] as Array<{ label: string; status: MediationStatus; stage: typeof PRE | typeof IN_CASE; who: MediationActorKind; actions: string[] }>)(
    '$label',
    ({ status, stage, who, actions }) => {
      expect(allowedMediationActions({ status, stage }, who)).toEqual(actions)
    },
  )

  it('lists every action of a row in exactly the states of that row', () => {
    const states: MediationStatus[] = ['requested', 'declined', 'scheduling', 'confirmed', 'signing', 'settled', 'failed', 'withdrawn']
    for (const [action, step] of Object.entries(MEDIATION_LIFECYCLE)) {
      for (const who of step.by) {
        const offered = states.filter((status) => allowedMediationActions({ status, stage: step.stage ?? PRE }, who).some((a) => a === action))
        expect({ action, who, offered }).toEqual({ action, who, offered: states.filter((s) => step.in.includes(s)) })
      }
    }
  })

  it('lets a party book and leave in exactly the open states', () => {
    expect(OPEN_MEDIATION_STATES).toEqual(['requested', 'declined', 'scheduling', 'confirmed'])
    expect(MEDIATION_LIFECYCLE.book.in).toEqual(OPEN_MEDIATION_STATES)
    expect(MEDIATION_LIFECYCLE.withdraw.in).toEqual(OPEN_MEDIATION_STATES)
  })
})
