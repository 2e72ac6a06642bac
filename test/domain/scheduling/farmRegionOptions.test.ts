import { farmCalendarRows } from '../../../domain/scheduling/farmCalendar'
import { farmRegionOptions } from '../../../domain/scheduling/farmRegionOptions'

describe('farmRegionOptions', () => {
  it.each([
    { label: 'Ergun farming belt', region: 'ergun', activities: ['sowing', 'wheat-harvest', 'rapeseed-harvest', 'potato-harvest', 'haymaking'] },
    { label: 'Hulunbuir pastoral area', region: 'hulunbuir-pastoral', activities: ['lambing', 'pasture-move', 'haymaking'] },
    { label: 'Ordos', region: 'ordos', activities: ['sowing', 'wheat-harvest', 'autumn-harvest', 'grazing-rest'] },
  ])('$label offers its activities', ({ region, activities }) => {
    expect(
      farmRegionOptions()
        .find((o) => o.region === region)
        ?.activities.map((a) => a.activity),
    ).toEqual(activities)
  })

  it('lists every region once and every row of the calendar exactly once', () => {
    const options = farmRegionOptions()
    expect(new Set(options.map((o) => o.region)).size).toBe(options.length)
    expect(options.flatMap((o) => o.activities).length).toBe(farmCalendarRows().length)
  })
})
