/**
 * Who decides that a person is who their profile says. The default is a clerk of a related court
 * comparing the ID card photos with the name and number (`manualReview`): it decides nothing when
 * the photos arrive and leaves the person in the court's queue.
 *
 * WeChat face verification (微信人脸核身, wx.startFacialRecognitionVerify) plugs in here: the app
 * runs the check on the phone against the name and ID number, sends its `verifyResult` with the
 * photos, and a verifier confirms it on the server (WeChat's `getinfo` call for that result)
 * before answering `verified`. WeChat grants that API only to mini-programs of government and
 * other licensed accounts (a court's own account qualifies, a company's does not), so it is not
 * wired by default: see README, "实名核验".
 */
export interface IdentityVerifier {
  /** recorded with the decision: 'manual', 'wechat-face', … */
  readonly method: string
  /** Judges a person when their photos arrive; 'pending' leaves them to the clerk's review. */
  check(person: IdentityCandidate): Promise<VerifierOutcome>
}

export interface IdentityCandidate {
  userId: string
  realName: string
  idNumber: string
  frontFileId: string
  backFileId: string
  holdingFileId: string | null
  /** what the phone's own check (e.g. face verification) returned, when it ran one */
  evidence?: string
}

export type VerifierOutcome = { outcome: 'pending' } | { outcome: 'verified' } | { outcome: 'rejected'; reason: string }

/** The default: every person waits for a clerk's decision. */
export const manualReview: IdentityVerifier = {
  method: 'manual',
  check: async () => ({ outcome: 'pending' }),
}
