export default definePageConfig({ navigationBarTitleText: '电子送达', enablePullDownRefresh: true })
