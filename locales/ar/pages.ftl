# pages

## صفحة الصحافة.
## The press page (templates/press/page.html, src/press).

press-title = صفحة الصحافة: { $title }
press-closed = منذ { $date }: لم تعد تقبل توقيعات، وأرقامها نهائية.
press-contact = للتواصل الصحفي:
press-figures = الأرقام
press-count-html = <strong id="figure-individuals">{ $people }</strong> { $people ->
        [zero] موقّع فرد
        [one] موقّع فرد
        [two] موقّعان فردان
        [few] موقّعين أفراد
        [many] موقّعًا فردًا
       *[other] موقّع فرد
    } و<strong id="figure-organisations">{ $organisations }</strong> { $organisations ->
        [zero] منظمة داعمة
        [one] منظمة داعمة
        [two] منظمتان داعمتان
        [few] منظمات داعمة
        [many] منظمةً داعمة
       *[other] منظمة داعمة
    }.
# $clauses: العبارات أدناه، مفصولًا بينها بـ "; ".
# $clauses: the clauses below, joined with "; ".
press-basis = ما تستند إليه هذه الأرقام: { $clauses }. يُحتسب كل شخص مرة واحدة: الإدراج الذي يبدو مشابهًا لإدراج آخر مُدرج من قبل ينتظر مراجعة أحد المشرفين قبل أن يُحتسب.
press-basis-confirmed-all = { $n ->
        [zero] أكّد جميع المُدرجين، وعددهم { $n }، توقيعاتهم عبر البريد الإلكتروني
        [one] أكّد { $n } شخص، وهو الوحيد المُدرج، توقيعه عبر البريد الإلكتروني
        [two] أكّد كلا الشخصين المُدرجين، وعددهما { $n }، توقيعيهما عبر البريد الإلكتروني
        [few] أكّد جميع المُدرجين، وعددهم { $n }، توقيعاتهم عبر البريد الإلكتروني
        [many] أكّد جميع المُدرجين، وعددهم { $n }، توقيعاتهم عبر البريد الإلكتروني
       *[other] أكّد جميع المُدرجين، وعددهم { $n }، توقيعاتهم عبر البريد الإلكتروني
    }
press-basis-imported-all = { $n ->
        [zero] جميع المُدرجين، وعددهم { $n }، أضافهم المنظّمون من قائمتهم الخاصة
        [one] { $n } شخص، وهو الوحيد المُدرج، أضافه المنظّمون من قائمتهم الخاصة
        [two] كلا الشخصين المُدرجين، وعددهما { $n }، أضافهما المنظّمون من قائمتهم الخاصة
        [few] جميع المُدرجين، وعددهم { $n }، أضافهم المنظّمون من قائمتهم الخاصة
        [many] جميع المُدرجين، وعددهم { $n }، أضافهم المنظّمون من قائمتهم الخاصة
       *[other] جميع المُدرجين، وعددهم { $n }، أضافهم المنظّمون من قائمتهم الخاصة
    }
press-basis-confirmed-imported = أكّد { $n ->
        [zero] { $n } شخص توقيعاتهم
        [one] { $n } شخص توقيعه
        [two] { $n } شخصان توقيعيهما
        [few] { $n } أشخاص توقيعاتهم
        [many] { $n } شخصًا توقيعاتهم
       *[other] { $n } شخص توقيعاتهم
    } عبر البريد الإلكتروني، وأضاف المنظّمون { $m ->
        [zero] { $m } شخص
        [one] { $m } شخصًا
        [two] { $m } شخصين
        [few] { $m } أشخاص
        [many] { $m } شخصًا
       *[other] { $m } شخص
    } من قائمتهم الخاصة
# $list: اسم كل مؤسسة وعددها، مثل: "NHS ١٥٠، الجامعات ٦٢".
# $list: each institution's name and count, e.g. "NHS 150, universities 62".
press-basis-institutional = { $n ->
        [zero] { $n } شخص
        [one] { $n } شخص
        [two] { $n } شخصان
        [few] { $n } أشخاص
        [many] { $n } شخصًا
       *[other] { $n } شخص
    } من عنوان بريد مؤسسي: { $list }
