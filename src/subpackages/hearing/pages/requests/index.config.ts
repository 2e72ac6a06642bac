export default definePageConfig({ navigationBarTitleText: '选择开庭日期' })
