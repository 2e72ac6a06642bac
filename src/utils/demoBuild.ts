/**
 * Whether this is a demo build (npm start, the test build). A release build never shows demo
 * sign-in or demo placeholders, whatever a server answers: a misconfigured production server
 * must not put 演示登录 in front of the public.
 */
export const demoBuild = process.env.TARO_APP_DEMO === '1'
