export default definePageConfig({ navigationBarTitleText: '提供财产线索' })