press-universities = الجامعات
press-basis-orcid = { $n ->
        [zero] { $n } شخص
        [one] { $n } شخص
        [two] { $n } شخصان
        [few] { $n } أشخاص
        [many] { $n } شخصًا
       *[other] { $n } شخص
    } بمعرّف ORCID iD موثَّق
press-basis-moderated = { $n ->
        [zero] { $n } شخص راجعهم أحد المشرفين
        [one] { $n } شخص راجعه أحد المشرفين
        [two] { $n } شخصان راجعهما أحد المشرفين
        [few] { $n } أشخاص راجعهم أحد المشرفين
        [many] { $n } شخصًا راجعهم أحد المشرفين
       *[other] { $n } شخص راجعهم أحد المشرفين
    }
press-basis-organisations-all-moderated = { $n ->
        [zero] { $n } منظمة، راجع أحد المشرفين كلًّا منها
        [one] { $n } منظمة، راجعها أحد المشرفين
        [two] { $n } منظمتان، راجع أحد المشرفين كلًّا منهما
        [few] { $n } منظمات، راجع أحد المشرفين كلًّا منها
        [many] { $n } منظمةً، راجع أحد المشرفين كلًّا منها
       *[other] { $n } منظمة، راجع أحد المشرفين كلًّا منها
    }
press-basis-organisations-moderated = { $n ->
        [zero] { $n } منظمة، منها { $m } راجعها أحد المشرفين
        [one] { $n } منظمة، منها { $m } راجعها أحد المشرفين
        [two] { $n } منظمتان، منهما { $m } راجعها أحد المشرفين
        [few] { $n } منظمات، منها { $m } راجعها أحد المشرفين
        [many] { $n } منظمةً، منها { $m } راجعها أحد المشرفين
       *[other] { $n } منظمة، منها { $m } راجعها أحد المشرفين
    }
press-last-updated = آخر تحديث
press-as-of = { $date }، الساعة { $time } بتوقيت UTC
press-by-profession = الموقّعون الأفراد حسب المهنة
# فئة المهنيين الذين لا يندرجون في أي من فئات الرسالة.
# The category of professionals that match none of the letter's categories.
press-category-other = أخرى
press-table-caption = الأرقام نفسها في جدول
press-col-profession = المهنة
press-col-signatories = الموقّعون
press-over-time = التوقيعات عبر الزمن
press-over-time-range = من { $first } إلى { $last }:
press-over-time-totals = إجمالي ما نُشر: { $total ->
        [zero] { $total } توقيع
        [one] { $total } توقيع
        [two] { $total } توقيعان
        [few] { $total } توقيعات
        [many] { $total } توقيعًا
       *[other] { $total } توقيع
    }، بحدٍّ أقصى { $busiest } في اليوم الواحد.
press-over-time-legend = الأعمدة: كل يوم؛ الخط: المجموع التراكمي.
press-days-caption = التوقيعات المنشورة كل يوم، والمجموع التراكمي
press-col-day = اليوم
press-col-signatures = التوقيعات
press-col-running = المجموع التراكمي
press-downloads = التنزيلات
press-downloads-intro = القائمة العلنية: الأسماء والصفات المهنية وجهات العمل والتواريخ، بترتيب النشر، مع ما يُثبت كل إدراج (النطاق الذي أُكِّد منه، ومعرّف ORCID iD الخاص به، وما إذا كان أحد المشرفين قد راجعه). ولا تتضمن أي عنوان بريد إلكتروني أبدًا.
press-download-pdf = الرسالة مع موقّعيها (PDF)
press-download-xlsx = جدول بيانات (XLSX)
press-download-figures = هذه الأرقام (JSON)
press-live-count = عدّاد مباشر لصفحتك:
# بين مقطعَي الشيفرة: عنوان count.json، وإطار iframe.
# Between the two pieces of code: the address of count.json, and the iframe.
press-or-embed = ، أو التضمين عبر

