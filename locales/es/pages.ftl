# Páginas: la página de prensa, la lista de firmantes, el historial, «mis firmas», la privacidad y la baja de las novedades.

## La página de prensa (templates/press/page.html, src/press).

press-title = Prensa: { $title }
press-closed = desde el { $date }: ya no admite firmas y sus cifras son definitivas.
press-contact = Contacto de prensa:
press-figures = Cifras
press-count-html = <strong id="figure-individuals">{ $people }</strong> { $people ->
        [one] firmante individual
       *[other] firmantes individuales
    } y <strong id="figure-organisations">{ $organisations }</strong> { $organisations ->
        [one] organización adherida
       *[other] organizaciones adheridas
    }.
# $clauses: las cláusulas siguientes, unidas con «; ».
press-basis = En qué se basan estas cifras: { $clauses }. Cada persona se cuenta una sola vez: una entrada que se parece a otra que ya figura en la lista espera a que la revise un moderador antes de contar.
press-basis-confirmed-all = { $n ->
        [one] la única persona que figura confirmó su firma por correo electrónico
       *[other] las { $n } personas confirmaron todas su firma por correo electrónico
    }
press-basis-imported-all = { $n ->
        [one] la única persona que figura fue añadida por los organizadores a partir de su propia lista
       *[other] las { $n } personas fueron todas añadidas por los organizadores a partir de su propia lista
    }
press-basis-confirmed-imported = { $n ->
        [one] { $n } persona confirmó su firma
       *[other] { $n } personas confirmaron su firma
    } por correo electrónico y { $m } { $m ->
        [one] fue añadida
       *[other] fueron añadidas
    } por los organizadores a partir de su propia lista
# $list: el nombre de cada institución y su número, p. ej., «NHS 150, universidades 62».
press-basis-institutional = { $n } desde una dirección institucional: { $list }
press-universities = universidades
press-basis-orcid = { $n } con un iD de ORCID verificado
press-basis-moderated = { $n ->
        [one] { $n } persona revisada
       *[other] { $n } personas revisadas
    } por un moderador
press-basis-organisations-all-moderated = { $n ->
        [one] { $n } organización, revisada por un moderador
       *[other] { $n } organizaciones, cada una revisada por un moderador
    }
press-basis-organisations-moderated = { $n } { $n ->
        [one] organización
       *[other] organizaciones
    }, { $m } de ellas { $m ->
        [one] revisada
       *[other] revisadas
    } por un moderador
press-last-updated = Última actualización:
press-as-of = { $date }, a las { $time } UTC
press-by-profession = Firmantes individuales por profesión
# La categoría de los profesionales que no corresponden a ninguna de las categorías de la carta.
press-category-other = Otras
press-table-caption = Las mismas cifras en forma de tabla
press-col-profession = Profesión
press-col-signatories = Firmantes
press-over-time = Evolución de las firmas
press-over-time-range = Del { $first } al { $last }:
press-over-time-totals = { $total ->
        [one] { $total } firma publicada
       *[other] { $total } firmas publicadas
    } en total, como máximo { $busiest } en un solo día.
press-over-time-legend = Barras: cada día; línea: el total acumulado.
press-days-caption = Firmas publicadas cada día y total acumulado
press-col-day = Día
press-col-signatures = Firmas
press-col-running = Total acumulado
press-downloads = Descargas
press-downloads-intro = La lista pública: nombres, títulos, organizaciones y fechas, en el orden de publicación, con lo que acredita cada entrada (el dominio desde el que se confirmó, su iD de ORCID, si la revisó un moderador). Nunca una dirección de correo electrónico.
press-download-pdf = La carta con sus firmantes (PDF)
press-download-xlsx = Hoja de cálculo (XLSX)
press-download-figures = Estas cifras (JSON)
press-live-count = Recuento en directo para su página:
# Entre los dos fragmentos de código: la dirección de count.json y el iframe.
press-or-embed = , o inserte

## La lista de firmantes (templates/letter/signatories.html).

list-title = Firmantes: { $title }
list-heading = Firmantes
# La etiqueta de las pestañas entre personas y organizaciones.
list-who-signed = Quién ha firmado
list-tab-people = Personas ({ $n })
list-tab-organisations = Organizaciones ({ $n })
list-search-label = Buscar por nombre o título
list-search-button = Buscar
list-empty = Todavía no figura nadie en esta lista.
# $q: lo que ha buscado el lector.
list-no-match = Ningún firmante coincide con «{ $q }».
# La etiqueta de los enlaces a las páginas anterior y siguiente de la lista.
list-pages = Páginas
list-previous = Anterior
list-next = Siguiente

## El contador que insertan otros sitios (templates/letter/embed.html).

embed-count-html = <strong>{ $people }</strong> { $people ->
        [one] persona
       *[other] personas
    } y <strong>{ $organisations }</strong> { $organisations ->
        [one] organización
       *[other] organizaciones
    }
# $counts: embed-count-html; $title: el título de la carta (ambos ya con marcado).
embed-signed-html = { $counts } han firmado «{ $title }».
embed-read-and-sign = Leer y firmar la carta

