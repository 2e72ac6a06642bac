import fc from 'fast-check'
import { addDays, ENFORCEMENT_RULES, enforcementNodeDeadlines, enforcementRulesWith, type EnforcementCaseFacts, type NodeDeadline } from '../../../domain'
import { worked } from './fixtures'

const R = ENFORCEMENT_RULES
const brief = (n: NodeDeadline) => [n.node, n.rule, n.target.id ?? '', n.due, n.doneOn ?? '', n.late]

describe('enforcementNodeDeadlines', () => {
  it('lists every node of a case being worked, with its due day and whether it was met', () => {
    expect(enforcementNodeDeadlines(worked, '2026-04-15', R).map(brief)).toEqual([
      ['filing', 'acceptance', '', '2026-03-09', '2026-03-05', false],
      ['handler-assignment', 'handlerAssignment', '', '2026-03-12', '2026-03-10', false],
      ['execution-notice', 'executionNotice', '', '2026-03-12', '2026-03-11', false],
      ['execution-notice', 'handlerNotice', '', '2026-03-13', '2026-03-11', false],
      ['online-search', 'onlineSearch', '', '2026-03-10', '2026-03-09', false],
      ['lead-verification', 'leadVerification', 'l1', '2026-03-19', '2026-03-16', false],
      ['lead-verification', 'leadVerificationUrgent', 'l2', '2026-03-23', '', false],
      ['control', 'termDeposit', 'k1', '2027-03-15', '', false],
      ['money-paid', 'payout', 'r1', '2026-04-20', '2026-04-10', false],
      ['money-paid', 'payout', 'r2', '2026-05-06', '', false],
      ['closure', 'caseLimit', '', '2026-09-05', '', false],
    ])
  })

  it.each([
    {
      label: 'an application not yet decided has only its 立案 node',
      facts: { caseId: 'a', caseType: '执', receivedOn: '2026-03-02' },
      nodes: [['filing', 'acceptance', '', '2026-03-09', '', false]],
    },
    {
      label: 'a refusal decides the 立案 node, late here',
      facts: { caseId: 'a', caseType: '执', receivedOn: '2026-03-02', refusedOn: '2026-03-10' },
      nodes: [['filing', 'acceptance', '', '2026-03-09', '2026-03-10', true]],
    },
    {
      label: 'a 执保 case: 立案, 承办人, its measures',
      facts: {
        caseId: 'p',
        caseType: '执保',
        receivedOn: '2026-03-02',
        filedOn: '2026-03-02',
        leads: [{ id: 'x', kind: 'vehicle', submittedOn: '2026-03-02' }],
        controls: [{ id: 'k', measure: 'seal', asset: 'immovable', effectiveOn: '2026-03-03' }],
      },
      nodes: [
        ['filing', 'acceptance', '', '2026-03-09', '2026-03-02', false],
        ['handler-assignment', 'handlerAssignment', '', '2026-03-09', '', false],
        ['control', 'termImmovable', 'k', '2029-03-02', '', false],
      ],
    },
    {
      label: 'closed in full: undone acts drop out, a pending payout and a new lead stay',
      facts: {
        ...worked,
        closedOn: '2026-06-01',
        closureMode: 'performed',
        leads: [...(worked.leads ?? []), { id: 'l3', kind: 'shares', submittedOn: '2026-06-03' }],
      },
      nodes: [
        ['filing', 'acceptance', '', '2026-03-09', '2026-03-05', false],
        ['handler-assignment', 'handlerAssignment', '', '2026-03-12', '2026-03-10', false],
        ['execution-notice', 'executionNotice', '', '2026-03-12', '2026-03-11', false],
        ['execution-notice', 'handlerNotice', '', '2026-03-13', '2026-03-11', false],
        ['online-search', 'onlineSearch', '', '2026-03-10', '2026-03-09', false],
        ['lead-verification', 'leadVerification', 'l1', '2026-03-19', '2026-03-16', false],
        ['lead-verification', 'leadVerification', 'l3', '2026-06-10', '', false],
        ['control', 'termDeposit', 'k1', '2027-03-15', '', false],
        ['money-paid', 'payout', 'r1', '2026-04-20', '2026-04-10', false],
        ['money-paid', 'payout', 'r2', '2026-05-06', '', false],
        ['closure', 'caseLimit', '', '2026-09-05', '2026-06-01', false],
      ],
    },
  ] as { label: string; facts: EnforcementCaseFacts; nodes: unknown[] }[])('$label', ({ facts, nodes }) => {
    expect(enforcementNodeDeadlines(facts, '2026-06-05', R).map(brief)).toEqual(nodes)
  })

  it('adds the 涉农 targets the court sets, beside the statutory ones', () => {
    const rules = enforcementRulesWith({ periods: { agriculturalCaseTarget: { length: 3 }, agriculturalPayout: { length: 10 } } })
    const nodes = enforcementNodeDeadlines({ ...worked, agricultural: true }, '2026-04-15', rules).filter((n) => n.rule.startsWith('agricultural'))
    expect(nodes.map(brief)).toEqual([
      ['money-paid', 'agriculturalPayout', 'r1', '2026-03-30', '2026-04-10', true],
      ['money-paid', 'agriculturalPayout', 'r2', '2026-04-13', '', false],
      ['closure', 'agriculturalCaseTarget', '', '2026-06-05', '', false],
    ])
  })

  it('shows the case limit paused while a suspension runs', () => {
    const facts: EnforcementCaseFacts = { ...worked, excludedPeriods: [{ kind: 'suspension', from: '2026-05-01' }] }
    const limit = enforcementNodeDeadlines(facts, '2026-05-10', R).find((n) => n.rule === 'caseLimit')
    expect(limit).toMatchObject({ due: '2026-09-15', paused: true, excludedDays: 10 })
  })

  it('schedules the ten re-checks after a 终本, each taking the first search after the previous due day', () => {
    const facts: EnforcementCaseFacts = {
      ...worked,
      closedOn: '2026-07-01',
      closureMode: 'terminated-for-now',
      rechecks: ['2026-12-20', '2027-07-10', '2027-07-20'],
    }
    const rechecks = enforcementNodeDeadlines(facts, '2028-01-05', R).filter((n) => n.node === 'termination-recheck')
    expect(rechecks).toHaveLength(10)
    expect(rechecks.slice(0, 4).map(brief)).toEqual([
      ['termination-recheck', 'recheckInterval', '1', '2027-01-01', '2026-12-20', false],
      ['termination-recheck', 'recheckInterval', '2', '2027-07-01', '2027-07-10', true],
      ['termination-recheck', 'recheckInterval', '3', '2028-01-01', '2027-07-20', false],
      ['termination-recheck', 'recheckInterval', '4', '2028-07-01', '', false],
    ])
  })

  it('refuses a bad today', () => {
    expect(() => enforcementNodeDeadlines(worked, '2026-04-31', R)).toThrow(expect.objectContaining({ code: 'DATE_INVALID', field: 'today' }))
  })

  it('no deadline is ever before the application was received', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 8, maxLength: 8 }), (start, gaps) => {
        const d = (n: number) => addDays(addDays('2010-01-01', start), n)
        const facts: EnforcementCaseFacts = {
          caseId: 'x',
          caseType: '执',
          receivedOn: d(0),
          filedOn: d(gaps[0] % 10),
          handlerAssignedOn: d(gaps[1] % 20),
          leads: [{ id: 'l', kind: 'receivables', submittedOn: d(gaps[2]) }],
          controls: [{ id: 'k', measure: 'seize', asset: 'movable', effectiveOn: d(gaps[3]) }],
          receipts: [{ id: 'r', receivedOn: d(gaps[4]), amountFen: 100 }],
          excludedPeriods: [{ kind: 'auction', from: d(gaps[5]), to: d(gaps[5] + (gaps[6] % 60)) }],
        }
        for (const n of enforcementNodeDeadlines(facts, d(gaps[7]), R)) expect(n.due >= facts.receivedOn).toBe(true)
      }),
    )
  })
})
