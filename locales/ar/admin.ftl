# الإدارة: صفحات الإشراف، للمشرفين والمديرين.
# admin: the moderation pages, for moderators and admins.

# إطار كل صفحة من صفحات الإدارة.
# The frame of every admin page.
admin-moderation = الإشراف
admin-nav-letters = الرسائل
admin-nav-audit = سجل التدقيق
admin-nav-moderators = المشرفون
admin-log-out = تسجيل الخروج
admin-role-admin = مدير
admin-role-moderator = مشرف

# تسجيل الدخول.
# Logging in.
admin-login-title = تسجيل دخول المشرفين
admin-login-email = عنوان البريد الإلكتروني
admin-login-password = كلمة المرور
admin-login-button = تسجيل الدخول
admin-login-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.

# الرسائل وأعداد توقيعاتها.
# The letters and their counts.
admin-letters-title = الرسائل
admin-col-letter = الرسالة
admin-col-unverified = غير مؤكَّد
admin-col-pending = بانتظار مراجعة المشرفين
admin-col-published = منشور
admin-col-rejected = مرفوض
admin-col-withdrawn = مسحوب
admin-col-duplicate = مكرَّر
admin-col-open-pairs = أزواج مكرَّرة قيد المراجعة
admin-col-held = مُعلَّق حتى المراجعة
admin-letter-draft = مسودة
admin-letter-open = مفتوحة
admin-letter-closed = مغلقة

# قائمة المراجعة الخاصة برسالة ما.
# A letter's queue.
admin-queue-title = قائمة المراجعة: { $title }
admin-queue-duplicates = التكرارات المحتملة
admin-queue-updates = المستجدات
admin-queue-public-page = الصفحة العامة
admin-queue-states = الحالات
admin-tab-pending = بانتظار مراجعة المشرفين
admin-tab-unverified = غير مؤكَّد
admin-tab-published = منشور
admin-tab-rejected = مرفوض
admin-tab-withdrawn = مسحوب
admin-tab-duplicate = مكرَّر
admin-tab-all = الكل
admin-filter-kind = النوع
admin-filter-kind-both = كلاهما
admin-filter-kind-individuals = الأفراد
admin-filter-kind-organisations = المنظمات
admin-filter-flag = العلامة
admin-filter-any = أيّ علامة
admin-filter-flag-network = توقيعات كثيرة من شبكة واحدة
admin-filter-flag-disposable = بريد إلكتروني مؤقت
admin-filter-flag-bot = فخ الروبوتات
admin-filter-search = بحث
admin-filter-button = تصفية
admin-queue-matching-html = <strong>{ $n }</strong> { $n ->
        [zero] إدراج مطابق
        [one] إدراج مطابق
        [two] إدراجان مطابقان
        [few] إدراجات مطابقة
        [many] إدراجًا مطابقًا
       *[other] إدراج مطابق
    }.
admin-queue-empty = لا يوجد شيء هنا.
admin-col-select = تحديد
admin-col-entry = الإدراج
admin-col-details = التفاصيل
admin-col-actions = الإجراءات
admin-select-entry = تحديد الإدراج { $id }
admin-pinned = مثبَّت
admin-held = مُعلَّق: تكرار محتمل
admin-anonymous-real-name = مجهول؛ الاسم الحقيقي: { $name }
admin-rejected-because = مرفوض: { $reason }
admin-no-email = (بلا بريد إلكتروني)
admin-website = الموقع الإلكتروني: { $website }
admin-signed-by-who = الموقّع: { $name }، { $title }
admin-domain-matches = يتطابق نطاق البريد الإلكتروني مع الموقع الإلكتروني
admin-domain-differs = لا يتطابق نطاق البريد الإلكتروني مع الموقع الإلكتروني
admin-approve = قبول
admin-reject-reason-label = سبب رفض الإدراج { $id }
admin-reason-placeholder = السبب
admin-reject = رفض
admin-pin = تثبيت
admin-unpin = إلغاء التثبيت
admin-edit = تعديل
admin-selected-entries = الإدراجات المحدَّدة
admin-bulk-reason = السبب (عند الرفض)
admin-approve-selected = قبول المحدَّد
admin-reject-selected = رفض المحدَّد
admin-next-page = الصفحة التالية
admin-reject-matching-heading = رفض كل ما يطابق عامل التصفية هذا
admin-reject-matching-intro = لموجات الرسائل المزعجة. تعرض الصفحة التالية عدد الإدراجات التي سيرفضها ذلك، قبل أن يتغيّر أي شيء.
admin-reason = السبب
admin-reject-matching-count = احتساب ما سيُرفض