## El historial del texto de una carta (templates/letter/history.html).

history-title = Historial de «{ $title }»
history-heading = Historial del texto
# Después del título de la carta, entre comillas.
history-has-had = ha tenido { $n } { $n ->
        [one] versión
       *[other] versiones
    }.
history-intro = Cada firma registra la versión sobre la que se firmó. Las correcciones de erratas que no cambian el sentido se hacen sin crear una nueva versión.
history-version = Versión { $version }
# Antes de la fecha en que se publicó una versión.
history-from = A partir del
history-changed-from = Qué ha cambiado respecto a la versión { $version }:
history-removed = suprimido
history-added = añadido
history-first = El texto original:

## Firmar una nueva versión de una carta (templates/letter/reconfirm.html).

reconfirm-title = Versión { $version } de «{ $title }»
reconfirm-done = Gracias
reconfirm-done-text = Su firma de «{ $title }» figura ahora en la versión { $version } del texto.
reconfirm-already = Ya firmada
reconfirm-already-text = Su firma de «{ $title }» ya figura en la versión { $version } del texto.
reconfirm-sign = Firmar la versión { $version }
reconfirm-you-signed = Usted firmó la versión { $version } de «{ $title }».
reconfirm-changed = El texto ha cambiado.
# $note: la nota de los organizadores sobre lo que ha cambiado, en el idioma de la carta.
reconfirm-changed-note = El texto ha cambiado: { $note }.
reconfirm-every-change = Todos los cambios, palabra por palabra
reconfirm-letter-now = La carta tal como está ahora
reconfirm-do-nothing = Si no hace nada, su firma seguirá figurando en la versión { $version }.

## Dejar de recibir novedades sobre una carta (templates/updates/unsubscribe.html).

unsub-title = Novedades sobre «{ $title }»
unsub-done = No recibirá más novedades
unsub-done-text = No recibirá más novedades sobre «{ $title }». Su firma se mantiene tal como está.
unsub-stop = Dejar de recibir novedades sobre esta carta
unsub-stop-text = Al firmar, pidió recibir novedades sobre «{ $title }». Pulse el botón y no le enviaremos más; su firma se mantiene tal como está.
unsub-none = Sin novedades
unsub-none-text = No recibe novedades sobre «{ $title }». Su firma se mantiene tal como está.

## Las firmas de un firmante: solicitar la lista, corregir, descargar (templates/my).

# Antes de un enlace a la página de privacidad.
my-privacy = Qué conservamos y durante cuánto tiempo:
my-privacy-link = privacidad
my-request-intro = Introduzca la dirección con la que firmó. Le enviaremos a esa dirección la lista de las cartas que ha firmado aquí, cada una con enlaces para confirmar su firma, corregir sus datos publicados, o retirar su firma y borrar esos datos, y un enlace para descargar todo lo que conservamos sobre usted.
my-request-email-hint = La dirección con la que firmó.
my-request-button = Enviarme mis firmas por correo
my-sent-text = Si esta dirección ha firmado cartas aquí, ya va de camino un correo que las enumera, con sus enlaces. No se envía nada más, y no cambia nada hasta que pulse un botón en una página que abra uno de los enlaces.
my-sent-none = ¿No ha recibido nada al cabo de unos minutos? Revise su carpeta de correo no deseado. Enviamos como máximo unos pocos correos al día a una misma dirección.
my-correct-title = Corregir sus datos
# Antes del título de la carta, entre comillas.
my-correct-your-signature = Su firma de
my-correct-moderated = Un moderador revisa los datos corregidos antes de publicarlos; hasta entonces, su entrada no se muestra.
my-correct-at-once = Los datos corregidos se publican de inmediato.
my-correct-name-hint = Tal como desea que se publique.
my-correct-orcid-hint = Se muestra como enlace junto a su nombre; solo se muestra como verificado si es el iD que acreditó como suyo con ORCID.
my-correct-show-domain = Indicar que confirmé desde mi dirección profesional (solo su dominio, cuando sea el de una universidad o de una institución que esta carta menciona).
my-correct-button = Guardar la corrección
my-corrected-title = Datos corregidos
my-corrected-heading = Sus datos se han corregido
my-corrected-published = Su entrada corregida en «{ $title }» se ha publicado.
my-corrected-moderated = Un moderador revisa los datos corregidos de su firma de «{ $title }». Su entrada volverá a aparecer en cuanto se haya revisado.
my-data-title = Sus datos
my-data-heading = Todo lo que conservamos sobre usted
my-data-intro = Un archivo JSON con { $n ->
        [one] su firma
       *[other] sus { $n } firmas
    } aquí: los datos que facilitó, las fechas, lo que hicieron los moderadores con { $n ->
        [one] ella
       *[other] ellas
    } y los correos que le enviamos.
my-data-button = Descargar mis datos

## El aviso de privacidad (templates/privacy.html).

