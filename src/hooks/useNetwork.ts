import { useEffect, useState } from 'react'
import { networkState, onNetworkChange, type NetworkState } from '../utils/network'

/**
 * The phone's connection as every page sees it: online or not, the kind of link, and how old
 * the oldest cached copy on screen is. One source for all pages (Taro's network events, and
 * the browser's online/offline events on H5).
 */
export function useNetwork(): NetworkState {
  const [state, setState] = useState(networkState)
  useEffect(() => {
    setState(networkState())
    return onNetworkChange(setState)
  }, [])
  return state
}