# حالات الإدراج وأنواعه وعلاماته، كما تعرضها قائمة المراجعة.
# The states, kinds and flags of an entry, as the queue lists them.
admin-state-unverified = غير مؤكَّد
admin-state-pending = بانتظار المراجعة
admin-state-published = منشور
admin-state-rejected = مرفوض
admin-state-withdrawn = مسحوب
admin-state-duplicate = مكرَّر
admin-kind-individual = فرد
admin-kind-organisation = منظمة
admin-flag-network = شبكة
admin-flag-disposable = مؤقت
admin-flag-bot = روبوت

# رفض كل ما يطابقه عامل التصفية.
# Rejecting everything a filter matches.
admin-confirm-rejection = تأكيد الرفض
admin-reject-count-question = هل تريد رفض { $n ->
        [zero] { $n } إدراج
        [one] { $n } إدراج
        [two] { $n } إدراجين
        [few] { $n } إدراجات
        [many] { $n } إدراجًا
       *[other] { $n } إدراج
    }؟
admin-reject-count-text = { $n ->
        [zero] { $n } إدراج من «{ $title }» تطابق عامل التصفية ويمكن رفضها،
        [one] { $n } إدراج من «{ $title }» يطابق عامل التصفية ويمكن رفضه،
        [two] { $n } إدراجان من «{ $title }» يطابقان عامل التصفية ويمكن رفضهما،
        [few] { $n } إدراجات من «{ $title }» تطابق عامل التصفية ويمكن رفضها،
        [many] { $n } إدراجًا من «{ $title }» تطابق عامل التصفية ويمكن رفضها،
       *[other] { $n } إدراج من «{ $title }» تطابق عامل التصفية ويمكن رفضها،
    }
admin-reject-count-reason = مع ذكر السبب «{ $reason }». لم يتغيّر أي شيء حتى الآن.
admin-reject-count-button = رفض { $n ->
        [zero] { $n } إدراج
        [one] { $n } إدراج
        [two] { $n } إدراجين
        [few] { $n } إدراجات
        [many] { $n } إدراجًا
       *[other] { $n } إدراج
    }
admin-back-to-queue = العودة إلى قائمة المراجعة

# التكرارات المحتملة.
# Probable duplicates.
admin-duplicates-title = التكرارات: { $title }
admin-duplicates-heading = التكرارات المحتملة
admin-open-pairs = { $n ->
        [zero] { $n } زوج قيد المراجعة
        [one] { $n } زوج قيد المراجعة
        [two] { $n } زوجان قيد المراجعة
        [few] { $n } أزواج قيد المراجعة
        [many] { $n } زوجًا قيد المراجعة
       *[other] { $n } زوج قيد المراجعة
    }.
admin-no-duplicates = لا توجد تكرارات محتملة.
admin-pair = الزوج { $id }
admin-keep-this = الإبقاء على هذا الإدراج
admin-not-duplicate = ليس تكرارًا

# تصحيح إدراج.
# Correcting an entry.
admin-edit-title = تعديل الإدراج { $id }
admin-edit-heading = تعديل الإدراج #{ $id }
admin-edit-intro = صحّح الأخطاء المطبعية فيما هو منشور. يبقى النص الأصلي محفوظًا في سجل التدقيق.
admin-field-signed-by = الموقّع
admin-field-name = الاسم
admin-field-role = المنصب
admin-field-title = الصفة المهنية
admin-field-organisation = المنظمة
admin-save = حفظ

