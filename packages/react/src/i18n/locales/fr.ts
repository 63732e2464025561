/**
 * The kit's strings in French, to pass to `StatusKitProvider` with its `locale`.
 *
 * @packageDocumentation
 * @module @statuskit/react/locales/fr
 */
import type { Messages } from '../Messages'

/**
 * French strings (vouvoiement). Pass them to the provider with its `locale`:
 * `<StatusKitProvider locale="fr-FR" messages={fr}>`. The times in `today` and `onDay` follow the locale's own
 * clock ("à 14:32", "jeudi à 09:00"). Following French typography, a no-break space (U+00A0) comes before
 * `:` and inside « », and a narrow no-break space (U+202F) before `?`, `!` and `;`.
 */
export const fr: Messages = {
  common: {
    tryAgain: 'Réessayer',
    tryingAgain: 'Nouvelle tentative…',
    goBack: 'Revenir en arrière',
    goHome: 'Aller à la page d’accueil',
    stopAutomatic: 'Ne pas réessayer automatiquement',
    resumeAutomatic: 'Réessayer automatiquement',
    automaticStopped: 'Nous ne réessaierons plus automatiquement. Choisissez « Réessayer » le moment venu.',
    automaticGaveUp: 'Nous avons arrêté de réessayer automatiquement. Réessayez quand vous le souhaitez.',
    retryFailed: 'Cela ne fonctionne toujours pas. Nous avons réessayé à {time}.',
    retrying: 'Nouvelle tentative en cours.',
    canRetry: 'Vous pouvez réessayer maintenant.',
    partTitle: 'Cette partie de la page n’a pas pu être chargée',
    statusCode: 'Code d’erreur {code}',
    reference: 'Référence {reference}',
    today: 'à {time}',
    onDay: '{day} à {time}',
    timeLeft: 'Il reste {duration}',
    technicalDetails: 'Détails techniques',
  },
  badRequest: {
    title: 'Nous n’avons pas pu ouvrir cette page',
    description: 'Le lien est peut-être erroné ou n’est plus à jour.',
    reason: 'La demande n’a pas été acceptée.',
    summaryTitle: 'Il y a un problème',
  },
  unauthorized: {
    title: 'Connectez-vous pour continuer',
    description: 'Votre compte a été déconnecté. Reconnectez-vous pour reprendre là où vous en étiez.',
    reason: 'Votre compte a été déconnecté.',
    signIn: 'Se connecter',
    signingIn: 'Connexion en cours…',
    signInFailed: 'La connexion n’a pas abouti. Réessayez.',
    dialogDescription:
      'Votre compte a été déconnecté. Reconnectez-vous pour continuer. Ce que vous avez saisi est conservé.',
  },
  forbidden: {
    title: 'Vous n’avez pas accès à cette page',
    description:
      'Si vous pensez que vous devriez y avoir accès, adressez-vous à la personne qui gère votre compte.',
    reason: 'Vous n’avez pas accès à ce contenu.',
  },
  notFound: {
    title: 'Page introuvable',
    description:
      'Si vous avez saisi l’adresse, vérifiez qu’elle est correcte. Si vous avez suivi un lien, il n’est peut-être plus à jour.',
    reason: 'Ce contenu est introuvable.',
  },
  rateLimited: {
    title: 'Trop de demandes',
    description: 'Il y a eu trop de demandes en peu de temps.',
    reason: 'Il y a eu trop de demandes en peu de temps.',
    wait: 'Patientez un instant, puis réessayez.',
    when: 'Vous pourrez réessayer {when}.',
    soon: 'Vous pourrez réessayer dans {duration}.',
    automatic: 'Nous réessaierons alors automatiquement.',
    automaticSoon: 'Nous réessaierons automatiquement dans un instant.',
  },
  serverError: {
    title: 'Désolé, le service rencontre un problème',
    description: 'Vous n’y êtes pour rien. Réessayez et, si le problème persiste, revenez plus tard.',
    reason: 'Le problème vient de notre côté.',
  },
  serviceUnavailable: {
    title: 'Désolé, le service est indisponible',
    description: 'Nous ne savons pas encore quand il sera de nouveau disponible.',
    reason: 'Le service est indisponible.',
    when: 'Vous pourrez de nouveau utiliser le service {when}.',
    soon: 'Vous pourrez de nouveau utiliser le service dans {duration}.',
    automatic: 'Nous vérifierons alors automatiquement s’il est disponible.',
  },
  offline: {
    title: 'Aucune connexion à Internet',
    description: 'Vérifiez que votre appareil est connecté à Internet.',
    reason: 'Aucune connexion à Internet.',
    waiting: 'Nous réessaierons dès que la connexion sera rétablie.',
  },
  unreachable: {
    title: 'Nous ne parvenons pas à joindre le service pour le moment',
    description: 'Réessayez dans un instant.',
    reason: 'Nous n’avons pas pu joindre le service.',
  },
  timeout: {
    title: 'Le délai d’attente est dépassé',
    description: 'Le service a mis trop de temps à répondre. Réessayez.',
    reason: 'Le service a mis trop de temps à répondre.',
  },
  generic: {
    title: 'Un problème est survenu',
    description: 'Réessayez. Si le problème persiste, contactez l’assistance.',
    reason: 'Un problème est survenu.',
  },
  notice: {
    notSaved: 'Vos modifications ne sont pas enregistrées. Ce que vous avez saisi est toujours là.',
    notDone: 'Rien n’a été modifié.',
    maybeNotSaved:
      'Nous ne savons pas si vos modifications ont été enregistrées. Vérifiez avant de réessayer.',
    signInToSave: 'Reconnectez-vous, puis enregistrez vos modifications.',
    saveAgain:
      'Votre compte est de nouveau connecté. Vos modifications ne sont pas encore enregistrées : enregistrez-les à nouveau.',
    notRefreshed: 'Nous n’avons pas pu actualiser ce contenu. Les informations affichées datent de {time}.',
    dismiss: 'Fermer',
  },
}
