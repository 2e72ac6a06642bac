/**
 * The steps after the first. The mini-program loads no code at run time, so here they are plain
 * imports, in the package as before; the H5 build takes laterSteps.h5.ts instead, where each is a
 * chunk of its own fetched after the first step shows.
 */
export { ClaimsStep } from './steps/ClaimsStep'
export { EvidenceStep } from './steps/EvidenceStep'
export { ReviewStep } from './steps/ReviewStep'
export { ServiceStep } from './steps/ServiceStep'

/** Nothing to fetch: the code is in the package. */
export function loadLaterSteps(): void {}
