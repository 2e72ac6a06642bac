import { lazy, type ComponentType } from 'react'
import type { StepProps } from './filingSteps'
import type { ClaimsStepProps } from './steps/ClaimsStep'
import type { ReviewStepProps } from './steps/ReviewStep'

/**
 * The steps after the first (诉讼请求, 证据, 送达, 确认提交). On H5 each is its own chunk, fetched
 * once the first step is on screen, so the form opens over a weak link without the code of steps
 * not yet shown (the causes of action, the uploaders, the fee table). The mini-program loads no
 * code at run time: there they are in the package as before. The build keeps only the branch of
 * the platform built (process.env.TARO_ENV is a constant there).
 *
 * The chunk names start with `later-`: the route preload in index.html leaves such chunks out
 * (config/routePreload.ts).
 */
// Every import() stays inside an H5-only branch: the mini-program build must not see one.
const loaders =
  process.env.TARO_ENV === 'h5'
    ? [
        () => import(/* webpackChunkName: "later-filing-claims" */ './steps/ClaimsStep'),
        () => import(/* webpackChunkName: "later-filing-evidence" */ './steps/EvidenceStep'),
        () => import(/* webpackChunkName: "later-filing-service" */ './steps/ServiceStep'),
        () => import(/* webpackChunkName: "later-filing-review" */ './steps/ReviewStep'),
      ]
    : []

/** H5: starts fetching every later step's code (each once); nothing to do in the mini-program. */
export function loadLaterSteps(): void {
  for (const load of loaders) void load().catch(() => undefined)
}

/* eslint-disable @typescript-eslint/no-require-imports */
export const ClaimsStep: ComponentType<ClaimsStepProps> =
  process.env.TARO_ENV === 'h5'
    ? lazy(() => import(/* webpackChunkName: "later-filing-claims" */ './steps/ClaimsStep').then((m) => ({ default: m.ClaimsStep })))
    : (require('./steps/ClaimsStep') as typeof import('./steps/ClaimsStep')).ClaimsStep

export const EvidenceStep: ComponentType<StepProps> =
  process.env.TARO_ENV === 'h5'
    ? lazy(() => import(/* webpackChunkName: "later-filing-evidence" */ './steps/EvidenceStep').then((m) => ({ default: m.EvidenceStep })))
    : (require('./steps/EvidenceStep') as typeof import('./steps/EvidenceStep')).EvidenceStep

export const ServiceStep: ComponentType<StepProps> =
  process.env.TARO_ENV === 'h5'
    ? lazy(() => import(/* webpackChunkName: "later-filing-service" */ './steps/ServiceStep').then((m) => ({ default: m.ServiceStep })))
    : (require('./steps/ServiceStep') as typeof import('./steps/ServiceStep')).ServiceStep

export const ReviewStep: ComponentType<ReviewStepProps> =
  process.env.TARO_ENV === 'h5'
    ? lazy(() => import(/* webpackChunkName: "later-filing-review" */ './steps/ReviewStep').then((m) => ({ default: m.ReviewStep })))
    : (require('./steps/ReviewStep') as typeof import('./steps/ReviewStep')).ReviewStep
/* eslint-enable @typescript-eslint/no-require-imports */
