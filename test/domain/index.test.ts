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
      'feeCategoryForCause',
      'quoteFilingFee',
      'searchCauses',
      'causeOfAction',
      'smallClaimsProcedure',
      'averageWageFor',
      'legalServiceDate',
      'deadlineAfterService',
      'suggestHearingSlots',
      'caseTypeCodeInfo',
      'courtProvince',
      'procedureProblems',
      'smallClaimsOf',
      'filingProcedure',
      'checkAgreedPeriods',
      'documentServedOn',
    ].map((name) => ({ label: name, name })),
  )('exports $label', ({ name }) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function')
  })

  it.each(['PERIOD_RULES', 'CASE_TYPE_CODES', 'CAUSES_OF_ACTION', 'AVERAGE_WAGES'].map((name) => ({ label: name, name })))(
    'exports the data $label',
    ({ name }) => {
      expect(typeof (domain as Record<string, unknown>)[name]).toBe('object')
    },
  )
})
