export default definePageConfig({ navigationBarTitleText: '开庭排期' })
