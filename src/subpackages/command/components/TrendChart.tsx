import { Canvas, Text, View } from '@tarojs/components'
import { useEffect, useMemo, useRef } from 'react'
import { figureInBand } from '@domain/metrics/figureInBand'
import { useElderMode } from '../../../hooks/useElderMode'
import { drawTrend, type DrawnChart } from '../chart/drawTrend'
import { findCanvas } from '../chart/findCanvas'
import { monthLabel, trendSpec, type TrendBand, type TrendPoint, type TrendUnit } from '../chart/trendSpec'
import { bandStatusText, bandText, daysText, percent } from '../words'

export interface TrendChartProps {
  /** the canvas's id, unique on the page */
  id: string
  /** the figure's name, for the table's caption */
  title: string
  points: readonly TrendPoint[]
  unit: TrendUnit
  band?: TrendBand | null
}

/**
 * A figure's monthly trend: a line over the target band (shaded) drawn with F2 on a canvas, and
 * the same numbers as a table under it, so a screen reader, elder mode and a colour-blind reader
 * lose nothing; the canvas itself is hidden from screen readers.
 */
export function TrendChart({ id, title, points, unit, band }: TrendChartProps) {
  const [elder] = useElderMode()
  const spec = useMemo(() => trendSpec(points, unit, band), [points, unit, band])
  const drawn = useRef<DrawnChart | null>(null)
  const unitText = unit === 'rate' ? '%' : '天'
  const fontSize = elder ? 16 : 12

  useEffect(() => {
    let gone = false
    if (drawn.current) {
      void drawn.current.update(spec, unitText).catch(() => undefined)
      return
    }
    void findCanvas(id)
      .then(async (target) => {
        if (!target || gone) return
        const chart = await drawTrend(target, spec, unitText, fontSize)
        if (gone) chart.destroy()
        else drawn.current = chart
      })
      // A phone whose canvas fails still has the table below.
      .catch(() => undefined)
    return () => {
      gone = true
    }
  }, [id, spec, unitText, fontSize])
  useEffect(
    () => () => {
      drawn.current?.destroy()
      drawn.current = null
    },
    [],
  )

  const valueText = (v: number | null) => (unit === 'rate' ? percent(v) : daysText(v))
  return (
    <View className='trend'>
      {process.env.TARO_ENV === 'weapp' ? (
        <Canvas type='2d' id={id} canvasId={id} className='trend__canvas' />
      ) : (
        <canvas id={id} className='trend__canvas' aria-hidden='true' />
      )}
      {unit === 'rate' && band ? <Text className='trend__legend'>浅绿色区域是目标：{bandText(band)}</Text> : null}
      <View className='trend__table' role='table' aria-label={`${title}逐月数据`} id={`${id}-table`}>
        <View className='trend__row trend__row--head' role='row'>
          <View className='trend__cell' role='columnheader'>
            月份
          </View>
          <View className='trend__cell' role='columnheader'>
            {title}
          </View>
          {unit === 'rate' ? (
            <View className='trend__cell' role='columnheader'>
              与目标比
            </View>
          ) : null}
        </View>
        {points.map((p) => (
          <View key={p.month} className='trend__row' role='row'>
            <View className='trend__cell' role='cell'>
              {monthLabel(p.month)}
            </View>
            <View className='trend__cell' role='cell'>
              {valueText(p.value)}
            </View>
            {unit === 'rate' ? (
              <View className='trend__cell' role='cell'>
                {bandStatusText(band ? figureInBand(p.value, band) : null, band)}
              </View>
            ) : null}
          </View>
        ))}
      </View>
    </View>
  )
}
