# صفحة الرسالة، ونماذجها، والتأكيد والسحب، والقائمة المنشورة.
# The letter page, its forms, confirming and withdrawing, and the published list.

count-people = { $n ->
        [zero] { $n } شخص
        [one] { $n } شخص
        [two] { $n } شخصان
        [few] { $n } أشخاص
        [many] { $n } شخصًا
       *[other] { $n } شخص
    }
count-signed-html = وقّع <strong>{ $people }</strong> { $people ->
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
    }.
count-signed = وقّع { $people } { $people ->
        [zero] شخص
        [one] شخص
        [two] شخصان
        [few] أشخاص
        [many] شخصًا
       *[other] شخص
    } و{ $organisations } { $organisations ->
        [zero] منظمة
        [one] منظمة
        [two] منظمتان
        [few] منظمات
        [many] منظمةً
       *[other] منظمة
    }.
meta-description = وقّع على هذه الرسالة المفتوحة { $people } { $people ->
        [zero] شخص
        [one] شخص
        [two] شخصان
        [few] أشخاص
        [many] شخصًا
       *[other] شخص
    } و{ $organisations } { $organisations ->
        [zero] منظمة
        [one] منظمة
        [two] منظمتان
        [few] منظمات
        [many] منظمةً
       *[other] منظمة
    }.
meta-share = وقّع { $people } { $people ->
        [zero] شخص
        [one] شخص
        [two] شخصان
        [few] أشخاص
        [many] شخصًا
       *[other] شخص
    } و{ $organisations } { $organisations ->
        [zero] منظمة
        [one] منظمة
        [two] منظمتان
        [few] منظمات
        [many] منظمةً
       *[other] منظمة
    }. أضيفوا أسماءكم.
progress = جُمع { $signed } من التوقيعات المستهدفة البالغ عددها { $target }.
error-prefix = خطأ:
updates-feed-title = المستجدات
published-on = نُشرت
version-of-text = النسخة { $version } من النص
version-of-text-start = النسخة { $version } من النص
what-changed = ما الذي تغيّر
see-everyone = عرض جميع الموقّعين
press-information = معلومات للصحافة
translation-notice = هذه ترجمة. النص المعتمد هو النص باللغة { $language }:
translation-read-original = قراءة النص الأصلي
translations-available = هذه الرسالة بلغات أخرى:

sign-heading = أضف اسمك
sign-intro = سنرسل إليك رابطًا للتأكيد عبر البريد الإلكتروني. لا يُنشر عنوان بريدك الإلكتروني أبدًا
sign-intro-privacy = ما نحتفظ به ولأي مدة
sign-moderated = يراجع أحد المشرفين كل توقيع قبل ظهوره.
sign-as-individual = التوقيع بصفة فردية
sign-as-organisation = التوقيع نيابةً عن منظمة
organisations-checked = يراجع أحد المشرفين المنظمات دائمًا قبل ظهورها.
trap-label = اترك هذا الحقل فارغًا
optional = (اختياري)
field-name = اسمك
field-name-hint = كما تريد أن يُنشر، مثل: د. جاي واتس.
field-title = صفتك المهنية
field-title-hint = مثل: استشاري علم النفس السريري.
field-organisation = جهة عملك
field-email = عنوان البريد الإلكتروني
field-email-hint = يُستخدم للتأكيد فقط، ولا يُنشر أبدًا.
field-orcid = معرّف ORCID iD الخاص بك
field-orcid-hint = مثل: 0000-0002-1825-0097، ويظهر رابطًا بجانب اسمك.
orcid-verified = أكّد ORCID أن معرّف iD هذا يخصّك: سيظهر على أنه موثَّق.
orcid-sign-in = تسجيل الدخول عبر ORCID
orcid-sign-in-why = لإظهار معرّف iD الخاص بك على أنه موثَّق.
checkbox-public = إظهار اسمي علنًا. إذا لم يُحدَّد هذا الخيار، فسيُدرج توقيعك بصفة «مجهول» مع صفتك المهنية.
checkbox-show-domain = إظهار أنني أكّدت من عنوان عملي: إذا كان نطاقه تابعًا لجامعة أو مؤسسة تذكرها هذه الرسالة، فسيُشار إلى ذلك في إدراجك (مثل: «مؤكَّد عبر nhs.net»). يظهر النطاق فقط، ولا يظهر العنوان أبدًا.
news-promise = أرسلوا إليّ أخبار هذه الرسالة عبر البريد الإلكتروني: رسالتان إلكترونيتان في الشهر على الأكثر (بشأن تسليمها والرد عليها)، في كلٍّ منهما رابط لإيقافها بنقرة واحدة. لا يُستخدم عنواني لأي غرض آخر.
news-promise-old = أرسلوا إليّ أخبار هذه الرسالة عبر البريد الإلكتروني.
sign-button = وقّع على الرسالة
field-org-name = اسم المنظمة
field-org-name-hint = كما ينبغي أن يُنشر.
field-org-website = الموقع الإلكتروني للمنظمة
field-contact-name-hint = لا يطّلع عليه سوى المشرفين.
field-role = منصبك
field-work-email = بريدك الإلكتروني في العمل
sign-org-button = وقّع باسم المنظمة
closed-heading = هذه الرسالة مغلقة
closed-text = لم تعد تقبل توقيعات. شكرًا لكل من وقّع عليها.
recent-heading = أحدث التوقيعات
fix-one = يُرجى تصحيح هذا الخطأ
fix-many = يُرجى تصحيح { $n ->
        [zero] { $n } أخطاء
        [one] { $n } خطأ
        [two] { $n } خطأين
        [few] { $n } أخطاء
        [many] { $n } خطأً
       *[other] { $n } خطأ
    }

