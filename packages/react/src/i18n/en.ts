import type { Messages } from './Messages'

/** The kit's English strings, the default without a provider. */
export const en: Messages = {
  common: {
    tryAgain: 'Try again',
    goBack: 'Go back',
    goHome: 'Go to the home page',
    pause: 'Pause',
    resume: 'Resume',
    statusCode: 'Error code {code}',
    reference: 'Reference {reference}',
    today: '{time}',
    onDay: '{time} on {day}',
    timeLeft: '{duration} left',
    paused: 'Paused. We will not try again by ourselves.',
    retrying: 'Trying again now.',
  },
  badRequest: {
    title: "We couldn't process that request",
    description: 'Check the information you entered and try again.',
    summaryTitle: 'There is a problem',
  },
  unauthorized: {
    title: 'Sign in to continue',
    description: 'You have been signed out. Sign in again to carry on where you left off.',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signInFailed: 'You were not signed in. Try again.',
  },
  forbidden: {
    title: "You don't have access to this",
    description: 'If you think you should have access, ask the person who manages your account.',
  },
  notFound: {
    title: 'Page not found',
    description: 'If you typed the address, check it is correct.',
  },
  rateLimited: {
    title: 'Too many requests',
    description: 'There were too many requests in a short time.',
    when: 'You can try again at {when}.',
    soon: 'You can try again in {duration}.',
  },
  serverError: {
    title: 'Sorry, there is a problem with the service',
    description: 'Try again later.',
  },
  serviceUnavailable: {
    title: 'Sorry, the service is unavailable',
    description: 'We do not know yet when it will be available again. Try again later.',
    when: 'You can use it again from {when}.',
    soon: 'You can use it again in {duration}.',
  },
  offline: {
    title: "You're not connected",
    description: 'Check that your device is connected to the internet.',
    waiting: 'We will try again as soon as you are back online.',
  },
  timeout: {
    title: 'The connection timed out',
    description: 'The service took too long to answer. Try again.',
  },
  generic: {
    title: 'Something went wrong',
    description: 'Try again. If it keeps happening, contact support.',
  },
}
