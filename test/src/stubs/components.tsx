/* Small DOM stand-ins for Taro's components, enough to render pages in jsdom. */
import type { PropsWithChildren } from 'react'

type P = PropsWithChildren<{ className?: string; id?: string; onClick?: () => void; [k: string]: unknown }>

export const View = ({ children, className, id, onClick }: P) => (
  <div className={className} id={id} onClick={onClick}>
    {children}
  </div>
)
export const Text = ({ children, className, id, onClick }: P) => (
  <span className={className} id={id} onClick={onClick}>
    {children}
  </span>
)
export const Button = ({ children, className, id, onClick, disabled }: P & { disabled?: boolean }) => (
  <button className={className} id={id} onClick={onClick} disabled={disabled}>
    {children}
  </button>
)
export const Input = (p: {
  id?: string
  name?: string
  value?: string
  placeholder?: string
  className?: string
  password?: boolean
  onInput?: (e: { detail: { value: string } }) => void
}) => (
  <input
    id={p.id}
    name={p.name}
    className={p.className}
    value={p.value}
    placeholder={p.placeholder}
    type={p.password ? 'password' : 'text'}
    onChange={(e) => p.onInput?.({ detail: { value: e.target.value } })}
  />
)
export const Switch = (p: { id?: string; checked?: boolean; onChange?: (e: { detail: { value: boolean } }) => void }) => (
  <input id={p.id} type='checkbox' checked={p.checked} onChange={(e) => p.onChange?.({ detail: { value: e.target.checked } })} />
)
/** The picker's choice is a text box in jsdom: change it to choose a value, as the phone's wheel would. */
export const Picker = ({
  children,
  id,
  value,
  start,
  end,
  onChange,
}: P & { value?: string; start?: string; end?: string; onChange?: (e: { detail: { value: string } }) => void }) => (
  <div id={id} data-value={value} data-start={start} data-end={end}>
    {children}
    <input className='picker__choice' aria-label='picker' defaultValue={value} onChange={(e) => onChange?.({ detail: { value: e.target.value } })} />
  </div>
)
export const Textarea = Input
/** A tick box; the tap is handled by the row around it, as in the app. */
export const Checkbox = (p: { value?: string; checked?: boolean }) => <input type='checkbox' value={p.value} checked={!!p.checked} readOnly />
export const Progress = (p: { percent?: number }) => <progress value={p.percent} max={100} />
export const ScrollView = View
export const Image = (p: {
  src?: string
  className?: string
  style?: Record<string, string>
  role?: string
  'aria-label'?: string
  'aria-hidden'?: string
}) => (
  <img
    src={p.src}
    alt=''
    className={p.className}
    data-size={p.style ? `${p.style.width} ${p.style.height}` : undefined}
    role={p.role}
    aria-label={p['aria-label']}
    aria-hidden={p['aria-hidden'] === 'true' ? true : undefined}
  />
)
