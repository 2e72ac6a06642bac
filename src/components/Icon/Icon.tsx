import { Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useElderMode } from '../../hooks/useElderMode'
import type { IconName } from './icons.generated'
import { DEFAULT_ICON_COLOR, iconDataUri } from './svgDataUri'
import './Icon.scss'

export type { IconName } from './icons.generated'

/** 长辈模式 raises text from about 32 to 48 design px; icons grow by the same factor. */
export const ELDER_ICON_SCALE = 1.5

export interface IconProps {
  name: IconName
  /** Stroke colour as #rgb or #rrggbb (an image cannot take the colour of the text around it). */
  color?: string
  /** Width and height in design px (750 wide, as in the stylesheets); 1.5 times in 长辈模式. */
  size?: number
  /**
   * What the icon says in Chinese, when no words beside it say it. Without a label the icon is
   * decorative and hidden from screen readers: the words next to it carry the meaning.
   */
  label?: string
  className?: string
}

/** Design px as the platform's unit (rpx in the mini-program, rem in H5), like the stylesheets. */
function toUnit(px: number): string {
  return typeof Taro.pxTransform === 'function' ? Taro.pxTransform(px) : `${px}rpx`
}

/**
 * An icon of the lucide set (ISC licence) drawn as an image, so it looks the same on every phone
 * and needs no emoji font. Only the icons listed in ops/iconMap.ts exist.
 *
 * @example <Icon name='bell' color='#b71c1c' size={40} />
 * @example <Icon name='triangle-alert' label='注意' />
 */
export function Icon({ name, color = DEFAULT_ICON_COLOR, size = 40, label, className }: IconProps) {
  const [elder] = useElderMode()
  const side = toUnit(Math.round(size * (elder ? ELDER_ICON_SCALE : 1)))
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': 'true' }
  return (
    <Image
      className={className ? `icon ${className}` : 'icon'}
      src={iconDataUri(name, color)}
      mode='aspectFit'
      style={{ width: side, height: side }}
      {...a11y}
      // H5 draws an <img> inside the element: give it the same words (or an empty alt when decorative).
      nativeProps={label ? { alt: label } : { alt: '', 'aria-hidden': 'true' }}
    />
  )
}
