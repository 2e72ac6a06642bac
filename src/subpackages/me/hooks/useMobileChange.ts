import { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { validateMobile } from '@domain/identity/validateMobile'
import { toApiError, type ApiError } from '../../../api/errors'
import { meApi } from '../../../api/me'

export type MobileStep = 'loading' | 'number' | 'code' | 'done'

/** Codes the server gives for a code that can no longer be answered: the person needs a new one. */
const DEAD_CODE = new Set(['MOBILE_CODE_EXPIRED', 'MOBILE_CODE_TOO_MANY_TRIES', 'MOBILE_CODE_NOT_SENT'])

const OFFLINE = '网络不稳定，请在信号好时再试'

/**
 * Changing the mobile number in two steps: the new number gets a code by SMS, and the code typed
 * back makes it the account's. Keeps the countdown until another code may be asked for.
 */
export function useMobileChange() {
  const [step, setStep] = useState<MobileStep>('loading')
  const [current, setCurrent] = useState<string | null>(null)
  const [mobile, setMobile] = useState('')
  const [code, setCode] = useState('')
  const [errors, setErrors] = useState<{ mobile?: string; code?: string }>({})
  const [banner, setBanner] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [resendAt, setResendAt] = useState(0)
  const [now, setNow] = useState(() => Date.now())

  useDidShow(() => {
    meApi.get().then(
      (p) => {
        setCurrent(p.mobile)
        // A code sent a moment ago is still waiting: go straight to typing it in.
        if (p.pendingMobile) setMobile(p.pendingMobile)
        setStep(p.pendingMobile ? 'code' : 'number')
      },
      (e) => {
        setStep('number')
        setBanner(toApiError(e).offline ? OFFLINE : toApiError(e).message)
      },
    )
  })

  useEffect(() => {
    if (resendAt <= Date.now()) return undefined
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [resendAt])

  const fail = (e: ApiError, field: 'mobile' | 'code') => {
    if (e.offline) setBanner(OFFLINE)
    else if (e.field === field || (field === 'code' && e.field === 'mobile')) setErrors({ [field]: e.message })
    else setBanner(e.message)
  }

  const send = async () => {
    const number = mobile.trim()
    const valid = validateMobile(number)
    if (!valid.ok) return setErrors({ mobile: valid.reason ?? '手机号不对，请核对' })
    if (number === current) return setErrors({ mobile: '这就是您现在的手机号，不用更换' })
    setSending(true)
    setBanner(null)
    try {
      const sent = await meApi.sendMobileCode(number)
      setResendAt(Date.parse(sent.resendAt))
      setNow(Date.now())
      setCode('')
      setErrors({})
      setStep('code')
    } catch (err) {
      fail(toApiError(err), step === 'code' ? 'code' : 'mobile')
    } finally {
      setSending(false)
    }
  }

  const confirm = async () => {
    if (!/^\d{6}$/.test(code.trim())) return setErrors({ code: '请填写短信里的6位数字验证码' })
    setConfirming(true)
    setBanner(null)
    try {
      const p = await meApi.confirmMobile(code.trim())
      setCurrent(p.mobile)
      setStep('done')
    } catch (err) {
      const e = toApiError(err)
      fail(e, 'code')
      // A wrong code may be typed again; a dead one needs a new code at once.
      setCode('')
      if (DEAD_CODE.has(e.code)) setResendAt(0)
    } finally {
      setConfirming(false)
    }
  }

  const otherNumber = () => {
    setErrors({})
    setBanner(null)
    setStep('number')
  }

  const secondsLeft = Math.max(0, Math.ceil((resendAt - now) / 1000))
  return { step, current, mobile, setMobile, code, setCode, errors, banner, sending, confirming, secondsLeft, send, confirm, otherNumber }
}
