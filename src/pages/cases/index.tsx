import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { toApiError } from '../../api/errors'
import { filingsApi, type FilingSummary } from '../../api/filings'
import { PageShell } from '../../components/PageShell/PageShell'
import { PagedFooter } from '../../components/PagedFooter/PagedFooter'
import { usePagedList } from '../../hooks/usePagedList'
import { useSession } from '../../stores/session'
import { filingFacts, filingTitle, STATUS_LABELS } from '../../utils/filingLabels'
import { EnforcementRows } from './EnforcementRows'
import './index.scss'

/** 我的案件: every filing and case of the signed-in party, status in colour and words. */
export default function Cases() {
  const { user } = useSession()
  // A page at a time: the next comes on scrolling to the bottom or tapping 「加载更多」.
  const { items, setItems, error, setError, state, reload, loadMore } = usePagedList(filingsApi.page)
  const load = () => {
    if (user) void reload()
  }
  useDidShow(load)

  // Asked first: a deleted draft cannot be brought back.
  const remove = async (f: FilingSummary) => {
    const { confirm } = await Taro.showModal({
      title: '删除草稿',
      content: `删除「${filingTitle(f)}」这份草稿？删除后不能恢复。`,
      confirmText: '删除',
      cancelText: '不删',
    })
    if (!confirm) return
    try {
      await filingsApi.deleteDraft(f.id)
      setItems((list) => list?.filter((x) => x.id !== f.id) ?? null)
      void Taro.showToast({ title: '草稿已删除', icon: 'none' })
    } catch (e) {
      setError(toApiError(e).message)
    }
  }
  usePullDownRefresh(() => {
    load()
    void Taro.stopPullDownRefresh()
  })

  if (!user) {
    return (
      <PageShell testId='cases'>
        <Text className='title'>我的案件</Text>
        <View className='card'>
          <Text>登录后查看您的案件。</Text>
          <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: '/pages/login/index?next=%2Fpages%2Fcases%2Findex' })}>
            去登录
          </Button>
        </View>
      </PageShell>
    )
  }

  return (
    <PageShell testId='cases'>
      <Text className='title'>我的案件</Text>
      <Button className='btn' id='my-enforcement' onClick={() => void Taro.navigateTo({ url: '/subpackages/enforcement/pages/index/index' })}>
        我的执行案件
      </Button>
      <EnforcementRows />
      {error ? <View className='banner banner--error'>{error}</View> : null}
      {items === null && !error ? (
        <>
          <View className='skeleton' />
          <View className='skeleton' />
        </>
      ) : null}
      {items?.length === 0 ? (
        <View className='card'>
          <Text>还没有案件，点击“网上立案”开始。</Text>
          <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: '/subpackages/filing/pages/start/index' })}>
            网上立案
          </Button>
        </View>
      ) : null}
      {items?.map((f) => {
        const s = STATUS_LABELS[f.status]
        return (
          <View
            key={f.id}
            className='case-item'
            id={`case-${f.id}`}
            onClick={() => void Taro.navigateTo({ url: `/subpackages/filing/pages/detail/index?id=${f.id}` })}
          >
            <Text className='case-item__title'>{f.caseNumber ?? filingTitle(f)}</Text>
            {f.caseNumber ? <Text className='case-item__fact'>{filingTitle(f)}</Text> : null}
            {filingFacts(f).map((line) => (
              <Text key={line} className='case-item__fact'>
                {line}
              </Text>
            ))}
            <Text className={`tag tag--${s.tone}`}>{s.text}</Text>
            {f.agricultural ? <Text className='tag tag--green'>涉农</Text> : null}
            {f.crossRegion ? <Text className='tag tag--blue'>跨域立案</Text> : null}
            {f.status === 'draft' ? (
              <Button
                className='btn case-item__delete'
                id={`delete-${f.id}`}
                onClick={(e) => {
                  e.stopPropagation()
                  void remove(f)
                }}
              >
                删除草稿
              </Button>
            ) : null}
          </View>
        )
      })}
      <PagedFooter id='cases-more' count={items?.length} state={state} onMore={() => void loadMore()} />
    </PageShell>
  )
}
