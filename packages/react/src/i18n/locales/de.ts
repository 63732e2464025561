/**
 * The kit's strings in German, to pass to `StatusKitProvider` with its `locale`.
 *
 * @packageDocumentation
 * @module @statuskit/react/locales/de
 */
import type { Messages } from '../Messages'

/**
 * German strings. Pass them to the provider with its `locale`:
 * `<StatusKitProvider locale="de-DE" messages={de}>`.
 */
export const de: Messages = {
  common: {
    tryAgain: 'Erneut versuchen',
    tryingAgain: 'Wird erneut versucht …',
    goBack: 'Zurück',
    goHome: 'Zur Startseite',
    stopAutomatic: 'Nicht automatisch erneut versuchen',
    resumeAutomatic: 'Automatisch erneut versuchen',
    automaticStopped:
      'Wir versuchen es nicht mehr von selbst. Wählen Sie „Erneut versuchen“, wenn es so weit ist.',
    automaticGaveUp:
      'Wir versuchen es nicht mehr von selbst. Versuchen Sie es erneut, wenn Sie so weit sind.',
    retryFailed: 'Es funktioniert noch nicht. Wir haben es um {time} erneut versucht.',
    retrying: 'Wir versuchen es jetzt noch einmal.',
    canRetry: 'Sie können es jetzt noch einmal versuchen.',
    partTitle: 'Dieser Teil der Seite konnte nicht geladen werden',
    statusCode: 'Fehlercode {code}',
    reference: 'Referenz {reference}',
    today: '{time} Uhr',
    onDay: '{day}, {time} Uhr',
    timeLeft: 'noch {duration}',
    technicalDetails: 'Technische Details',
  },
  badRequest: {
    title: 'Wir konnten das nicht öffnen',
    description: 'Der Link ist vielleicht falsch oder nicht mehr aktuell.',
    reason: 'Die Anfrage wurde nicht angenommen.',
    summaryTitle: 'Es gibt ein Problem',
  },
  unauthorized: {
    title: 'Melden Sie sich an, um fortzufahren',
    description:
      'Sie wurden abgemeldet. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie aufgehört haben.',
    reason: 'Sie wurden abgemeldet.',
    signIn: 'Anmelden',
    signingIn: 'Anmeldung läuft …',
    signInFailed: 'Die Anmeldung hat nicht geklappt. Versuchen Sie es noch einmal.',
    dialogDescription:
      'Sie wurden abgemeldet. Melden Sie sich erneut an, um weiterzumachen. Was Sie eingegeben haben, bleibt erhalten.',
  },
  forbidden: {
    title: 'Sie haben keinen Zugriff darauf',
    description:
      'Wenn Sie meinen, dass Sie Zugriff haben sollten, wenden Sie sich an die Person, die Ihr Konto verwaltet.',
    reason: 'Sie haben keinen Zugriff darauf.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    description:
      'Wenn Sie die Adresse eingetippt haben, prüfen Sie, ob sie richtig ist. Wenn Sie einem Link gefolgt sind, ist er vielleicht nicht mehr aktuell.',
    reason: 'Es wurde nicht gefunden.',
  },
  rateLimited: {
    title: 'Zu viele Anfragen',
    description: 'In kurzer Zeit kamen zu viele Anfragen.',
    reason: 'In kurzer Zeit kamen zu viele Anfragen.',
    wait: 'Warten Sie einen Moment und versuchen Sie es dann noch einmal.',
    when: 'Sie können es ab {when} noch einmal versuchen.',
    soon: 'Sie können es in {duration} noch einmal versuchen.',
    automatic: 'Dann versuchen wir es von selbst noch einmal.',
    automaticSoon: 'Wir versuchen es gleich von selbst noch einmal.',
  },
  serverError: {
    title: 'Es tut uns leid, es gibt ein Problem mit dem Dienst',
    description:
      'Es liegt nicht an Ihnen. Versuchen Sie es noch einmal. Wenn das Problem bleibt, kommen Sie später wieder.',
    reason: 'Es gibt ein Problem auf unserer Seite.',
  },
  serviceUnavailable: {
    title: 'Es tut uns leid, der Dienst ist nicht verfügbar',
    description: 'Wir wissen noch nicht, wann er wieder verfügbar ist.',
    reason: 'Der Dienst ist nicht verfügbar.',
    when: 'Sie können ihn ab {when} wieder nutzen.',
    soon: 'Sie können ihn in {duration} wieder nutzen.',
    automatic: 'Dann prüfen wir von selbst, ob er wieder verfügbar ist.',
  },
  offline: {
    title: 'Sie sind nicht verbunden',
    description: 'Prüfen Sie, ob Ihr Gerät mit dem Internet verbunden ist.',
    reason: 'Sie sind nicht verbunden.',
    waiting: 'Sobald Sie wieder online sind, versuchen wir es noch einmal.',
  },
  unreachable: {
    title: 'Wir erreichen den Dienst gerade nicht',
    description: 'Versuchen Sie es gleich noch einmal.',
    reason: 'Wir konnten den Dienst nicht erreichen.',
  },
  timeout: {
    title: 'Die Verbindung hat zu lange gedauert',
    description: 'Der Dienst hat nicht rechtzeitig geantwortet. Versuchen Sie es noch einmal.',
    reason: 'Der Dienst hat nicht rechtzeitig geantwortet.',
  },
  generic: {
    title: 'Etwas ist schiefgelaufen',
    description: 'Versuchen Sie es noch einmal. Wenn das Problem bleibt, wenden Sie sich an den Support.',
    reason: 'Etwas ist schiefgelaufen.',
  },
  notice: {
    notSaved: 'Ihre Änderungen sind nicht gespeichert. Was Sie eingegeben haben, ist noch da.',
    notDone: 'Es wurde nichts geändert.',
    maybeNotSaved:
      'Wir wissen nicht, ob Ihre Änderungen gespeichert wurden. Prüfen Sie das, bevor Sie es noch einmal versuchen.',
    signInToSave: 'Melden Sie sich erneut an und speichern Sie dann Ihre Änderungen.',
    saveAgain:
      'Sie sind wieder angemeldet. Ihre Änderungen sind noch nicht gespeichert: Speichern Sie sie erneut.',
    notRefreshed: 'Wir konnten das nicht aktualisieren. Angezeigt wird der Stand von {time} Uhr.',
    dismiss: 'Schließen',
  },
}
