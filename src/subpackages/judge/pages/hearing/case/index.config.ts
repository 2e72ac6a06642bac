export default definePageConfig({ navigationBarTitleText: '安排开庭' })
