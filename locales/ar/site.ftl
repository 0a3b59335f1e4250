# إطار كل صفحة، والصفحة الرئيسية، وصفحات الأخطاء.
# The frame of every page, the home page and error pages.
# الرسائل التي ينتهي معرّفها بـ -html قد تحتوي على وسوم؛ ومعاملاتها أرقام.
# Messages whose id ends in -html may hold markup; their arguments are numbers.

site-name = Undersigned
skip-to-content = الانتقال إلى المحتوى
footer-promise = لا يُنشر عنوان بريدك الإلكتروني أبدًا، ولا يُستخدم إلا لتأكيد توقيعك.
footer-privacy = الخصوصية
footer-my = توقيعاتك
language-switch = اللغة
# رسالة الاختبار تبقى بالإنجليزية فقط: تتحقق الاختبارات من الرجوع إلى الإنجليزية عند غياب رسالة في لغة ما.
# Kept in English only: the tests check that a message missing from a language falls back to English.

home-title = رسائل مفتوحة
home-none = لا توجد رسائل مفتوحة حتى الآن.
home-counts = { $people ->
        [zero] { $people } موقّع
        [one] { $people } موقّع
        [two] { $people } موقّعان
        [few] { $people } موقّعين
        [many] { $people } موقّعًا
       *[other] { $people } موقّع
    }، { $organisations ->
        [zero] { $organisations } منظمة
        [one] { $organisations } منظمة
        [two] { $organisations } منظمتان
        [few] { $organisations } منظمات
        [many] { $organisations } منظمةً
       *[other] { $organisations } منظمة
    }

error-back = العودة إلى الرسائل
err-not-found = الصفحة غير موجودة
err-not-found-text = لا توجد صفحة في هذا العنوان.
err-try-again = يُرجى المحاولة مجددًا بعد قليل
err-unavailable-text = الخدمة غير متاحة مؤقتًا. لم يُفقد أو يُسجَّل شيء مما أرسلته؛ يُرجى إرساله مرة أخرى بعد بضع ثوانٍ.
err-internal = حدث خطأ ما
err-internal-text = الخطأ من جانبنا وقد سُجِّل. يُرجى المحاولة مجددًا بعد قليل.
err-closed-text = لم تعد هذه الرسالة تقبل توقيعات. نشكرك على دعمك.
err-unsubscribe = هذا الرابط لا يوقف أي أخبار
err-unsubscribe-text = ربما يكون الرابط مقتطعًا أو به خطأ في الكتابة. وإذا كان التوقيع المرتبط به قد سُحب، فلن تُرسَل إليه أي رسائل بريدية بعد الآن على أي حال. توقيعاتك هنا وما نحتفظ به من بيانات: /my.
err-link = لم يعد هذا الرابط صالحًا
err-link-text = ربما استُخدم من قبل، أو انتهت صلاحيته. يمكنك التوقيع مرة أخرى بالعنوان نفسه لتلقّي رابط جديد.
err-orcid-refused = لم يقبل ORCID عملية تسجيل الدخول هذه
err-orcid-refused-text = ربما استُخدمت من قبل (عند إعادة تحميل صفحة)، أو استغرقت وقتًا أطول مما ينبغي. يُرجى العودة إلى الرسالة وتسجيل الدخول عبر ORCID مرة أخرى، أو كتابة معرّف iD الخاص بك بدلًا من ذلك.
err-orcid-down = لم يستجب ORCID
err-orcid-down-text = تعذّر علينا الاتصال بـ ORCID للتحقق من معرّف iD الخاص بك. يُرجى المحاولة مجددًا بعد قليل، أو كتابة معرّف iD بدلًا من ذلك.
err-unreadable = تعذّرت علينا قراءة ذلك
err-wait = يُرجى الانتظار قليلًا
err-too-many-signatures = وصلت توقيعات كثيرة من شبكتك خلال الدقائق القليلة الماضية (قد يحدث ذلك في شبكة مستشفى أو جامعة). يُرجى المحاولة مجددًا بعد نحو { $minutes ->
        [zero] { $minutes } دقيقة
        [one] { $minutes } دقيقة
        [two] { $minutes } دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }.
err-too-many-reads = وصلت عمليات بحث أو تنزيل كثيرة من شبكتك خلال الدقائق القليلة الماضية. يُرجى المحاولة مجددًا بعد نحو { $minutes ->
        [zero] { $minutes } دقيقة
        [one] { $minutes } دقيقة
        [two] { $minutes } دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }.
err-busy-text = يجري الآن تجهيز تنزيلات كثيرة. يُرجى المحاولة مجددًا بعد بضع ثوانٍ.

# بطاقة المشاركة وملف PDF.
card-kicker = رسالة مفتوحة
card-people = { $n ->
        [zero] شخص وقّعوا
        [one] شخص وقّع
        [two] شخصان وقّعا
        [few] أشخاص وقّعوا
        [many] شخصًا وقّعوا
       *[other] شخص وقّعوا
    }
card-organisations = { $n ->
        [zero] { $n } منظمة
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $n } منظمات
        [many] { $n } منظمةً
       *[other] { $n } منظمة
    }
card-aim = من أصل { $target } مستهدفة
pdf-footer = { $source } · صُدِّر في { $time }
pdf-figures = الأرقام
pdf-counts = { $people ->
        [zero] لا موقّعين أفراد
        [one] موقّع فرد واحد
        [two] موقّعان فردان
        [few] { $people } موقّعين أفراد
        [many] { $people } موقّعًا فردًا
       *[other] { $people } موقّع فرد
    } و{ $organisations ->
        [zero] لا منظمات داعمة
        [one] منظمة داعمة واحدة
        [two] منظمتان داعمتان
        [few] { $organisations } منظمات داعمة
        [many] { $organisations } منظمةً داعمة
       *[other] { $organisations } منظمة داعمة
    }
pdf-at = { $counts } في { $time }.
pdf-basis = ما تستند إليه هذه الأرقام: { $basis }.
pdf-signatories = الموقّعون
pdf-organisations = المنظمات الداعمة
pdf-signed-version = { $entry } (وقّع على النسخة { $version })
body-too-large = كان النموذج أكبر بكثير مما يمكن أن يكون عليه أي توقيع.
body-content-type = لم يُرسَل الطلب نموذجًا ولا بصيغة JSON كما هو متوقع.
body-encoding = احتوى الطلب على نص ليس بترميز UTF-8 صالح.
body-malformed = لم يكن الطلب بالصيغة المتوقعة.
body-incomplete = لم يصل محتوى الطلب كاملًا.
