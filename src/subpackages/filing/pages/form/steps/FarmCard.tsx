import { Checkbox, Text, View } from '@tarojs/components'
import { farmRegionOptions } from '@domain/scheduling/farmRegionOptions'
import { FieldError } from '../../../../../components/FieldError/FieldError'
import type { StepProps } from '../filingSteps'
import { ChoiceMark } from '../../../../../components/ChoiceMark/ChoiceMark'

// The same region and activity choices as the 农忙 profile, from the court's farm calendar.
const farmRegions = farmRegionOptions()

/** 涉农纠纷: the party's region and farm activities, so the court can keep hearings out of the busy seasons. */
export function FarmCard({ data, update, errorAt }: StepProps) {
  const toggle = (activity: string, on: boolean) =>
    update((d) => ({
      ...d,
      farm: {
        region: d.farm?.region ?? '',
        activities: on ? (d.farm?.activities ?? []).filter((x) => x !== activity) : [...(d.farm?.activities ?? []), activity],
      },
    }))
  return (
    <View className='card'>
      <View
        className='check'
        id='agricultural'
        onClick={() => update((d) => ({ ...d, agricultural: !d.agricultural, farm: d.farm ?? { region: '', activities: [] } }))}
      >
        <Checkbox value='agri' checked={data.agricultural} nativeProps={{ 'aria-label': '这是涉农纠纷（粮食买卖、草场、农机、雇工等），我家有农忙季节' }} />
        <Text>这是涉农纠纷（粮食买卖、草场、农机、雇工等），我家有农忙季节</Text>
      </View>
      {data.agricultural ? (
        <View>
          <Text className='muted'>选择您所在地区和农忙活计，法院安排开庭时会尽量避开农忙。</Text>
          <View className='choices'>
            {farmRegions.map((r) => (
              <View
                key={r.region}
                id={`region-${r.region}`}
                className={data.farm?.region === r.region ? 'choice choice--on' : 'choice'}
                onClick={() => update((d) => ({ ...d, farm: { region: r.region, activities: [] } }))}
              >
                {r.regionName}
              </View>
            ))}
          </View>
          <FieldError message={errorAt('farm.region')} />
          <View className='choices'>
            {(farmRegions.find((r) => r.region === data.farm?.region)?.activities ?? []).map((a) => {
              const on = data.farm?.activities.includes(a.activity) ?? false
              return (
                <View key={a.activity} id={`activity-${a.activity}`} className={on ? 'choice choice--on' : 'choice'} onClick={() => toggle(a.activity, on)}>
                  {on ? <ChoiceMark kind='check' on /> : null}
                  {a.activityName}
                </View>
              )
            })}
          </View>
          <FieldError message={errorAt('farm.activities')} />
        </View>
      ) : null}
    </View>
  )
}