entry-orcid-verified = (موثَّق)
entry-domain-checked = تم التحقق من النطاق: { $domain }
entry-confirmed-at = مؤكَّد عبر { $domain }
entry-moderated = راجعه أحد المشرفين
entry-signed-version = وقّع على النسخة { $version } من النص

timeline-heading = ما جرى حتى الآن
timeline-read-response = قراءة الرد
timeline-feed = متابعة المستجدات (موجز Atom)
timeline-delivered = سُلِّمت إلى { $to }
timeline-delivered-how = سُلِّمت إلى { $to } ({ $how })
timeline-response = رد من { $from }

check-email-title = تحقق من بريدك الإلكتروني
check-email-sent = أرسلنا إليك رابطًا لتأكيد توقيعك على «{ $title }». افتحه واضغط على الزر في الصفحة التي يعرضها. يُحتسب توقيعك ابتداءً من تلك اللحظة.
check-email-none = لم تصلك أي رسالة بعد بضع دقائق؟ تحقق من مجلد البريد غير المرغوب فيه، أو وقّع مرة أخرى بالعنوان نفسه لتتلقى الرابط مجددًا.
back-to-letter = العودة إلى الرسالة
read-letter = قراءة الرسالة

withdraw-title = سحب توقيعك
withdraw-from = سحب توقيعك من «{ $title }»:
withdraw-erased = سيُمحى اسمك وصفتك المهنية وعنوان بريدك الإلكتروني. لا يمكن التراجع عن ذلك.
withdraw-button = اسحب توقيعي
already-confirmed = مؤكَّد مسبقًا
already-confirmed-text = توقيعك على «{ $title }» مؤكَّد. شكرًا لك.
confirm-title = تأكيد توقيعك
confirm-signing-as = أنت توقّع على «{ $title }» بالصفة التالية:
confirm-also-asked = طلبت أيضًا: «{ $words }»
confirm-button = أكّد توقيعي

done-title = شكرًا لك
done-confirmed = شكرًا لك: تم تأكيد توقيعك
done-published = يظهر اسمك الآن على «{ $title }».
done-moderated = يراجع أحد المشرفين كل توقيع على «{ $title }» قبل نشره. سيظهر توقيعك بعد مراجعته.
done-was-confirmed = كان توقيعك على «{ $title }» مؤكَّدًا من قبل.
done-withdrawn = تم سحب توقيعك
done-withdrawn-text = مُحي اسمك وصفتك المهنية وعنوان بريدك الإلكتروني من «{ $title }».

# أخطاء بجانب حقول النموذج.
# Errors beside a form's fields.
invalid-kind = يُرجى اختيار التوقيع بصفة فردية أو باسم منظمة.
invalid-required = هذا الحقل مطلوب.
invalid-too-long = يُرجى ألا يتجاوز النص { $n ->
        [zero] { $n } حرف
        [one] { $n } حرف
        [two] { $n } حرفين
        [few] { $n } أحرف
        [many] { $n } حرفًا
       *[other] { $n } حرف
    }.
invalid-forbidden = يحتوي هذا النص على محرف غير مرئي أو محرف تحكم ({ $character })؛ يُرجى إعادة كتابته.
invalid-no-letters = يُرجى استخدام حروف، لا أرقام أو علامات ترقيم فقط.
invalid-email-empty = يُرجى إدخال عنوان بريدك الإلكتروني.
invalid-email = يُرجى إدخال عنوان بريد إلكتروني صالح، مثل name@example.org.
invalid-orcid-shape = يتكوّن معرّف ORCID iD من ستة عشر محرفًا، مثل 0000-0002-1825-0097.
invalid-orcid-checksum = في معرّف ORCID iD هذا خطأ في الكتابة: المحرف الأخير لا يتوافق مع بقية المحارف.
invalid-website-empty = يُرجى إدخال الموقع الإلكتروني للمنظمة.
invalid-website = يُرجى إدخال عنوان ويب مثل https://example.org.
invalid-disposable = تطلب هذه الرسالة عنوانًا دائمًا، لا عنوانًا مؤقتًا.