## قائمة الموقّعين.
## The list of signatories (templates/letter/signatories.html).

list-title = الموقّعون: { $title }
list-heading = الموقّعون
# عنوان علامات التبويب بين الأشخاص والمنظمات.
# The label of the tabs between people and organisations.
list-who-signed = مَن وقّع
list-tab-people = الأشخاص ({ $n })
list-tab-organisations = المنظمات ({ $n })
list-search-label = البحث بالاسم أو الصفة المهنية
list-search-button = بحث
list-empty = لم يُدرج أحد هنا بعد.
# $q: ما بحث عنه القارئ.
# $q: what the reader searched for.
list-no-match = لا يوجد موقّع يطابق «{ $q }».
# عنوان روابط الصفحتين السابقة والتالية من القائمة.
# The label of the links to the previous and next pages of the list.
list-pages = الصفحات
list-previous = السابقة
list-next = التالية

## العدّاد الذي تضمّنه المواقع الأخرى.
## The counter other sites embed (templates/letter/embed.html).

embed-count-html = <strong>{ $people }</strong> { $people ->
        [zero] شخص
        [one] شخص
        [two] شخصان
        [few] أشخاص
        [many] شخصًا
       *[other] شخص
    } و<strong>{ $organisations }</strong> { $organisations ->
        [zero] منظمة
        [one] منظمة
        [two] منظمتان
        [few] منظمات
        [many] منظمةً
       *[other] منظمة
    }
# $counts: embed-count-html؛ $title: عنوان الرسالة (وكلاهما وسوم جاهزة).
# $counts: embed-count-html; $title: the letter's title (both already markup).
embed-signed-html = وقّع { $counts } على «{ $title }».
embed-read-and-sign = اقرأ الرسالة ووقّع عليها

## سجلّ نسخ نص الرسالة.
## The history of a letter's text (templates/letter/history.html).

history-title = سجلّ نسخ «{ $title }»
history-heading = سجلّ نسخ النص
# بعد عنوان الرسالة، بين علامتَي تنصيص.
# After the letter's title, in quotes.
history-has-had = صدرت منها { $n ->
        [zero] { $n } نسخة
        [one] { $n } نسخة
        [two] { $n } نسختان
        [few] { $n } نسخ
        [many] { $n } نسخةً
       *[other] { $n } نسخة
    }.
history-intro = يُسجَّل مع كل توقيع رقمُ النسخة التي وُقِّع عليها. أما تصحيحات الأخطاء المطبعية التي لا تغيّر المعنى فتُجرى دون إصدار نسخة جديدة.
history-version = النسخة { $version }
# قبل تاريخ نشر النسخة.
# Before the day a version was published.
history-from = اعتبارًا من
history-changed-from = ما تغيّر عن النسخة { $version }:
history-removed = محذوف
history-added = مضاف
history-first = النص الأول:

## التوقيع على نسخة جديدة من الرسالة.
## Signing a new version of a letter (templates/letter/reconfirm.html).

reconfirm-title = النسخة { $version } من «{ $title }»
reconfirm-done = شكرًا لك
reconfirm-done-text = أصبح توقيعك على «{ $title }» مُدرجًا الآن تحت النسخة { $version } من النص.
reconfirm-already = سبق لك التوقيع
reconfirm-already-text = توقيعك على «{ $title }» مُدرج بالفعل تحت النسخة { $version } من النص.
reconfirm-sign = وقّع على النسخة { $version }
reconfirm-you-signed = وقّعت على النسخة { $version } من «{ $title }».
reconfirm-changed = تغيّر نصّها.
# $note: ملاحظة المنظّمين حول ما تغيّر، بلغة الرسالة.
# $note: the organisers' note on what changed, in the letter's language.
reconfirm-changed-note = تغيّر نصّها: { $note }.
reconfirm-every-change = كل تغيير، كلمةً بكلمة
reconfirm-letter-now = الرسالة بنصّها الحالي
reconfirm-do-nothing = إذا لم تفعل شيئًا، فسيبقى توقيعك مُدرجًا تحت النسخة { $version }.

