import type { MediationAction, MediationView } from '../../../../../src/api/mediation'
import type { SectionProps } from '../../../../../src/subpackages/mediation/pages/detail/useMediation'
import { fakeServer, type SentRequest } from '../../../fakeServer'

type Party = MediationView['parties'][number]
export const party = (role: Party['role'], over: Partial<Party> = {}): Party => ({
  role,
  name: role === 'applicant' ? '张桂兰' : '王建国',
  mobile: role === 'applicant' ? '13904701234' : '13847005678',
  consented: role === 'applicant',
  signedAt: null,
  jcAppliedAt: null,
  me: false,
  ...over,
})

/** 张桂兰's pre-filing mediation against 王建国, as she sees it right after booking. */
export function mediation(over: Partial<MediationView> = {}): MediationView {
  return {
    id: 'm-1',
    number: 'TJ20261125001',
    stage: 'pre-filing',
    status: 'scheduling',
    statusText: '等待各方同意调解时间',
    court: { id: 'c-ergun', name: '额尔古纳市人民法院' },
    caseNumber: null,
    procedure: null,
    dispute: '2025年9月我卖给王建国小麦20吨，他一直没有付款。',
    claim: '付清小麦款',
    amountFen: 8_650_000,
    requestedOn: '2026-11-25',
    viewer: { kind: 'party', role: 'applicant', needsConsent: false },
    parties: [party('applicant', { me: true }), party('respondent')],
    mediator: { id: 's-mediator-chen', name: '陈德胜', chosenBy: 'party' },
    assignment: null,
    confirmation: null,
    booking: null,
    timeLimit: null,
    declineReason: null,
    outcome: null,
    agreement: null,
    judicialConfirmation: null,
    draftFilingId: null,
    respondentIdentity: null,
    actions: [],
    history: [],
    ...over,
  }
}

export const booking = (over: Partial<NonNullable<MediationView['booking']>> = {}): NonNullable<MediationView['booking']> => ({
  id: 'b-1',
  startsAt: '2026-11-30T09:00:00+08:00',
  endsAt: '2026-11-30T10:00:00+08:00',
  minutes: 60,
  label: '11月30日（星期一）上午 9:00–10:00',
  venue: { kind: 'online', roomName: null, address: null, videoUrl: null },
  proposedBy: 'applicant',
  accepted: { applicant: true, respondent: false, mediator: false },
  waitingFor: ['王建国', '调解员'],
  ...over,
})

/**
 * A section's props with a working `act`: it runs the API call against a fake server that answers
 * every POST with `reply` (the mediation after the step), and records what was sent and said.
 */
export function sectionProps(m: MediationView, opts: { actions?: MediationAction[]; reply?: MediationView; fieldError?: Record<string, string> } = {}) {
  const view = { ...m, actions: opts.actions ?? m.actions }
  const sent: SentRequest[] = fakeServer((req) => {
    if (req.method === 'POST') return { body: opts.reply ?? view }
    // The consent form fills the address from the person's profile.
    if (req.path === '/service/addresses') return { body: [] }
    if (req.path === '/me') return { body: { mobile: '13847005678', address: '额尔古纳市三河回族乡' } }
    return { body: view }
  })
  const said: string[] = []
  const props: SectionProps = {
    m: view,
    id: view.id,
    error: null,
    notice: null,
    busy: false,
    colleagues: [],
    act: jest.fn(async (what: () => Promise<MediationView>, done: string) => {
      await what()
      said.push(done)
      return true
    }),
    toFiling: jest.fn(async () => undefined),
    can: (a) => view.actions.includes(a),
    fieldError: (f) => opts.fieldError?.[f] ?? null,
  }
  const posts = () => sent.filter((r) => r.method === 'POST').map((r) => ({ path: r.path, body: r.body }))
  return { props, sent, said, posts }
}
