import { lazy, type ComponentType } from 'react'
import type { StepProps } from './filingSteps'
import type { ClaimsStepProps } from './steps/ClaimsStep'
import type { ReviewStepProps } from './steps/ReviewStep'

/**
 * H5 build (Taro picks this file over laterSteps.ts there): the steps after the first (诉讼请求,
 * 证据, 送达, 确认提交) are each their own chunk, fetched once the first step is on screen, so the
 * form opens over a weak link without the code of steps not yet shown (the causes of action, the
 * uploaders, the fee table).
 *
 * The chunk names start with `later-`: the route preload in index.html leaves such chunks out
 * (config/routePreload.ts).
 */
const loaders = [
  () => import(/* webpackChunkName: "later-filing-claims" */ './steps/ClaimsStep'),
  () => import(/* webpackChunkName: "later-filing-evidence" */ './steps/EvidenceStep'),
  () => import(/* webpackChunkName: "later-filing-service" */ './steps/ServiceStep'),
  () => import(/* webpackChunkName: "later-filing-review" */ './steps/ReviewStep'),
]

/** Starts fetching every later step's code (each once). */
export function loadLaterSteps(): void {
  for (const load of loaders) void load().catch(() => undefined)
}

export const ClaimsStep: ComponentType<ClaimsStepProps> = lazy(() =>
  import(/* webpackChunkName: "later-filing-claims" */ './steps/ClaimsStep').then((m) => ({ default: m.ClaimsStep })),
)

export const EvidenceStep: ComponentType<StepProps> = lazy(() =>
  import(/* webpackChunkName: "later-filing-evidence" */ './steps/EvidenceStep').then((m) => ({ default: m.EvidenceStep })),
)

export const ServiceStep: ComponentType<StepProps> = lazy(() =>
  import(/* webpackChunkName: "later-filing-service" */ './steps/ServiceStep').then((m) => ({ default: m.ServiceStep })),
)

export const ReviewStep: ComponentType<ReviewStepProps> = lazy(() =>
  import(/* webpackChunkName: "later-filing-review" */ './steps/ReviewStep').then((m) => ({ default: m.ReviewStep })),
)
