import { useState } from 'react'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends boolean ? boolean : T[K] }

/** A flat form of strings and booleans: `set(name)` gives the onInput of one field. */
export function useForm<T extends Record<string, string | boolean>>(initial: T) {
  const [v, setV] = useState<Widen<T>>(initial as Widen<T>)
  const set =
    <K extends keyof T>(k: K) =>
    (value: Widen<T>[K]) =>
      setV((old) => ({ ...old, [k]: value }))
  return { v, set, reset: () => setV(initial as Widen<T>) }
}
