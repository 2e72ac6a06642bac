import * as domain from '../../domain'

describe('domain public API', () => {
  it.each(
    [
      'DomainError',
      'quoteFee',
      'dueDate',
      'isWorkday',
      'trialLimitEnd',
      'validateResidentId',
      'validateCreditCode',
      'validateMobile',
      'formatCaseNumber',
      'parseCaseNumber',
      'addDays',
      'parseCalendarDay',
      'weekdayOf',
      'formatChineseDate',
      'formatYuan',
      'nextWorkday',
      'addWorkdays',
      'installHolidayTable',
      'holidayTableFor',
      'publishedHolidayYears',
    ].map((name) => ({ label: name, name })),
  )('exports $label', ({ name }) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function')
  })
})