## إيقاف أخبار رسالة ما.
## Stopping news about a letter (templates/updates/unsubscribe.html).

unsub-title = أخبار «{ $title }»
unsub-done = لا مزيد من الأخبار
unsub-done-text = لن تصلك أي أخبار أخرى عن «{ $title }». يبقى توقيعك كما هو.
unsub-stop = إيقاف أخبار هذه الرسالة
unsub-stop-text = طلبت تلقّي أخبار «{ $title }» عند توقيعك. اضغط على الزر ولن نرسل إليك المزيد؛ يبقى توقيعك كما هو.
unsub-none = لا تصلك أخبار
unsub-none-text = لا تصلك أي أخبار عن «{ $title }». يبقى توقيعك كما هو.

## توقيعات الموقّع نفسه: طلب القائمة، والتصحيح، والتنزيل.
## A signer's own signatures: asking for the list, correcting, downloading (templates/my).

# قبل رابط صفحة الخصوصية.
# Before a link to the privacy page.
my-privacy = ما نحتفظ به ولأي مدة:
my-privacy-link = الخصوصية
my-request-intro = أدخل العنوان الذي وقّعت به. سنرسل إليه قائمة الرسائل التي وُقِّع عليها به هنا، مع روابط لكلٍّ منها لتأكيد توقيعك، أو تصحيح بياناتك المنشورة، أو سحبها ومحوها، ورابطًا لتنزيل كل ما نحتفظ به عنك.
my-request-email-hint = العنوان الذي وقّعت به.
my-request-button = أرسلوا إليّ قائمة توقيعاتي
my-sent-text = إذا كان هذا العنوان قد استُخدم للتوقيع على رسائل هنا، فإن بريدًا يسردها، مع روابطك، في طريقه إليك. لا يُرسَل أي شيء آخر، ولا يتغيّر شيء حتى تضغط على زر في صفحة يفتحها أحد الروابط.
my-sent-none = لم يصلك أي بريد بعد بضع دقائق؟ تحقق من مجلد البريد غير المرغوب فيه. لا نرسل إلى العنوان الواحد أكثر من بضع رسائل بريد في اليوم.
my-correct-title = تصحيح بياناتك
# قبل عنوان الرسالة، بين علامتَي تنصيص.
# Before the letter's title, in quotes.
my-correct-your-signature = توقيعك على
my-correct-moderated = يراجع أحد المشرفين البيانات المصحَّحة قبل نشرها؛ وحتى ذلك الحين لا يظهر إدراجك.
my-correct-at-once = تُنشر البيانات المصحَّحة فورًا.
my-correct-name-hint = كما تريد أن يُنشر.
my-correct-orcid-hint = يظهر رابطًا بجانب اسمك؛ ولا يظهر على أنه موثَّق إلا إذا كان هو معرّف iD الذي أثبتّه عبر ORCID.
my-correct-show-domain = إظهار أنني أكّدت من عنوان عملي (نطاقه فقط، إذا كان تابعًا لجامعة أو مؤسسة تذكرها هذه الرسالة).
my-correct-button = حفظ التصحيح
my-corrected-title = تم تصحيح البيانات
my-corrected-heading = تم تصحيح بياناتك
my-corrected-published = نُشر إدراجك المصحَّح على «{ $title }».
my-corrected-moderated = يراجع أحد المشرفين البيانات المصحَّحة لتوقيعك على «{ $title }». سيظهر إدراجك مجددًا بعد مراجعتها.
my-data-title = بياناتك
my-data-heading = كل ما نحتفظ به عنك
my-data-intro = ملف JSON يضم { $n ->
        [zero] { $n } توقيع
        [one] { $n } توقيع
        [two] { $n } توقيعين
        [few] { $n } توقيعات
        [many] { $n } توقيعًا
       *[other] { $n } توقيع
    } لك هنا: البيانات التي قدّمتها، والتواريخ، وما اتخذه المشرفون من إجراءات، ورسائل البريد التي أرسلناها إليك.
my-data-button = تنزيل بياناتي

## إشعار الخصوصية.
## The privacy notice (templates/privacy.html).

