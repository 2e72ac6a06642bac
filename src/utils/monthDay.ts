/** '12月16日' of a 'YYYY-MM-DD' day: the month and day people say when the year and weekday go without saying. */
export const monthDay = (date: string): string => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
