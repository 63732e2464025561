/**
 * The kit's strings in Spanish, to pass to `StatusKitProvider` with its `locale`.
 *
 * @packageDocumentation
 * @module @statuskit/react/locales/es
 */
import type { Messages } from '../Messages'

/**
 * Spanish strings, addressing the user as usted. Pass them to the provider with its `locale`:
 * `<StatusKitProvider locale="es-ES" messages={es}>` (or `es-MX`, `es-419`… for the clock of the region).
 * The times in `today` and `onDay` read "a las 14:32", "el jueves a las 9:00".
 */
export const es: Messages = {
  common: {
    tryAgain: 'Volver a intentarlo',
    tryingAgain: 'Volviendo a intentarlo…',
    goBack: 'Volver atrás',
    goHome: 'Ir a la página de inicio',
    stopAutomatic: 'No volver a intentarlo automáticamente',
    resumeAutomatic: 'Volver a intentarlo automáticamente',
    automaticStopped:
      'Ya no lo volveremos a intentar automáticamente. Seleccione «Volver a intentarlo» cuando llegue el momento.',
    automaticGaveUp: 'Hemos dejado de intentarlo automáticamente. Vuelva a intentarlo cuando quiera.',
    retryFailed: 'Sigue sin funcionar. Lo hemos vuelto a intentar a las {time}.',
    retrying: 'Lo estamos volviendo a intentar.',
    canRetry: 'Ya puede volver a intentarlo.',
    partTitle: 'No se ha podido cargar esta parte de la página',
    statusCode: 'Código de error {code}',
    reference: 'Referencia {reference}',
    today: 'a las {time}',
    onDay: 'el {day} a las {time}',
    timeLeft: 'Tiempo restante: {duration}',
    technicalDetails: 'Detalles técnicos',
  },
  badRequest: {
    title: 'No hemos podido abrir esta página',
    description: 'Puede que el enlace sea incorrecto o esté desactualizado.',
    reason: 'No se ha aceptado la solicitud.',
    summaryTitle: 'Hay un problema',
  },
  unauthorized: {
    title: 'Inicie sesión para continuar',
    description: 'Se ha cerrado su sesión. Vuelva a iniciar sesión para continuar donde lo dejó.',
    reason: 'Se ha cerrado su sesión.',
    signIn: 'Iniciar sesión',
    signingIn: 'Iniciando sesión…',
    signInFailed: 'No se ha podido iniciar sesión. Vuelva a intentarlo.',
    dialogDescription:
      'Se ha cerrado su sesión. Vuelva a iniciar sesión para continuar. Lo que ha escrito se conserva.',
  },
  forbidden: {
    title: 'No tiene acceso a esta página',
    description: 'Si cree que debería tener acceso, pídaselo a la persona que gestiona su cuenta.',
    reason: 'No tiene acceso a este contenido.',
  },
  notFound: {
    title: 'Página no encontrada',
    description:
      'Si ha escrito la dirección, compruebe que es correcta. Si ha seguido un enlace, puede que esté desactualizado.',
    reason: 'No se ha encontrado este contenido.',
  },
  rateLimited: {
    title: 'Demasiadas solicitudes',
    description: 'Ha habido demasiadas solicitudes en poco tiempo.',
    reason: 'Ha habido demasiadas solicitudes en poco tiempo.',
    wait: 'Espere un momento y vuelva a intentarlo.',
    when: 'Podrá volver a intentarlo {when}.',
    soon: 'Podrá volver a intentarlo dentro de {duration}.',
    automatic: 'Entonces lo volveremos a intentar automáticamente.',
    automaticSoon: 'Lo volveremos a intentar automáticamente en un momento.',
  },
  serverError: {
    title: 'Lo sentimos, hay un problema con el servicio',
    description:
      'No se debe a nada que usted haya hecho. Inténtelo de nuevo y, si el problema continúa, vuelva más tarde.',
    reason: 'Hay un problema por nuestra parte.',
  },
  serviceUnavailable: {
    title: 'Lo sentimos, el servicio no está disponible',
    description: 'Todavía no sabemos cuándo volverá a estar disponible.',
    reason: 'El servicio no está disponible.',
    when: 'Podrá volver a usar el servicio {when}.',
    soon: 'Podrá volver a usar el servicio dentro de {duration}.',
    automatic: 'Entonces comprobaremos automáticamente si vuelve a estar disponible.',
  },
  offline: {
    title: 'No tiene conexión a internet',
    description: 'Compruebe que su dispositivo está conectado a internet.',
    reason: 'No tiene conexión a internet.',
    waiting: 'Lo volveremos a intentar en cuanto recupere la conexión.',
  },
  unreachable: {
    title: 'Ahora mismo no podemos conectar con el servicio',
    description: 'Vuelva a intentarlo en un momento.',
    reason: 'No hemos podido conectar con el servicio.',
  },
  timeout: {
    title: 'Se ha agotado el tiempo de espera',
    description: 'El servicio ha tardado demasiado en responder. Vuelva a intentarlo.',
    reason: 'El servicio ha tardado demasiado en responder.',
  },
  generic: {
    title: 'Se ha producido un error',
    description:
      'Vuelva a intentarlo. Si sigue ocurriendo, póngase en contacto con el servicio de asistencia.',
    reason: 'Se ha producido un error.',
  },
  notice: {
    notSaved: 'Sus cambios no se han guardado. Lo que ha introducido sigue aquí.',
    notDone: 'No se ha cambiado nada.',
    maybeNotSaved: 'No sabemos si sus cambios se han guardado. Compruébelo antes de volver a intentarlo.',
    signInToSave: 'Vuelva a iniciar sesión y después guarde sus cambios.',
    saveAgain: 'Ha vuelto a iniciar sesión. Sus cambios aún no se han guardado: vuelva a guardarlos.',
    notRefreshed: 'No hemos podido actualizar este contenido. Se muestra la información de las {time}.',
    dismiss: 'Cerrar',
  },
}