# مدة بأكبر وحدة كاملة لها؛ $unit هي day أو hour أو minute أو second.
# تأتي المدة بعد "بعد" أو "لمدة"، ولذلك يُكتب المثنى مجرورًا (يومين، ساعتين).
# A duration in its largest whole unit; $unit is day, hour, minute or second.
privacy-duration = { $unit ->
        [day] { $n ->
            [zero] { $n } يوم
            [one] { $n } يوم
            [two] { $n } يومين
            [few] { $n } أيام
            [many] { $n } يومًا
           *[other] { $n } يوم
        }
        [hour] { $n ->
            [zero] { $n } ساعة
            [one] { $n } ساعة
            [two] { $n } ساعتين
            [few] { $n } ساعات
            [many] { $n } ساعةً
           *[other] { $n } ساعة
        }
        [minute] { $n ->
            [zero] { $n } دقيقة
            [one] { $n } دقيقة
            [two] { $n } دقيقتين
            [few] { $n } دقائق
            [many] { $n } دقيقةً
           *[other] { $n } دقيقة
        }
       *[second] { $n ->
            [zero] { $n } ثانية
            [one] { $n } ثانية
            [two] { $n } ثانيتين
            [few] { $n } ثوانٍ
            [many] { $n } ثانيةً
           *[other] { $n } ثانية
        }
    }
