# La página de la carta, sus formularios, la confirmación y la retirada, y la lista publicada.

count-people = { $n ->
        [one] { $n } persona
       *[other] { $n } personas
    }
count-signed-html = <strong>{ $people }</strong> { $people ->
        [one] persona
       *[other] personas
    } y <strong>{ $organisations }</strong> { $organisations ->
        [one] organización
       *[other] organizaciones
    } han firmado.
count-signed = { $people } { $people ->
        [one] persona
       *[other] personas
    } y { $organisations } { $organisations ->
        [one] organización
       *[other] organizaciones
    } han firmado.
meta-description = { $people } { $people ->
        [one] persona
       *[other] personas
    } y { $organisations } { $organisations ->
        [one] organización
       *[other] organizaciones
    } han firmado esta carta abierta.
meta-share = { $people } { $people ->
        [one] persona
       *[other] personas
    } y { $organisations } { $organisations ->
        [one] organización
       *[other] organizaciones
    } han firmado. Añada su nombre.
progress = { $signed } de las { $target } firmas que nos proponemos reunir.
error-prefix = Error:
updates-feed-title = Novedades
published-on = Publicado
version-of-text = versión { $version } del texto
version-of-text-start = Versión { $version } del texto
what-changed = qué ha cambiado
see-everyone = Ver a todas las personas que han firmado
press-information = Información para la prensa
translation-notice = Esta es una traducción. El texto en { $language } es el que da fe:
translation-read-original = leerlo
translations-available = Esta carta en otros idiomas:

sign-heading = Añada su nombre
sign-intro = Le enviaremos por correo electrónico un enlace para confirmar. Su dirección de correo electrónico nunca se publica
sign-intro-privacy = qué conservamos y durante cuánto tiempo
sign-moderated = Un moderador revisa cada firma antes de que aparezca.
sign-as-individual = Firmar a título individual
sign-as-organisation = Firmar en nombre de una organización
organisations-checked = Un moderador revisa siempre las organizaciones antes de que aparezcan.
trap-label = Deje este campo vacío
optional = (opcional)
field-name = Su nombre
field-name-hint = Tal como desea que se publique, p. ej., Dr. Jay Watts.
field-title = Su título profesional
field-title-hint = p. ej., Psicóloga clínica consultora.
field-organisation = Su organización
field-email = Dirección de correo electrónico
field-email-hint = Solo se usa para confirmar; nunca se publica.
field-orcid = Su iD de ORCID
field-orcid-hint = p. ej., 0000-0002-1825-0097; se muestra como enlace junto a su nombre.
orcid-verified = ORCID ha confirmado que este iD es suyo: se mostrará como verificado.
orcid-sign-in = Iniciar sesión con ORCID
orcid-sign-in-why = para que su iD se muestre como verificado.
checkbox-public = Mostrar mi nombre públicamente. Si no marca esta casilla, aparecerá como «Anónimo» con su título.
checkbox-show-domain = Indicar que confirmé desde mi dirección profesional: si su dominio es el de una universidad o de una institución que esta carta menciona, su entrada lo indicará (p. ej., «confirmado desde nhs.net»). Solo se muestra el dominio, nunca la dirección.
news-promise = Enviarme por correo electrónico novedades sobre esta carta: como máximo dos correos al mes (su entrega, la respuesta que reciba), cada uno con un enlace para dejar de recibirlos con un solo clic. Mi dirección no se utiliza para nada más.
news-promise-old = Enviarme por correo electrónico novedades sobre esta carta.
sign-button = Firmar la carta
field-org-name = Nombre de la organización
field-org-name-hint = Tal como debe publicarse.
field-org-website = Sitio web de la organización
field-contact-name-hint = Solo lo ven los moderadores.
field-role = Su cargo
field-work-email = Su correo electrónico profesional
sign-org-button = Firmar en nombre de la organización
closed-heading = Esta carta está cerrada
closed-text = Ya no admite firmas. Gracias a todas las personas que la firmaron.
recent-heading = Firmas recientes
fix-one = Corrija este punto, por favor
fix-many = Corrija estos { $n } puntos, por favor

entry-orcid-verified = (verificado)
entry-domain-checked = dominio verificado: { $domain }
entry-confirmed-at = confirmado desde { $domain }
entry-moderated = revisado por un moderador
entry-signed-version = firmó la versión { $version } del texto

timeline-heading = Lo que ha sucedido
timeline-read-response = Leer la respuesta
timeline-feed = Seguir las novedades (canal Atom)
timeline-delivered = Entregada a { $to }
timeline-delivered-how = Entregada a { $to } ({ $how })
timeline-response = Respuesta de { $from }

check-email-title = Revise su correo electrónico
check-email-sent = Le hemos enviado un enlace para confirmar su firma de «{ $title }». Ábralo y pulse el botón de la página que se muestra. Su firma cuenta a partir de ese momento.
check-email-none = ¿No ha recibido nada al cabo de unos minutos? Revise su carpeta de correo no deseado o vuelva a firmar con la misma dirección para recibir el enlace de nuevo.
back-to-letter = Volver a la carta
read-letter = Leer la carta

withdraw-title = Retirar su firma
withdraw-from = Retirar su firma de «{ $title }»:
withdraw-erased = Se borrarán su nombre, su título y su dirección de correo electrónico. Esta acción no se puede deshacer.
withdraw-button = Retirar mi firma
already-confirmed = Ya confirmada
already-confirmed-text = Su firma de «{ $title }» está confirmada. Gracias.
confirm-title = Confirme su firma
confirm-signing-as = Está firmando «{ $title }» como:
confirm-also-asked = También pidió: «{ $words }»
confirm-button = Confirmar mi firma

done-title = Gracias
done-confirmed = Gracias: su firma está confirmada
done-published = Su nombre ya figura en «{ $title }».
done-moderated = Un moderador revisa cada firma de «{ $title }» antes de publicarla. La suya aparecerá en cuanto se haya revisado.
done-was-confirmed = Su firma de «{ $title }» ya estaba confirmada.
done-withdrawn = Su firma se ha retirado
done-withdrawn-text = Su nombre, su título y su dirección de correo electrónico se han borrado de «{ $title }».

# Errores junto a los campos de un formulario.
invalid-kind = Elija si firma como persona o como organización.
invalid-required = Este campo es obligatorio.
invalid-too-long = Escriba menos de { $n } caracteres.
invalid-forbidden = Contiene un carácter invisible o de control ({ $character }); vuelva a escribirlo.
invalid-no-letters = Use letras, no solo cifras o signos de puntuación.
invalid-email-empty = Introduzca su dirección de correo electrónico.
invalid-email = Introduzca una dirección de correo electrónico válida, como nombre@example.org.
invalid-orcid-shape = Un iD de ORCID tiene 16 caracteres, como 0000-0002-1825-0097.
invalid-orcid-checksum = Este iD de ORCID tiene una errata: su último carácter no concuerda con los demás.
invalid-website-empty = Indique el sitio web de la organización.
invalid-website = Indique una dirección web como https://example.org.
invalid-disposable = Esta carta requiere una dirección permanente, no una desechable.
