export default definePageConfig({ navigationBarTitleText: '填写立案材料' })