privacy-heading = الخصوصية: ما نحتفظ به، ولماذا، ولأي مدة
privacy-who = مَن يحتفظ بالبيانات
# يليه عنوان التواصل مع المشغّل.
# Followed by the operator's contact address.
privacy-run-by-operator = يدير هذه الخدمةَ مشغّلُها، وهو من يجيب عن الأسئلة المتعلقة ببياناتك:
privacy-run-by-organisers = يدير هذه الخدمة منظّمو الرسائل المدرجة أدناه.
# بعد عنوان الرسالة، وقبل عنوان البريد الإلكتروني لمنظّميها.
# After a letter's title, before its organisers' email address.
privacy-organisers-reachable = يمكن التواصل مع منظّميها عبر
privacy-what = ما نحتفظ به عند توقيعك
privacy-what-name-html = <strong>اسمك وصفتك المهنية وجهة عملك</strong>، لنشرها على الرسالة كما طلبت. إذا اخترت ألا يظهر اسمك، فلا يُنشر سوى «مجهول» وصفتك المهنية؛ ويبقى اسمك مرئيًا لمشرفي الرسالة وحدهم. أما المنظمة، فيُنشر اسمها وموقعها الإلكتروني؛ ولا يطّلع على اسم الشخص الموقِّع باسمها ومنصبه سوى المشرفين.
privacy-what-email-html = <strong>عنوان بريدك الإلكتروني</strong>، ولا يُنشر أبدًا: للتأكد من أن التوقيع يخصّك، وللتحقق من أن كل شخص يوقّع مرة واحدة فقط، ولإرسال روابط تصحيح التوقيع أو سحبه إليك.
privacy-what-network-html = <strong>قيمة تجزئة بمفتاح لعنوان شبكتك</strong>: لا يُخزَّن عنوان IP الخاص بك نفسه أبدًا. تتيح لنا هذه القيمة ملاحظة وصول توقيعات كثيرة من شبكة واحدة، وبذلك تنكشف موجات الأسماء المزيّفة.
privacy-what-orcid-html = <strong>معرّف ORCID iD الخاص بك</strong>، إن قدّمته: يُنشر رابطًا بجانب اسمك (ولا يُنشر أبدًا لموقّع مجهول)، ويُوسَم بأنه موثَّق إذا أثبتّه بتسجيل الدخول عبر ORCID.
privacy-what-domain-html = <strong>النطاق الذي أكّدت منه</strong> (مثل «nhs.net»، ولا يُنشر العنوان أبدًا)، إذا طلبت منا إظهاره وكان تابعًا لجامعة أو مؤسسة تذكرها الرسالة: يُنشر بجانب اسمك.
privacy-what-news-html = <strong>موافقتك على تلقّي الأخبار</strong>، إذا حدّدت خيار «أرسلوا إليّ أخبار هذه الرسالة عبر البريد الإلكتروني»: نسخة الصيغة التي وافقت عليها ووقت موافقتك. لا يُعتدّ إلا بالتوقيع المؤكَّد، ولا تُرسَل الأخبار إلا إليه: رسالتان إلكترونيتان في الشهر على الأكثر، في كلٍّ منهما رابط يوقفها بنقرة واحدة، دون الحاجة إلى تسجيل الدخول. والإيقاف يمحو الموافقة؛ فلا يُحتفظ بشيء منها.
privacy-what-language-html = <strong>اللغة التي وقّعت بها</strong>، إن لم تكن الإنجليزية: تُكتب رسائلك الإلكترونية بها. وتُمحى مع عنوانك.
privacy-what-dates-html = <strong>التواريخ</strong> التي وقّعت فيها وأكّدت توقيعك ونُشر فيها، وما فعله المشرفون بإدراجك (سجلّ التدقيق).
privacy-cookies = لا يضع التوقيع أي ملف تعريف ارتباط (cookie)، باستثناء ملف واحد يحفظ حالة تسجيل الدخول لمدة عشر دقائق إذا استخدمت «تسجيل الدخول عبر ORCID». ولا نحتفظ بأي عنوان بريد إلكتروني من الطلبات التي تلتقطها مصائدنا للبرامج الآلية.
privacy-how-long = لأي مدة
privacy-unconfirmed = يُمحى التوقيع الذي لم يُؤكَّد قطّ بعد { $unconfirmed } من تقديمه (ويعمل رابط التأكيد لمدة { $links }).
privacy-retention = بعد مرور { $retention } على إغلاق الرسالة، يُمحى عنوان البريد الإلكتروني لكل موقّع وقيمة تجزئة شبكته وموافقته على تلقّي الأخبار، ويُمحى كذلك كل ما يخص الإدراجات التي لم تُنشر قطّ، وكل ما احتواه إدراج منشور ولم يُعرض قطّ (اسم الموقّع المجهول ومعرّف iD الخاص به؛ واسم الشخص الذي وقّع باسم منظمة ومنصبه)، مع ما احتفظ به سجلّ التدقيق من بيانات عنها. أما الإدراجات فتبقى كما نُشرت: فهي الرسالة ذاتها.
privacy-mail-log = يُحتفظ بسجلّ رسائل البريد التي أرسلناها (متى أُرسلت ومن أي نوع؛ دون محتواها أبدًا) لمدة { $kept }، كي لا يتلقى أي عنوان منا أكثر من { $cap ->
        [zero] { $cap } رسالة إلكترونية
        [one] { $cap } رسالة إلكترونية
        [two] { $cap } رسالتين إلكترونيتين
        [few] { $cap } رسائل إلكترونية
        [many] { $cap } رسالةً إلكترونية
       *[other] { $cap } رسالة إلكترونية
    } في اليوم.
privacy-withdraw = يمكنك سحب توقيعك في أي وقت. ويؤدي السحب إلى محو اسمك وصفتك المهنية وجهة عملك وعنوان بريدك الإلكتروني وقيمة تجزئة شبكتك وموافقتك على تلقّي الأخبار، والبيانات التي احتفظ بها سجلّ التدقيق عن إدراجك، ورسائل البريد التي أرسلناها إليك. ولا يبقى سوى مجرد حقيقة أن توقيعًا قد وُجد، مع تواريخه، كي تظل أرقام الرسالة عبر الزمن صحيحة.
privacy-what-you-can-do = ما يمكنك فعله
privacy-my-html = في صفحة <a href="/my">توقيعاتك</a>، أدخل عنوانك: سنرسل إليك قائمة الرسائل التي وُقِّع عليها به هنا، مع روابط لتأكيد توقيعك، وتصحيح بياناتك المنشورة، وسحبها ومحوها، وتنزيل كل ما نحتفظ به عنك.
privacy-from-operator = من مشغّل الخدمة