# سجل التدقيق.
# The audit log.
admin-audit-title = سجل التدقيق
admin-audit-moderator = المشرف
admin-audit-anyone = الجميع
admin-audit-letter = الرسالة
admin-col-when = الوقت (UTC)
admin-col-who = المنفِّذ
admin-col-what = الإجراء
admin-col-before = قبل
admin-col-after = بعد
admin-older-entries = إدخالات أقدم

# المشرفون.
# Moderators.
admin-moderators-title = المشرفون
admin-col-email = البريد الإلكتروني
admin-col-role = الدور
admin-col-status = الحالة
admin-status-active = نشط
admin-status-disabled = معطَّل
admin-enable = تفعيل
admin-disable = تعطيل
admin-new-password-for = كلمة المرور الجديدة للحساب { $email }
admin-new-password = كلمة المرور الجديدة
admin-reset-password = إعادة تعيين كلمة المرور
admin-add-moderator = إضافة مشرف
admin-email-address = عنوان البريد الإلكتروني
admin-role = الدور
admin-role-option-moderator = مشرف
admin-role-option-admin = مدير
admin-password-long = كلمة المرور (12 حرفًا أو أكثر)
admin-add = إضافة

# مستجدات رسالة ما.
# A letter's updates.
admin-updates-title = المستجدات: { $title }
admin-updates-heading = مستجدات «{ $title }»
admin-updates-public = كما يراها الجمهور
admin-updates-audience = { $n ->
        [zero] طلب { $n } موقّع مؤكَّد تلقّي الأخبار.
        [one] طلب { $n } موقّع مؤكَّد تلقّي الأخبار.
        [two] طلب { $n } موقّعان مؤكَّدان تلقّي الأخبار.
        [few] طلب { $n } موقّعين مؤكَّدين تلقّي الأخبار.
        [many] طلب { $n } موقّعًا مؤكَّدًا تلقّي الأخبار.
       *[other] طلب { $n } موقّع مؤكَّد تلقّي الأخبار.
    }
admin-updates-promise = وُعد الموقّعون بألا يتجاوز عدد الرسائل الإلكترونية { $most } في الشهر: أُرسل منها { $recent } خلال آخر 30 يومًا.
admin-updates-none = لا توجد مستجدات بعد.
admin-col-date = التاريخ
admin-col-update = التحديث
admin-col-from = المصدر
admin-col-mailed = الإرسال بالبريد
admin-source-file = ملف
admin-source-admin = صفحات الإدارة
admin-mailed-to = { $n ->
        [zero] في { $when } UTC إلى { $n } موقّع
        [one] في { $when } UTC إلى { $n } موقّع
        [two] في { $when } UTC إلى { $n } موقّعين
        [few] في { $when } UTC إلى { $n } موقّعين
        [many] في { $when } UTC إلى { $n } موقّعًا
       *[other] في { $when } UTC إلى { $n } موقّع
    }
admin-mail-progress = سُلِّم: { $delivered }، قيد الانتظار: { $waiting }
admin-mail-on-target = لم يُرسل بعد: يُرسل تلقائيًا عند بلوغ عدد التوقيعات المستهدف، ويبقى مخفيًا حتى ذلك الحين
admin-not-mailed = لم يُرسل بالبريد
admin-versions-heading = نسخ النص
admin-text-version = النص الحالي هو النسخة { $version }
admin-text-history = سجلّ تغييراته
admin-earlier-signers = { $n ->
        [zero] وقّع { $n } موقّع مؤكَّد على نسخة سابقة.
        [one] وقّع { $n } موقّع مؤكَّد على نسخة سابقة.
        [two] وقّع { $n } موقّعان مؤكَّدان على نسخة سابقة.
        [few] وقّع { $n } موقّعين مؤكَّدين على نسخة سابقة.
        [many] وقّع { $n } موقّعًا مؤكَّدًا على نسخة سابقة.
       *[other] وقّع { $n } موقّع مؤكَّد على نسخة سابقة.
    }
