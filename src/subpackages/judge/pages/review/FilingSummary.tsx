import { fileLink } from '../../../../api/files'
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatYuan } from '@domain/money/formatYuan'
import type { FilingView } from '../../../../api/filings'
import { sideNames } from '../../../../utils/filingLabels'
import { Icon } from '../../../../components/Icon/Icon'

const RELIEF_NAMES = { defer: '缓交', reduce: '减交', waive: '免交' } as const

/** The parties (named as the kind of filing names them), the agent, the claims, the facts and the fee, as filed. */
export function FilingSummary({ f }: { f: FilingView }) {
  const sides = sideNames(f.kind)
  const { agent, feeRelief } = f.data
  return (
    <View className='card'>
      <Text className='field__label'>当事人</Text>
      {f.data.parties.map((p, i) => (
        <View key={i} className='row'>
          {sides[p.side]}：{p.name}，
          {p.type === 'person'
            ? p.idNumber.trim()
              ? `身份证号 ${p.idNumber}`
              : '未提供身份证号（凭姓名、住址确认，送达前请核实身份）'
            : `信用代码 ${p.creditCode}，法定代表人 ${p.representative}`}
          ，{p.mobile || '无手机号'}，{p.address}
        </View>
      ))}
      {agent ? (
        <View className='row' id='review-agent'>
          委托代理人：{agent.name}（{agent.kind === 'lawyer' ? `律师，执业证号 ${agent.licenceNo ?? ''}` : '近亲属'}），
          {agent.mobile}，授权委托书
          {agent.powerOfAttorneyFileIds.length}份
        </View>
      ) : null}
      <Text className='field__label'>诉讼请求</Text>
      {f.data.claims.map((c, i) => (
        <View key={i} className='row'>
          {i + 1}. {c.text}
          {c.amountFen ? `（${formatYuan(c.amountFen)}）` : ''}
        </View>
      ))}
      <Text className='field__label'>事实与理由</Text>
      <View className='row'>{f.data.facts}</View>
      {f.fee ? (
        <View className='row'>
          诉讼费：
          <Text className='fee'>{f.fee.minFen === f.fee.maxFen ? formatYuan(f.fee.minFen) : `${formatYuan(f.fee.minFen)}至${formatYuan(f.fee.maxFen)}`}</Text>
          {feeRelief ? `；申请${RELIEF_NAMES[feeRelief.type]}：${feeRelief.reason}` : ''}
        </View>
      ) : null}
    </View>
  )
}

/** The evidence, each with its files: photos as previews, PDFs opened in the phone's viewer. */
export function EvidenceList({ f, previews, openDocument }: { f: FilingView; previews: Record<string, string>; openDocument: (id: string) => void }) {
  return (
    <View className='card' id='evidence-list'>
      <Text className='field__label'>证据（{f.data.evidence.length}份）</Text>
      {f.data.evidence.map((e, i) => (
        <View key={i}>
          <View className='row'>
            {i + 1}. {e.name}：{e.proves}
          </View>
          <View className='choices'>
            {e.fileIds.map((id) => {
              const info = f.files.find((x) => x.id === id)
              return info?.mime.startsWith('image/') ? (
                <Image
                  key={id}
                  className='preview'
                  mode='aspectFit'
                  src={previews[id] ?? ''}
                  onClick={() => void fileLink(id).then((url) => Taro.previewImage({ urls: [url] }))}
                />
              ) : (
                <View key={id} className='choice icon-line' id={`open-${id}`} onClick={() => openDocument(id)}>
                  <Icon name='file-text' />
                  {info?.name ?? '文件'}
                </View>
              )
            })}
          </View>
        </View>
      ))}
    </View>
  )
}
