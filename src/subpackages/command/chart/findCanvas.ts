import Taro from '@tarojs/taro'
import type { DrawTarget } from './drawTrend'

interface CanvasNode {
  width: number
  height: number
  getContext(kind: '2d'): CanvasRenderingContext2D | null
  requestAnimationFrame?: (fn: () => void) => number
  cancelAnimationFrame?: (id: number) => void
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The mini-program's canvas type="2d": its node comes from a selector query once the page has rendered it. */
function queryNode(id: string): Promise<{ node: CanvasNode; width: number; height: number } | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: CanvasNode; width?: number; height?: number } | null>) => {
        const r = res?.[0]
        resolve(r?.node && r.width && r.height ? { node: r.node, width: r.width, height: r.height } : null)
      })
  })
}

function pixelRatioOf(): number {
  try {
    const info = typeof Taro.getWindowInfo === 'function' ? Taro.getWindowInfo() : Taro.getSystemInfoSync()
    return info.pixelRatio || 2
  } catch {
    return 2
  }
}

/**
 * Finds the canvas with this id and sizes its bitmap for the screen (CSS size × pixel ratio, so
 * lines are sharp). Waits a little for the first render; null when there is no usable canvas
 * (the table under the chart carries the same numbers).
 */
export async function findCanvas(id: string, tries = 10): Promise<DrawTarget | null> {
  for (let i = 0; i < tries; i++) {
    if (process.env.TARO_ENV === 'weapp') {
      const found = await queryNode(id)
      if (found) {
        const pixelRatio = pixelRatioOf()
        const { node, width, height } = found
        node.width = Math.round(width * pixelRatio)
        node.height = Math.round(height * pixelRatio)
        const context = node.getContext('2d')
        if (!context) return null
        return {
          context,
          width,
          height,
          pixelRatio,
          requestAnimationFrame: node.requestAnimationFrame?.bind(node),
          cancelAnimationFrame: node.cancelAnimationFrame?.bind(node),
        }
      }
    } else if (typeof document !== 'undefined') {
      const el = document.getElementById(id)
      const canvas = el instanceof HTMLCanvasElement ? el : el?.querySelector('canvas')
      const rect = canvas?.getBoundingClientRect()
      if (canvas && rect && rect.width > 0 && rect.height > 0) {
        const pixelRatio = window.devicePixelRatio || 1
        canvas.width = Math.round(rect.width * pixelRatio)
        canvas.height = Math.round(rect.height * pixelRatio)
        const context = canvas.getContext('2d')
        if (!context) return null
        return { context, width: rect.width, height: rect.height, pixelRatio }
      }
    }
    await wait(50 * (i + 1))
  }
  return null
}