admin-reconfirm-asked = طُلب منهم التوقيع على النسخة { $version } في { $when } UTC. ومن لم يفعل منهم يبقى مُدرجًا تحت نسخته.
admin-reconfirm-intro = رسالة بريد إلكتروني واحدة لكل موقّع، مرة واحدة فقط لهذه النسخة، فيها رابط للتوقيع عليها ورابط لسحب التوقيع. ومن لا يفعل شيئًا يبقى مُدرجًا تحت النسخة التي وقّع عليها.
admin-reconfirm-button = { $n ->
        [zero] دعوة { $n } موقّع إلى التوقيع على النسخة { $version }
        [one] دعوة { $n } موقّع إلى التوقيع على النسخة { $version }
        [two] دعوة { $n } موقّعين إلى التوقيع على النسخة { $version }
        [few] دعوة { $n } موقّعين إلى التوقيع على النسخة { $version }
        [many] دعوة { $n } موقّعًا إلى التوقيع على النسخة { $version }
       *[other] دعوة { $n } موقّع إلى التوقيع على النسخة { $version }
    }
admin-write-update = كتابة تحديث
admin-write-update-intro = يظهر فورًا في صفحة الرسالة وفي موجز مستجداتها. أما إرساله إلى الموقّعين بالبريد فخطوة منفصلة تأتي بعد معاينته.
admin-field-date = التاريخ
admin-field-short-name = الاسم المختصر
admin-field-short-name-hint = أحرف لاتينية صغيرة وأرقام وشرطات؛ ويُستخدم لتسمية التحديث في رابطه.
admin-field-text = النص (Markdown)
admin-save-update = حفظ التحديث

# تحديث واحد، قبل إرساله بالبريد وبعده.
# One update, before and after mailing it.
admin-update-title = التحديث: { $title }
admin-update-all = جميع مستجدات «{ $title }»
admin-update-tested = أُرسلت رسالة اختبار إلى { $email }.
admin-update-mailed = { $n ->
        [zero] أُرسل بالبريد في { $when } UTC إلى { $n } موقّع
        [one] أُرسل بالبريد في { $when } UTC إلى { $n } موقّع
        [two] أُرسل بالبريد في { $when } UTC إلى { $n } موقّعين
        [few] أُرسل بالبريد في { $when } UTC إلى { $n } موقّعين
        [many] أُرسل بالبريد في { $when } UTC إلى { $n } موقّعًا
       *[other] أُرسل بالبريد في { $when } UTC إلى { $n } موقّع
    }
admin-update-not-mailed = لم يُرسل بالبريد بعد. { $n ->
        [zero] طلب { $n } موقّع مؤكَّد تلقّي الأخبار، وسيصلهم هذا التحديث.
        [one] طلب { $n } موقّع مؤكَّد تلقّي الأخبار، وسيصله هذا التحديث.
        [two] طلب { $n } موقّعان مؤكَّدان تلقّي الأخبار، وسيصلهما هذا التحديث.
        [few] طلب { $n } موقّعين مؤكَّدين تلقّي الأخبار، وسيصلهم هذا التحديث.
        [many] طلب { $n } موقّعًا مؤكَّدًا تلقّي الأخبار، وسيصلهم هذا التحديث.
       *[other] طلب { $n } موقّع مؤكَّد تلقّي الأخبار، وسيصلهم هذا التحديث.
    }
admin-update-mail = رسالة البريد الإلكتروني
admin-update-subject = الموضوع:
admin-update-as-html = رسالة البريد بصيغة HTML
admin-update-as-text = بصيغة نص عادي
admin-update-send-test = إرسال رسالة اختبار إليّ
admin-update-send = { $n ->
        [zero] الإرسال إلى { $n } موقّع
        [one] الإرسال إلى { $n } موقّع
        [two] الإرسال إلى { $n } موقّعين
        [few] الإرسال إلى { $n } موقّعين
        [many] الإرسال إلى { $n } موقّعًا
       *[other] الإرسال إلى { $n } موقّع
    }

