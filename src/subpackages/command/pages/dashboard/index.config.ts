export default definePageConfig({ navigationBarTitleText: '执行指挥中心' })
