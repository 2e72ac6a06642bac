import { render } from '@testing-library/react'
import { FieldError } from '../../../src/components/FieldError/FieldError'

describe('FieldError', () => {
  it('shows the problem in words, in the red error line', () => {
    const { container } = render(<FieldError message='请填写对方当事人的姓名' id='name-error' />)
    const line = container.querySelector('.field__error')
    expect(line?.textContent).toBe('请填写对方当事人的姓名')
    expect(line?.id).toBe('name-error')
  })

  it.each([
    { label: 'no message', message: undefined },
    { label: 'null', message: null },
    { label: 'an empty message', message: '' },
  ])('shows nothing for $label', ({ message }) => {
    const { container } = render(<FieldError message={message} />)
    expect(container.innerHTML).toBe('')
  })
})
