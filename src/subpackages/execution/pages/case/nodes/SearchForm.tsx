import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { executionApi } from '../../../../../api/enforcement'
import { DateField } from '../../../../../components/DateField/DateField'
import { Field } from '../../../../../components/Field/Field'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import { Check } from '../../../components/Check'
import { Choices } from '../../../components/Choices'
import { fenOf, SaveButton, today, type NodeFormProps } from './shared'

type Category = 'deposit' | 'real-estate' | 'vehicle' | 'securities' | 'insurance' | 'internet-funds' | 'other'
const CATEGORIES: ReadonlyArray<readonly [Category, string]> = [
  ['deposit', '银行存款'],
  ['real-estate', '不动产'],
  ['vehicle', '车辆'],
  ['securities', '证券'],
  ['insurance', '保险'],
  ['internet-funds', '网络资金'],
  ['other', '其他'],
]
interface Row {
  category: Category
  institution: string
  found: boolean
  description: string
  amountText: string
}
const emptyRow = (): Row => ({ category: 'deposit', institution: '', found: false, description: '', amountText: '' })

/**
 * 网络查控 results. The national 总对总 system is outside the app: staff enter what it returned,
 * one line per institution searched.
 */
export function SearchForm({ busy, record }: NodeFormProps) {
  const [on, setOn] = useState(today())
  const [rows, setRows] = useState<Row[]>([emptyRow()])
  const [connector, setConnector] = useState<string | null>(null)
  const [connectors, setConnectors] = useState<Array<readonly [string, string]>>([])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    executionApi.connectors().then(
      (list) => setConnectors(list.map((c) => [c.id, c.manual ? `${c.name}（人工录入）` : c.name] as const)),
      () => undefined,
    )
  }, [])
  const setRow = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  const save = () => {
    const results = []
    for (const r of rows) {
      if (r.institution.trim() === '') return setError('请填写每一项的查询机构，例如中国农业银行')
      const amount = r.amountText.trim() ? fenOf(r.amountText) : null
      if (amount && 'error' in amount) return setError(amount.error)
      results.push({
        category: r.category,
        institution: r.institution.trim(),
        found: r.found,
        description: r.description.trim(),
        ...(amount ? { amountFen: amount.fen } : {}),
      })
    }
    setError(null)
    void record({ kind: 'online-search', on, ...(connector ? { connector } : {}), results }, '网络查控结果已记录')
  }
  return (
    <View>
      <DateField name='search-on' label='查控日期' value={on} start='2020-01-01' onChange={setOn} />
      {connectors.length > 0 ? <Choices idPrefix='search-connector' label='查控方式' options={connectors} value={connector} onChange={setConnector} /> : null}
      {rows.map((r, i) => (
        <View key={i} className='e-item'>
          <Text className='e-item__title'>第{i + 1}项</Text>
          <Choices idPrefix={`search-${i}-category`} options={CATEGORIES} value={r.category} onChange={(category) => setRow(i, { category })} />
          <Field name={`search-${i}-institution`} label='查询机构' value={r.institution} onInput={(institution) => setRow(i, { institution })} />
          <Check id={`search-${i}-found`} checked={r.found} onChange={(found) => setRow(i, { found })}>
            发现了财产
          </Check>
          <Field
            name={`search-${i}-description`}
            label='查询结果'
            value={r.description}
            maxlength={500}
            onInput={(description) => setRow(i, { description })}
          />
          {r.found ? (
            <Field name={`search-${i}-amount`} label='金额（元，选填）' type='digit' value={r.amountText} onInput={(amountText) => setRow(i, { amountText })} />
          ) : null}
        </View>
      ))}
      <Button className='btn' id='search-add-row' onClick={() => setRows([...rows, emptyRow()])}>
        再加一项
      </Button>
      <FieldError message={error} />
      <SaveButton id='save-search' busy={busy} onClick={save} />
    </View>
  )
}
