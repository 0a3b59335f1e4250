# El marco de cada página, la página de inicio y las páginas de error.
# Los mensajes cuyo identificador termina en -html pueden contener marcado; sus argumentos son números.

site-name = Undersigned
skip-to-content = Saltar al contenido
footer-promise = Su dirección de correo electrónico nunca se publica. Solo se utiliza para confirmar su firma.
footer-privacy = Privacidad
footer-my = Sus firmas
language-switch = Idioma

home-title = Cartas abiertas
home-none = Todavía no hay cartas abiertas.
home-counts = { $people ->
        [one] { $people } firmante
       *[other] { $people } firmantes
    }, { $organisations ->
        [one] { $organisations } organización
       *[other] { $organisations } organizaciones
    }

error-back = Volver a las cartas
err-not-found = Página no encontrada
err-not-found-text = Aquí no hay ninguna página.
err-try-again = Vuelva a intentarlo dentro de un momento
err-unavailable-text = El servicio no está disponible momentáneamente. Nada de lo que envió se ha perdido ni registrado; vuelva a enviarlo dentro de unos segundos.
err-internal = Algo ha fallado
err-internal-text = El error se ha producido por nuestra parte y ha quedado registrado. Vuelva a intentarlo en breve.
err-closed-text = La carta ya no admite firmas. Gracias por su apoyo.
err-unsubscribe = Este enlace no corresponde a ninguna suscripción
err-unsubscribe-text = Puede que esté incompleto o mal escrito. Si la firma a la que correspondía se retiró, de todos modos ya no se le envía ningún correo. Sus firmas aquí y lo que conservamos: /my.
err-link = Este enlace ya no funciona
err-link-text = Puede que ya se haya utilizado o que haya caducado. Vuelva a firmar con la misma dirección para recibir un enlace nuevo.
err-orcid-refused = ORCID no aceptó este inicio de sesión
err-orcid-refused-text = Puede que ya se haya utilizado (al recargar una página) o que haya tardado demasiado. Vuelva a la carta e inicie sesión de nuevo con ORCID, o bien escriba su iD.
err-orcid-down = ORCID no respondió
err-orcid-down-text = No pudimos conectar con ORCID para verificar su iD. Vuelva a intentarlo dentro de un momento, o bien escriba su iD.
err-unreadable = No pudimos leer esos datos
err-wait = Espere un momento, por favor
err-too-many-signatures = Se han recibido muchas firmas desde su red en los últimos minutos (puede ocurrir en la red de un hospital o de una universidad). Vuelva a intentarlo dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } aproximadamente.
err-too-many-reads = Se han realizado muchas búsquedas o descargas desde su red en los últimos minutos. Vuelva a intentarlo dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } aproximadamente.
err-busy-text = Ahora mismo se están preparando muchas descargas. Vuelva a intentarlo dentro de unos segundos.

# La tarjeta para compartir y el PDF.
card-kicker = UNA CARTA ABIERTA
card-people = { $n ->
        [one] persona ha firmado
       *[other] personas han firmado
    }
card-organisations = { $n ->
        [one] { $n } organización
       *[other] { $n } organizaciones
    }
card-aim = de { $target } previstas
pdf-footer = { $source } · exportado el { $time }
pdf-figures = Cifras
pdf-counts = { $people ->
        [one] { $people } firmante individual
       *[other] { $people } firmantes individuales
    } y { $organisations ->
        [one] { $organisations } organización adherida
       *[other] { $organisations } organizaciones adheridas
    }
pdf-at = { $counts } a { $time }.
pdf-basis = En qué se basan estas cifras: { $basis }.
pdf-signatories = Firmantes
pdf-organisations = Organizaciones adheridas
pdf-signed-version = { $entry } (firmó la versión { $version })
body-too-large = El formulario era mucho mayor de lo que puede ser cualquier firma.
body-content-type = La solicitud no se envió como formulario ni como JSON, como se esperaba.
body-encoding = La solicitud contenía texto que no es UTF-8 válido.
body-malformed = La solicitud no tenía el formato esperado.
body-incomplete = El cuerpo de la solicitud no llegó completo.
