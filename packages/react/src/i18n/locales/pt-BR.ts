/**
 * The kit's strings in Brazilian Portuguese, to pass to `StatusKitProvider` with its `locale`.
 *
 * @packageDocumentation
 * @module @statuskit/react/locales/pt-BR
 */
import type { Messages } from '../Messages'

/**
 * Brazilian Portuguese strings, addressing the user as você. Pass them to the provider with its `locale`:
 * `<StatusKitProvider locale="pt-BR" messages={ptBR}>`. The times in `today` and `onDay` read "às 14:32",
 * "quinta-feira às 09:00".
 */
export const ptBR: Messages = {
  common: {
    tryAgain: 'Tentar novamente',
    tryingAgain: 'Tentando novamente…',
    goBack: 'Voltar',
    goHome: 'Ir para a página inicial',
    stopAutomatic: 'Não tentar de novo automaticamente',
    resumeAutomatic: 'Tentar de novo automaticamente',
    automaticStopped:
      'Não vamos mais tentar de novo automaticamente. Selecione “Tentar novamente” quando chegar a hora.',
    automaticGaveUp: 'Paramos de tentar automaticamente. Tente novamente quando quiser.',
    retryFailed: 'Ainda não está funcionando. Tentamos novamente às {time}.',
    retrying: 'Tentando novamente agora.',
    canRetry: 'Você já pode tentar novamente.',
    partTitle: 'Não foi possível carregar esta parte da página',
    statusCode: 'Código de erro {code}',
    reference: 'Referência {reference}',
    today: 'às {time}',
    onDay: '{day} às {time}',
    timeLeft: 'Tempo restante: {duration}',
    technicalDetails: 'Detalhes técnicos',
  },
  badRequest: {
    title: 'Não conseguimos abrir esta página',
    description: 'O link pode estar errado ou desatualizado.',
    reason: 'A solicitação não foi aceita.',
    summaryTitle: 'Há um problema',
  },
  unauthorized: {
    title: 'Entre na sua conta para continuar',
    description: 'Sua conta foi desconectada. Entre novamente para continuar de onde parou.',
    reason: 'Sua conta foi desconectada.',
    signIn: 'Entrar',
    signingIn: 'Entrando…',
    signInFailed: 'Não foi possível entrar. Tente novamente.',
    dialogDescription:
      'Sua conta foi desconectada. Entre novamente para continuar. O que você digitou continua aqui.',
  },
  forbidden: {
    title: 'Você não tem acesso a esta página',
    description: 'Se você acha que deveria ter acesso, peça à pessoa que administra a sua conta.',
    reason: 'Você não tem acesso a este conteúdo.',
  },
  notFound: {
    title: 'Página não encontrada',
    description:
      'Se você digitou o endereço, verifique se ele está correto. Se você seguiu um link, ele pode estar desatualizado.',
    reason: 'Este conteúdo não foi encontrado.',
  },
  rateLimited: {
    title: 'Muitas solicitações',
    description: 'Houve muitas solicitações em pouco tempo.',
    reason: 'Houve muitas solicitações em pouco tempo.',
    wait: 'Aguarde um momento e tente novamente.',
    when: 'Você poderá tentar novamente {when}.',
    soon: 'Você poderá tentar novamente em {duration}.',
    automatic: 'Nesse momento, vamos tentar de novo automaticamente.',
    automaticSoon: 'Vamos tentar de novo automaticamente em instantes.',
  },
  serverError: {
    title: 'Desculpe, há um problema com o serviço',
    description: 'Não foi nada que você fez. Tente novamente e, se o problema continuar, volte mais tarde.',
    reason: 'Há um problema do nosso lado.',
  },
  serviceUnavailable: {
    title: 'Desculpe, o serviço está indisponível',
    description: 'Ainda não sabemos quando ele voltará a funcionar.',
    reason: 'O serviço está indisponível.',
    when: 'Você poderá usar o serviço novamente {when}.',
    soon: 'Você poderá usar o serviço novamente em {duration}.',
    automatic: 'Nesse momento, vamos verificar de novo automaticamente.',
  },
  offline: {
    title: 'Você está sem conexão',
    description: 'Verifique se o seu dispositivo está conectado à internet.',
    reason: 'Você está sem conexão.',
    waiting: 'Vamos tentar novamente assim que a conexão voltar.',
  },
  unreachable: {
    title: 'Não conseguimos acessar o serviço agora',
    description: 'Tente novamente em instantes.',
    reason: 'Não conseguimos acessar o serviço.',
  },
  timeout: {
    title: 'O tempo de espera esgotou',
    description: 'O serviço demorou demais para responder. Tente novamente.',
    reason: 'O serviço demorou demais para responder.',
  },
  generic: {
    title: 'Algo deu errado',
    description: 'Tente novamente. Se o problema continuar, entre em contato com o suporte.',
    reason: 'Algo deu errado.',
  },
  notice: {
    notSaved: 'Suas alterações não foram salvas. O que você digitou continua aqui.',
    notDone: 'Nada foi alterado.',
    maybeNotSaved: 'Não sabemos se suas alterações foram salvas. Confira antes de tentar novamente.',
    signInToSave: 'Entre novamente e depois salve suas alterações.',
    saveAgain: 'Você entrou novamente. Suas alterações ainda não foram salvas: salve-as de novo.',
    notRefreshed: 'Não conseguimos atualizar este conteúdo. Mostrando as informações das {time}.',
    dismiss: 'Fechar',
  },
}
