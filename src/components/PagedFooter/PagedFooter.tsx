import { Button, View } from '@tarojs/components'
import { PAGED_FOOTER, type PagedState } from '../../hooks/usePagedList'
import './PagedFooter.scss'

/**
 * What a paged list shows under its rows: 「加载更多」 to tap while more pages remain (scrolling to
 * the bottom fetches them too), or where the list stands. Nothing under an empty list: the page
 * says that in its own words.
 */
export function PagedFooter(props: { id: string; count: number | undefined; state: PagedState; onMore: () => void }) {
  if (!props.count) return null
  if (props.state === 'more')
    return (
      <Button className='btn list-more' id={props.id} onClick={props.onMore}>
        {PAGED_FOOTER.more}
      </Button>
    )
  return <View className='list-footer'>{PAGED_FOOTER[props.state]}</View>
}
