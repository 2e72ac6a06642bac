import { Button, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { formatYuan } from '@domain/money/formatYuan'
import { adminWagesApi, type AdminAverageWage, type AdminAverageWages, type AverageWageBody } from '../../../../api/adminWages'
import { toApiError } from '../../../../api/errors'
import { PageShell } from '../../../../components/PageShell/PageShell'
import { draftOf, WageForm } from './WageForm'
import '../../../service/chips.scss'
import './index.scss'

/** Which year the form is open for: an existing year, a new one, or none. */
type Editing = { wage: AdminAverageWage | null; year: number } | null

/** What the figure in force means for a filing made today, in one or two plain sentences. */
function InForce({ data }: { data: AdminAverageWages }) {
  const f = data.inForce
  if (!f) {
    return (
      <View className='banner banner--error' id='in-force'>
        还没有{data.provinceName}的年平均工资，立案时无法判断是否适用小额诉讼程序。请录入最近一年的数字。
      </View>
    )
  }
  return (
    <View className='card' id='in-force'>
      <Text className='aw__big'>
        现在立案按{f.year}年的 {formatYuan(f.wageFen)} 计算
      </Text>
      <Text className='aw__line'>
        要求的金额不超过 {formatYuan(Math.floor(f.wageFen / 2))} 的，依法适用小额诉讼程序（一审终审）；超过这个数、不超过 {formatYuan(f.wageFen * 2)}{' '}
        的，双方同意才可以适用。
      </Text>
      {f.previousYear ? null : (
        <Text className='aw__warn' id='not-previous-year'>
          还没有录入{data.latestYear}年的数字，暂按已公布的最近年度计算（《民诉法解释》第二百七十二条）。公布后请及时录入。
        </Text>
      )}
      {f.confirmed ? null : (
        <Text className='aw__warn' id='not-confirmed'>
          这个数字还没有与公布的原文核对过。
        </Text>
      )}
    </View>
  )
}

/** One year's figure with where it comes from and who last changed it. */
function YearCard({ w, onEdit }: { w: AdminAverageWage; onEdit: () => void }) {
  return (
    <View className='card' id={`wage-${w.year}`}>
      <View className='aw__row'>
        <Text className='aw__year'>{w.year}年</Text>
        <Text className='aw__amount'>{formatYuan(w.wageFen)}</Text>
      </View>
      <View className='aw__chips'>
        {w.confirmed ? <Text className='chip chip--green'>已核对原文</Text> : <Text className='chip chip--red'>未核对原文</Text>}
        {w.origin === 'court' ? <Text className='chip chip--blue'>本院录入</Text> : <Text className='chip chip--orange'>系统自带</Text>}
      </View>
      <Text className='aw__line'>口径：{w.series}</Text>
      <Text className='aw__source'>来源：{w.source}</Text>
      {w.note ? <Text className='aw__source'>说明：{w.note}</Text> : null}
      {w.updatedAt ? (
        <Text className='muted'>
          最近由{w.updatedBy ?? '管理员'}于{w.updatedAt.slice(0, 10)}修改
        </Text>
      ) : null}
      <Button className='btn aw__edit-btn' id={`edit-${w.year}`} onClick={onEdit}>
        {w.confirmed ? '更正' : '核对或更正'}
      </Button>
    </View>
  )
}

/**
 * 年平均工资: the province's average annual wage of employed persons, which sets the small-claims
 * threshold of every filing (《民事诉讼法》第一百六十五条). The admin enters each year once the
 * statistics bureau publishes it, checks the shipped figures against their source, and corrects them.
 */
export default function AverageWagesPage() {
  const [data, setData] = useState<AdminAverageWages | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  useDidShow(() => {
    adminWagesApi.list().then(setData, (e) => setBanner({ kind: 'error', text: toApiError(e).message }))
  })

  const save = async (year: number, body: AverageWageBody) => {
    setData(await adminWagesApi.save(year, body))
    setEditing(null)
    setBanner({ kind: 'ok', text: `${year}年的年平均工资已保存，今后立案按新的数字判断是否适用小额诉讼。` })
  }

  const missingLatest = data ? !data.wages.some((w) => w.year === data.latestYear) : false
  return (
    <PageShell testId='average-wages'>
      <Text className='title'>年平均工资（小额诉讼标准）</Text>
      {banner ? (
        <View className={`banner banner--${banner.kind}`} id='aw-banner'>
          {banner.text}
        </View>
      ) : null}
      {!data ? (
        banner ? null : (
          <View className='card'>正在读取……</View>
        )
      ) : (
        <>
          <Text className='aw__line'>
            {data.provinceName}
            上年度就业人员年平均工资，决定案件是否适用小额诉讼程序（《民事诉讼法》第一百六十五条）。统计部门公布新一年的数字后，请在这里录入。
          </Text>
          <InForce data={data} />
          {editing ? (
            <WageForm initial={draftOf(editing.wage, editing.year)} isNew={editing.wage === null} onSave={save} onCancel={() => setEditing(null)} />
          ) : (
            <Button className='btn btn--primary' id='add-year' onClick={() => setEditing({ wage: null, year: data.latestYear })}>
              {missingLatest ? `录入${data.latestYear}年的数字` : '录入其他年度'}
            </Button>
          )}
          {data.wages.map((w) => (
            <YearCard key={w.year} w={w} onEdit={() => setEditing({ wage: w, year: w.year })} />
          ))}
        </>
      )}
    </PageShell>
  )
}