# Una duración en su mayor unidad entera; $unit es day, hour, minute o second.
privacy-duration = { $unit ->
        [day] { $n ->
            [one] { $n } día
           *[other] { $n } días
        }
        [hour] { $n ->
            [one] { $n } hora
           *[other] { $n } horas
        }
        [minute] { $n ->
            [one] { $n } minuto
           *[other] { $n } minutos
        }
       *[second] { $n ->
            [one] { $n } segundo
           *[other] { $n } segundos
        }
    }
privacy-heading = Privacidad: qué conservamos, por qué y durante cuánto tiempo
privacy-who = Quién conserva sus datos
# Seguido de la dirección de contacto del operador.
privacy-run-by-operator = Este servicio lo gestiona su operador, que responde a las preguntas sobre sus datos:
privacy-run-by-organisers = Este servicio lo gestionan los organizadores de las cartas que figuran a continuación.
# Después del título de una carta, antes de la dirección de correo electrónico de sus organizadores.
privacy-organisers-reachable = organizadores localizables en
privacy-what = Qué conservamos cuando firma
privacy-what-name-html = <strong>Su nombre, su título y su organización</strong>, para publicarlos en la carta tal como pidió. Si elige no figurar con su nombre, solo se publican «Anónimo» y su título; su nombre solo lo ven los moderadores de la carta. En el caso de una organización, se publican su nombre y su sitio web; el nombre y el cargo de la persona que firma solo los ven los moderadores.
privacy-what-email-html = <strong>Su dirección de correo electrónico</strong>, que nunca se publica: para confirmar que la firma es suya, para asegurarnos de que cada persona firma una sola vez y para enviarle los enlaces con los que corregirla o retirarla.
privacy-what-network-html = <strong>Un hash con clave de su dirección de red</strong>: su dirección IP como tal nunca se almacena. El hash nos permite ver que llegan muchas firmas desde una misma red, que es como se delatan las avalanchas de nombres falsos.
privacy-what-orcid-html = <strong>Su iD de ORCID</strong>, si lo facilita: se publica como enlace junto a su nombre (nunca el de un firmante anónimo) y se marca como verificado si demostró que es suyo iniciando sesión con ORCID.
privacy-what-domain-html = <strong>El dominio desde el que confirmó</strong> (p. ej., «nhs.net», nunca la dirección), si nos pide que lo mostremos y es el de una universidad o de una institución que la carta menciona: se publica junto a su nombre.
privacy-what-news-html = <strong>Su consentimiento para recibir novedades</strong>, si marca «Enviarme por correo electrónico novedades sobre esta carta»: la versión del texto que aceptó y cuándo lo hizo. Solo cuenta una firma confirmada, y solo a ella se le envían novedades: como máximo dos correos al mes, cada uno con un enlace para dejar de recibirlos con un solo clic, sin necesidad de iniciar sesión. Al dejar de recibirlas, el consentimiento se olvida; no se conserva nada de él.
privacy-what-language-html = <strong>El idioma en que firmó</strong>, si no es el inglés: sus correos se escriben en él. Se borra junto con su dirección.
privacy-what-dates-html = <strong>Las fechas</strong> en que firmó, confirmó y se publicó su firma, y lo que hicieron los moderadores con su entrada (el registro de auditoría).
privacy-cookies = Firmar no instala ninguna cookie, salvo, si utiliza «Iniciar sesión con ORCID», una que guarda el estado del inicio de sesión durante diez minutos. De los envíos que detectan nuestras trampas para bots no se conserva ninguna dirección de correo electrónico.
privacy-how-long = Durante cuánto tiempo
privacy-unconfirmed = Una firma que nunca se confirma se borra { $unconfirmed } después de realizarse (el enlace de confirmación funciona durante { $links }).
privacy-retention = { $retention } después del cierre de una carta, se borran la dirección de correo electrónico, el hash de red y el consentimiento para recibir novedades de cada firmante, así como todo lo relativo a las entradas que nunca se publicaron y todo lo que contenía una entrada publicada sin haberse mostrado nunca (el nombre y el iD de un firmante anónimo; el nombre y el cargo de la persona que firmó en nombre de una organización), junto con los datos que conservaba de ello el registro de auditoría. Las entradas permanecen tal como se publicaron: son la carta.
privacy-mail-log = El registro de los correos que enviamos (cuándo y de qué tipo; nunca su contenido) se conserva durante { $kept }, para que ninguna dirección reciba de nosotros más de { $cap } { $cap ->
        [one] correo
       *[other] correos
    } al día.
privacy-withdraw = Puede retirar su firma en cualquier momento. La retirada borra su nombre, su título, su organización, su dirección de correo electrónico, su hash de red y su consentimiento para recibir novedades, los datos de su entrada que conservaba el registro de auditoría y los correos que le enviamos. Solo se conserva el mero hecho de que existió una firma, con sus fechas, para que las cifras de la carta a lo largo del tiempo sigan siendo exactas.
privacy-what-you-can-do = Qué puede hacer
privacy-my-html = En <a href="/my">sus firmas</a>, introduzca su dirección: le enviaremos por correo la lista de las cartas que ha firmado aquí, con enlaces para confirmar, corregir sus datos publicados, retirar su firma y borrar esos datos, y descargar todo lo que conservamos sobre usted.
privacy-from-operator = Información del operador
