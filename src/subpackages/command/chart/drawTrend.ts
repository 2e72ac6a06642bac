// F2 renders its own element tree (not React's): build it with F2's jsx helper. Deep imports keep
// the rest of F2 (pies, lottie, maps…) out of the subpackage.
import { Canvas, jsx as f2jsx } from '@antv/f2'
import Chart from '@antv/f2/es/chart'
import Axis from '@antv/f2/es/components/axis'
import Line from '@antv/f2/es/components/line'
import withGuide from '@antv/f2/es/components/guide/withGuide'
import RectGuideView from '@antv/f2/es/components/guide/views/Rect'
import type { TrendSpec } from './trendSpec'

const RectGuide = withGuide(RectGuideView)

type CanvasProps = ConstructorParameters<typeof Canvas>[0]
// F2's element types are stricter than the tree built here from plain props: one loose signature.
const jsx = f2jsx as unknown as (type: unknown, props: Record<string, unknown>) => { props: CanvasProps }

/** Where to draw: a 2D context with its size in CSS pixels and the screen's pixel ratio. */
export interface DrawTarget {
  context: CanvasRenderingContext2D
  width: number
  height: number
  pixelRatio: number
  /** the mini-program canvas's own frame scheduler (there is no window.requestAnimationFrame there) */
  requestAnimationFrame?: (fn: () => void) => number
  cancelAnimationFrame?: (id: number) => void
}

export interface DrawnChart {
  update(spec: TrendSpec, unit: string): Promise<void>
  destroy(): void
}

function tree(target: DrawTarget, spec: TrendSpec, unit: string, fontSize: number) {
  const children = [
    jsx(Axis, { field: 'label', style: { label: { fontSize, fill: '#333' } } }),
    jsx(Axis, {
      field: 'value',
      formatter: (v: number) => `${v}${unit}`,
      style: { label: { fontSize, fill: '#333' } },
    }),
    spec.bandRecords ? jsx(RectGuide, { records: spec.bandRecords, style: { fill: '#2e7d32', fillOpacity: 0.15 } }) : null,
    jsx(Line, { x: 'label', y: 'value', color: '#b71c1c', style: { lineWidth: 3 } }),
  ]
  return jsx(Canvas, {
    context: target.context,
    width: target.width,
    height: target.height,
    pixelRatio: target.pixelRatio,
    // Animations cost frames on a cheap phone and say nothing; the numbers are in the table too.
    animate: false,
    requestAnimationFrame: target.requestAnimationFrame,
    cancelAnimationFrame: target.cancelAnimationFrame,
    children: jsx(Chart, {
      data: spec.data,
      scale: { label: { type: 'cat' }, value: { min: spec.yMin, max: spec.yMax, tickCount: 5, nice: false } },
      children,
    }),
  })
}

/** Draws a figure's monthly trend (line) with its target band (shaded) on the given canvas. */
export async function drawTrend(target: DrawTarget, spec: TrendSpec, unit: string, fontSize = 12): Promise<DrawnChart> {
  const { props } = tree(target, spec, unit, fontSize)
  const canvas = new Canvas(props)
  await canvas.render()
  return {
    update: async (next, nextUnit) => {
      const { props: nextProps } = tree(target, next, nextUnit, fontSize)
      await canvas.update(nextProps)
    },
    destroy: () => canvas.destroy(),
  }
}
