export default definePageConfig({ navigationBarTitleText: '指标背后的案件' })
