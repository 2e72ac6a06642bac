export default definePageConfig({ navigationBarTitleText: '视频调解' })