# الأخطاء.
# Errors.
admin-err-refused = رُفض الطلب
admin-err-refused-text = رُفض الطلب: { $why }. يُرجى إعادة تحميل الصفحة والمحاولة مجددًا.
admin-err-admins-only = للمديرين فقط
admin-err-admins-only-text = لا يملك صلاحية القيام بهذا الإجراء إلا المدير.
admin-err-too-many = محاولات كثيرة جدًا
admin-err-too-many-text = يُرجى الانتظار { $seconds ->
        [zero] { $seconds } ثانية
        [one] { $seconds } ثانية
        [two] { $seconds } ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانيةً
       *[other] { $seconds } ثانية
    } قبل المحاولة مجددًا.
admin-err-busy = عمليات تسجيل دخول كثيرة في وقت واحد
admin-err-busy-text = يُرجى المحاولة مجددًا بعد قليل.
admin-err-unreadable = تعذّرت علينا قراءة ذلك
admin-err-invalid = تعذّر تنفيذ ذلك

# سبب رفض الطلب (قيمة { $why } في admin-err-refused-text).
# Why a request was refused (the { $why } of admin-err-refused-text).
admin-why-stale-token = رمز الأمان الخاص بالنموذج مفقود أو منتهي الصلاحية
admin-why-no-origin = لم يذكر الطلب مصدره
admin-why-other-site = جاء الطلب من موقع آخر

# سبب تعذّر تنفيذ الطلب.
# Why a request could not be done.
admin-invalid-field = { $field }: { $error }
admin-invalid-reason-field = السبب
admin-invalid-update-title = العنوان
admin-invalid-update-text = النص
admin-invalid-choose-action = يُرجى اختيار القبول أو الرفض.
admin-invalid-cannot-approve = لا يمكن قبول إلا الإدراجات المؤكَّدة التي تنتظر مراجعة المشرفين، أو المرفوضة، أو المصنَّفة على أنها مكرَّرة.
admin-invalid-cannot-reject = لا يمكن رفض هذا الإدراج في حالته الراهنة.
admin-invalid-selection = تعذّر فهم التحديد.
admin-invalid-pair-done = سبق البتّ في هذا الزوج.
admin-invalid-choose-keep = يُرجى اختيار الإدراج الذي سيُبقى عليه.
admin-invalid-pair-changed = تغيّر أحد هذين الإدراجين منذ العثور على الزوج (سُحب أو رُفض أو دُمج)؛ لم يُغيَّر أي شيء.
admin-invalid-choose-role = يُرجى اختيار دور.
admin-invalid-disable-self = لا يمكنك تعطيل حسابك الخاص.
admin-add-not-email = العنوان { $email } ليس عنوان بريد إلكتروني
admin-add-exists = يوجد بالفعل مشرف بعنوان البريد الإلكتروني هذا
admin-password-length = يجب أن يتراوح طول كلمة المرور بين 12 و256 حرفًا.
admin-password-hash-failed = تعذّرت تجزئة كلمة المرور: { $error }
admin-invalid-filter-state = حالة غير معروفة في عامل التصفية.
admin-invalid-filter-kind = نوع غير معروف في عامل التصفية.
admin-invalid-filter-flag = علامة غير معروفة في عامل التصفية.
admin-invalid-update-name = يُرجى إدخال تاريخ (YYYY-MM-DD) واسم مختصر يتكوّن من أحرف لاتينية صغيرة وأرقام وشرطات.
admin-invalid-update-exists = يوجد بالفعل لهذه الرسالة تحديث بهذا التاريخ وهذا الاسم.
admin-invalid-reconfirm-done = سبق أن طُلب من موقّعي النسخ السابقة التوقيع على هذه النسخة، أو لا يوجد موقّعون كهؤلاء.
admin-invalid-test-not-sent = تعذّر إرسال رسالة الاختبار؛ فقد رفضها خادم البريد أو لم يستجب. يُرجى المحاولة مجددًا.
admin-refusal-already-sent = أُرسل «{ $title }» في { $on }؛ ولا يُرسل التحديث إلا مرة واحدة.
admin-refusal-too-soon = وُعد الموقّعون برسالتين إلكترونيتين في الشهر على الأكثر، وقد أُرسل تحديثان خلال آخر 30 يومًا. يمكن إرسال التحديث التالي في { $next }.
