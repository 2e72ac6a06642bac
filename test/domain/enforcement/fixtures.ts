import type { EnforcementCaseFacts } from '../../../domain'

/**
 * A first-enforcement case worked on time up to mid-April 2026, with one urgent lead left
 * unverified (due 03-23), one payout pending (received 04-01, due 05-06 after 劳动节), a bank
 * freeze from 03-16 and a 划拨 (no term).
 */
export const worked: EnforcementCaseFacts = {
  caseId: 'c1',
  caseNumber: '（2026）内0784执12号',
  caseType: '执',
  receivedOn: '2026-03-02',
  filedOn: '2026-03-05',
  handlerAssignedOn: '2026-03-10',
  noticeSentOn: '2026-03-11',
  assetReportOrderSentOn: '2026-03-11',
  onlineSearches: ['2026-03-09'],
  leads: [
    { id: 'l1', kind: 'livestock', submittedOn: '2026-03-12', verifiedOn: '2026-03-16' },
    { id: 'l2', kind: 'vehicle', submittedOn: '2026-03-20', urgent: true },
  ],
  controls: [
    { id: 'k1', measure: 'freeze', asset: 'deposit', effectiveOn: '2026-03-16', rulingNumber: '（2026）内0784执12号之一' },
    { id: 'k2', measure: 'deduct', asset: 'deposit', effectiveOn: '2026-03-18' },
  ],
  receipts: [
    { id: 'r1', receivedOn: '2026-03-20', amountFen: 500000, paidOn: '2026-04-10' },
    { id: 'r2', receivedOn: '2026-04-01', amountFen: 120000 },
  ],
}
