import { checkMediationAction, type MediationAction, type MediationActorKind, type MediationStatus, type MediationVerdict } from '../../../domain'

describe('checkMediationAction (who, then stage, then state)', () => {
  it.each([
    {
      label: 'a party signs an agreement waiting for signatures',
      action: 'sign',
      status: 'signing',
      stage: 'pre-filing',
      who: 'applicant',
      verdict: 'allowed',
    },
    { label: 'the mediator cannot sign for the parties', action: 'sign', status: 'signing', stage: 'pre-filing', who: 'mediator', verdict: 'not-by-you' },
    {
      label: 'nothing to sign before an agreement is recorded',
      action: 'sign',
      status: 'confirmed',
      stage: 'pre-filing',
      who: 'respondent',
      verdict: 'not-now',
    },
    {
      label: 'only the applicant turns a failed mediation into a filing',
      action: 'to-filing',
      status: 'failed',
      stage: 'pre-filing',
      who: 'respondent',
      verdict: 'not-by-you',
    },
    {
      label: 'a failed mediation in a case is not filed again',
      action: 'to-filing',
      status: 'failed',
      stage: 'in-case',
      who: 'applicant',
      verdict: 'not-in-stage',
    },
    {
      label: '司法确认 only before filing (民诉法 art. 205)',
      action: 'apply-jc',
      status: 'settled',
      stage: 'in-case',
      who: 'respondent',
      verdict: 'not-in-stage',
    },
    {
      label: '司法确认 only once the agreement is in effect',
      action: 'apply-jc',
      status: 'signing',
      stage: 'pre-filing',
      who: 'respondent',
      verdict: 'not-now',
    },
    { label: 'who is checked before the stage', action: 'apply-jc', status: 'settled', stage: 'in-case', who: 'staff', verdict: 'not-by-you' },
    { label: 'court staff assign while nobody is scheduled', action: 'assign', status: 'declined', stage: 'in-case', who: 'staff', verdict: 'allowed' },
    { label: 'a mediator does not assign', action: 'assign', status: 'requested', stage: 'pre-filing', who: 'mediator', verdict: 'not-by-you' },
    { label: 'no reassignment once a session is proposed', action: 'assign', status: 'scheduling', stage: 'pre-filing', who: 'staff', verdict: 'not-now' },
    { label: 'court staff do not book sessions', action: 'book', status: 'requested', stage: 'pre-filing', who: 'staff', verdict: 'not-by-you' },
    { label: 'no booking once the mediation has ended', action: 'book', status: 'withdrawn', stage: 'pre-filing', who: 'applicant', verdict: 'not-now' },
    { label: 'the mediator declines before accepting', action: 'decline', status: 'scheduling', stage: 'pre-filing', who: 'mediator', verdict: 'allowed' },
    {
      label: 'no agreement without an agreed session',
      action: 'record-agreement',
      status: 'scheduling',
      stage: 'pre-filing',
      who: 'mediator',
      verdict: 'not-now',
    },
    { label: 'no result after the end', action: 'record-no-agreement', status: 'failed', stage: 'pre-filing', who: 'mediator', verdict: 'not-now' },
  ] as Array<{
    label: string
    action: MediationAction
    status: MediationStatus
    stage: 'pre-filing' | 'in-case'
    who: MediationActorKind
    verdict: MediationVerdict
  }>)('$label', ({ action, status, stage, who, verdict }) => {
    expect(checkMediationAction(action, { status, stage }, who)).toBe(verdict)
  })
})
