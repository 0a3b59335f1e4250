# Correos a los firmantes: el asunto, el texto sin formato y el HTML comparten estos mensajes.

mail-also-asked = También pidió: «{ $words }»
mail-read-letter = Leer la carta
mail-the-letter = La carta: { $url }
mail-footer-my = Sus firmas aquí:
mail-footer-my-text = Sus firmas aquí, y todo lo que conservamos sobre usted:
mail-footer-privacy = Qué conservamos y durante cuánto tiempo
mail-footer-privacy-text = Qué conservamos y durante cuánto tiempo:

verify-subject = Confirme su firma de «{ $title }»
verify-intro = Alguien (esperamos que usted) ha utilizado esta dirección para firmar la carta abierta «{ $title }» como:
verify-intro-org = Alguien (esperamos que usted) ha utilizado esta dirección para firmar la carta abierta «{ $title }» en nombre de { $organisation }.
verify-open-link = Para confirmar, abra este enlace y pulse el botón de la página:
verify-button = Confirmar mi firma
verify-not-you = Si no fue usted, ignore este correo: no se publica nada sin confirmación. El enlace funciona hasta el { $expires }.
verify-withdraw-later = Para retirar su firma más adelante y borrar sus datos:
verify-withdraw = retirar

already-subject = Ya ha firmado «{ $title }»
already-intro = Alguien (esperamos que usted) ha intentado firmar la carta abierta «{ $title }» con esta dirección. Esta dirección ya la había firmado, así que no ha cambiado nada.
already-withdraw = Si desea retirar su firma y borrar sus datos, abra este enlace y pulse el botón de la página (funciona hasta el { $expires }):
already-withdraw-html = Si desea retirar su firma y borrar sus datos, abra la página de retirada (funciona hasta el { $expires }):
already-withdraw-link = abrir la página de retirada

news-intro = Novedades sobre la carta abierta «{ $title }», que usted firmó.
news-online = En línea: { $url }
news-read-online = Leer en línea
news-why = Recibe este correo porque, al firmar, pidió recibir novedades sobre esta carta (como máximo dos correos al mes). Para dejar de recibirlos, abra este enlace y pulse el botón; no hace falta iniciar sesión:
news-why-short = Recibe este correo porque, al firmar, pidió recibir novedades sobre esta carta (como máximo dos correos al mes).
news-stop = Dejar de recibir novedades sobre esta carta
news-stop-how = con un clic, sin iniciar sesión.

reconfirm-subject = «{ $title }» tiene una nueva versión: ¿la firmará?
reconfirm-intro = Usted firmó la carta abierta «{ $title }». Sus organizadores han modificado el texto: esta es la versión { $version }.
reconfirm-note = Qué ha cambiado, en sus propias palabras: { $note }
reconfirm-history = Todos los cambios, palabra por palabra
reconfirm-stays = Su firma sigue figurando en la versión que firmó. Si está de acuerdo con el nuevo texto, abra este enlace y pulse el botón (funciona hasta el { $expires }):
reconfirm-stays-short = Su firma sigue figurando en la versión que firmó. Si está de acuerdo con el nuevo texto, firme la nueva versión (el enlace funciona hasta el { $expires }):
reconfirm-withdraw = Si ya no desea firmar en absoluto, este enlace retira su firma y borra sus datos:
reconfirm-withdraw-link = Retirar su firma
reconfirm-only = Este es el único correo que le enviaremos sobre esta versión.

signed-subject = { $n ->
        [one] La carta abierta que firmó
       *[other] Las cartas abiertas que firmó ({ $n })
    }
signed-title = Las cartas abiertas que firmó
signed-intro = Alguien (esperamos que usted) ha preguntado qué cartas abiertas ha firmado aquí esta dirección.
signed-confirm = Confirmar su firma
signed-correct = Corregir sus datos
signed-withdraw = Retirar su firma y borrar sus datos
signed-data = Descargar todo lo que conservamos sobre usted (un archivo JSON)
signed-data-text = Todo lo que conservamos sobre usted, en un archivo: { $url }
signed-how = Cada enlace abre una página con un solo botón; no ocurre nada hasta que lo pulse. Los enlaces funcionan hasta el { $expires }. Si no lo ha solicitado, ignore este correo: no cambia nada.
signed-status-unverified = aún no confirmada
signed-status-pending = confirmada, a la espera de un moderador
signed-status-held = confirmada, a la espera de un moderador: parece coincidir con otra entrada
signed-status-published = publicada
signed-status-duplicate = no publicada: figura una sola vez, en otra entrada
signed-status-not-published = no publicada
signed-status-closed = { $status }; la carta está cerrada
