/**
 * The kit's strings in Arabic (right to left), to pass to `StatusKitProvider` with its `locale`.
 *
 * @packageDocumentation
 * @module @statuskit/react/locales/ar
 */
import type { Messages } from '../Messages'

/**
 * Arabic strings (Modern Standard Arabic), written right to left: give the page's root `dir="rtl"` and
 * `lang="ar"`. Pass them to the provider with its `locale`: `<StatusKitProvider locale="ar-EG" messages={ar}>`
 * (Arabic-Indic digits and the Gregorian calendar; `ar-MA` gives Latin digits and a 24-hour clock). The
 * times in `today` and `onDay` read "في الساعة ٢:٣٢ م", "يوم الخميس في الساعة ٩:٠٠ ص". Instructions use
 * "يُرجى" and actions the verbal noun, so no string assumes the reader's gender; a `{duration}` always follows
 * "قدرها" or a colon, where Intl's nominative forms (دقيقتان، ساعتان) are correct.
 */
export const ar: Messages = {
  common: {
    tryAgain: 'إعادة المحاولة',
    tryingAgain: 'جارٍ إعادة المحاولة…',
    goBack: 'الرجوع',
    goHome: 'الانتقال إلى الصفحة الرئيسية',
    stopAutomatic: 'إيقاف إعادة المحاولة التلقائية',
    resumeAutomatic: 'إعادة المحاولة تلقائيًا',
    automaticStopped: 'لن نعيد المحاولة تلقائيًا. يمكنك اختيار «إعادة المحاولة» عندما يحين الوقت.',
    automaticGaveUp: 'توقفنا عن إعادة المحاولة تلقائيًا. يمكنك إعادة المحاولة متى شئت.',
    retryFailed: 'لا تزال المشكلة قائمة. أعدنا المحاولة في الساعة {time}.',
    retrying: 'نعيد المحاولة الآن.',
    canRetry: 'يمكنك إعادة المحاولة الآن.',
    partTitle: 'تعذّر تحميل هذا الجزء من الصفحة',
    statusCode: 'رمز الخطأ {code}',
    reference: 'الرقم المرجعي {reference}',
    today: 'في الساعة {time}',
    onDay: 'يوم {day} في الساعة {time}',
    timeLeft: 'الوقت المتبقي: {duration}',
    technicalDetails: 'التفاصيل التقنية',
  },
  badRequest: {
    title: 'تعذّر فتح هذه الصفحة',
    description: 'ربما يكون الرابط غير صحيح أو قديمًا.',
    reason: 'لم يُقبل الطلب.',
    summaryTitle: 'توجد مشكلة',
  },
  unauthorized: {
    title: 'يُرجى تسجيل الدخول للمتابعة',
    description: 'تم تسجيل خروجك. يُرجى تسجيل الدخول مجددًا للمتابعة من حيث توقفت.',
    reason: 'تم تسجيل خروجك.',
    signIn: 'تسجيل الدخول',
    signingIn: 'جارٍ تسجيل الدخول…',
    signInFailed: 'تعذّر تسجيل الدخول. يُرجى المحاولة مرة أخرى.',
    dialogDescription: 'تم تسجيل خروجك. يُرجى تسجيل الدخول مجددًا للمتابعة. ما كتبته باقٍ كما هو.',
  },
  forbidden: {
    title: 'ليس لديك إذن بالوصول إلى هذه الصفحة',
    description: 'إذا كان ينبغي أن يكون لديك إذن بالوصول، فيُرجى طلبه من الشخص المسؤول عن إدارة حسابك.',
    reason: 'ليس لديك إذن بالوصول إلى هذا المحتوى.',
  },
  notFound: {
    title: 'لم يتم العثور على الصفحة',
    description: 'إذا كتبت العنوان، فيُرجى التحقق من صحته. وإذا اتبعت رابطًا، فربما يكون قديمًا.',
    reason: 'لم يتم العثور على هذا المحتوى.',
  },
  rateLimited: {
    title: 'عدد كبير جدًا من الطلبات',
    description: 'وصل عدد كبير جدًا من الطلبات في وقت قصير.',
    reason: 'وصل عدد كبير جدًا من الطلبات في وقت قصير.',
    wait: 'يُرجى الانتظار قليلًا، ثم إعادة المحاولة.',
    when: 'يمكنك إعادة المحاولة {when}.',
    soon: 'يمكنك إعادة المحاولة بعد مدة قدرها {duration}.',
    automatic: 'سنعيد المحاولة تلقائيًا في ذلك الوقت.',
    automaticSoon: 'سنعيد المحاولة تلقائيًا بعد قليل.',
  },
  serverError: {
    title: 'نعتذر، توجد مشكلة في الخدمة',
    description:
      'المشكلة ليست بسبب أي شيء فعلته. يُرجى إعادة المحاولة، وإذا استمرت المشكلة، فيُرجى العودة لاحقًا.',
    reason: 'توجد مشكلة من جهتنا.',
  },
  serviceUnavailable: {
    title: 'نعتذر، الخدمة غير متاحة',
    description: 'لا نعرف حتى الآن متى ستعود الخدمة.',
    reason: 'الخدمة غير متاحة.',
    when: 'يمكنك استخدام الخدمة مجددًا {when}.',
    soon: 'يمكنك استخدام الخدمة مجددًا بعد مدة قدرها {duration}.',
    automatic: 'سنتحقق من توفرها تلقائيًا في ذلك الوقت.',
  },
  offline: {
    title: 'لا يوجد اتصال بالإنترنت',
    description: 'يُرجى التأكد من أن جهازك متصل بالإنترنت.',
    reason: 'لا يوجد اتصال بالإنترنت.',
    waiting: 'سنعيد المحاولة فور عودة الاتصال.',
  },
  unreachable: {
    title: 'يتعذّر علينا الوصول إلى الخدمة حاليًا',
    description: 'يُرجى إعادة المحاولة بعد قليل.',
    reason: 'تعذّر علينا الوصول إلى الخدمة.',
  },
  timeout: {
    title: 'انتهت مهلة الاتصال',
    description: 'استغرقت الخدمة وقتًا طويلًا في الرد. يُرجى إعادة المحاولة.',
    reason: 'استغرقت الخدمة وقتًا طويلًا في الرد.',
  },
  generic: {
    title: 'حدث خطأ ما',
    description: 'يُرجى إعادة المحاولة. وإذا تكررت المشكلة، فيُرجى التواصل مع فريق الدعم.',
    reason: 'حدث خطأ ما.',
  },
  notice: {
    notSaved: 'لم تُحفظ تغييراتك. ما أدخلته لا يزال هنا.',
    notDone: 'لم يتغير شيء.',
    maybeNotSaved: 'لا نعرف إن كانت تغييراتك قد حُفظت. يُرجى التحقق من ذلك قبل إعادة المحاولة.',
    signInToSave: 'يُرجى تسجيل الدخول مجددًا، ثم حفظ تغييراتك.',
    saveAgain: 'سجّلت الدخول مجددًا. لم تُحفظ تغييراتك بعد، لذا يُرجى حفظها مرة أخرى.',
    notRefreshed: 'تعذّر تحديث هذا المحتوى. نعرض البيانات كما كانت في الساعة {time}.',
    dismiss: 'إغلاق',
  },
}
