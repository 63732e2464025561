import type { Messages } from '../Messages'

/**
 * German strings. Pass them to the provider with its `locale`:
 * `<StatusKitProvider locale="de-DE" messages={de}>`.
 */
export const de: Messages = {
  common: {
    tryAgain: 'Erneut versuchen',
    goBack: 'Zurück',
    goHome: 'Zur Startseite',
    pause: 'Anhalten',
    resume: 'Fortsetzen',
    statusCode: 'Fehlercode {code}',
    reference: 'Referenz {reference}',
    today: '{time} Uhr',
    onDay: '{day}, {time} Uhr',
    timeLeft: 'noch {duration}',
    paused: 'Angehalten. Wir versuchen es nicht mehr von selbst.',
    retrying: 'Wir versuchen es jetzt noch einmal.',
  },
  badRequest: {
    title: 'Wir konnten diese Anfrage nicht verarbeiten',
    description: 'Prüfen Sie Ihre Angaben und versuchen Sie es noch einmal.',
    summaryTitle: 'Es gibt ein Problem',
  },
  unauthorized: {
    title: 'Melden Sie sich an, um fortzufahren',
    description:
      'Sie wurden abgemeldet. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie aufgehört haben.',
    signIn: 'Anmelden',
    signingIn: 'Anmeldung läuft …',
    signInFailed: 'Die Anmeldung hat nicht geklappt. Versuchen Sie es noch einmal.',
  },
  forbidden: {
    title: 'Sie haben keinen Zugriff darauf',
    description:
      'Wenn Sie meinen, dass Sie Zugriff haben sollten, wenden Sie sich an die Person, die Ihr Konto verwaltet.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    description: 'Wenn Sie die Adresse eingetippt haben, prüfen Sie, ob sie richtig ist.',
  },
  rateLimited: {
    title: 'Zu viele Anfragen',
    description: 'In kurzer Zeit kamen zu viele Anfragen.',
    when: 'Sie können es ab {when} noch einmal versuchen.',
    soon: 'Sie können es in {duration} noch einmal versuchen.',
  },
  serverError: {
    title: 'Es tut uns leid, es gibt ein Problem mit dem Dienst',
    description: 'Versuchen Sie es später noch einmal.',
  },
  serviceUnavailable: {
    title: 'Es tut uns leid, der Dienst ist nicht verfügbar',
    description: 'Wir wissen noch nicht, wann er wieder verfügbar ist. Versuchen Sie es später noch einmal.',
    when: 'Sie können ihn ab {when} wieder nutzen.',
    soon: 'Sie können ihn in {duration} wieder nutzen.',
  },
  offline: {
    title: 'Sie sind nicht verbunden',
    description: 'Prüfen Sie, ob Ihr Gerät mit dem Internet verbunden ist.',
    waiting: 'Sobald Sie wieder online sind, versuchen wir es noch einmal.',
  },
  timeout: {
    title: 'Die Verbindung hat zu lange gedauert',
    description: 'Der Dienst hat nicht rechtzeitig geantwortet. Versuchen Sie es noch einmal.',
  },
  generic: {
    title: 'Etwas ist schiefgelaufen',
    description: 'Versuchen Sie es noch einmal. Wenn das Problem bleibt, wenden Sie sich an den Support.',
  },
}
