/** A span of working hours within one day, 'HH:MM' to 'HH:MM' (24-hour, Asia/Shanghai). */
export interface HoursBlock {
  start: string
  end: string
}

/** Regular hours on one weekday: 1 = Monday … 5 = Friday (ISO numbering). */
export interface WeeklyHours extends HoursBlock {
  weekday: number
}

/**
 * The hours of one particular date, replacing the weekly hours for that day: an empty list is a
 * day off (leave, training), a non-empty one sets that day's hours (extra hours, even on a weekend).
 */
export interface DateOverride {
  date: string
  blocks: HoursBlock[]
}

export type SlotMinutes = 30 | 60 | 90

/** What a mediator or judge publishes: weekly hours, date overrides, and the length of one session. */
export interface Availability {
  slotMinutes: SlotMinutes
  weekly: WeeklyHours[]
  overrides: DateOverride[]
}

/** One bookable session. Instants are ISO 8601 with the +08:00 offset, e.g. '2026-11-26T09:00:00+08:00'. */
export interface Slot {
  date: string
  start: string
  end: string
  startsAt: string
  endsAt: string
  minutes: SlotMinutes
  /** the day's working status relies on a holiday arrangement not yet published */
  provisional: boolean
}

export type MediationStage = 'pre-filing' | 'in-case'
