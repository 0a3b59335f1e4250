# admin: las páginas de moderación, para moderadores y administradores.

# El marco de cada página de administración.
admin-moderation = Moderación
admin-nav-letters = Cartas
admin-nav-audit = Registro de auditoría
admin-nav-moderators = Moderadores
admin-log-out = Cerrar sesión
admin-role-admin = administrador
admin-role-moderator = moderador

# El inicio de sesión.
admin-login-title = Acceso para moderadores
admin-login-email = Dirección de correo electrónico
admin-login-password = Contraseña
admin-login-button = Iniciar sesión
admin-login-wrong = La dirección de correo electrónico o la contraseña no son correctas.

# Las cartas y sus recuentos.
admin-letters-title = Cartas
admin-col-letter = Carta
admin-col-unverified = Sin confirmar
admin-col-pending = A la espera de moderación
admin-col-published = Publicadas
admin-col-rejected = Rechazadas
admin-col-withdrawn = Retiradas
admin-col-duplicate = Duplicadas
admin-col-open-pairs = Pares de duplicados sin resolver
admin-col-held = Retenidas hasta su revisión
admin-letter-draft = borrador
admin-letter-open = abierta
admin-letter-closed = cerrada

# La cola de una carta.
admin-queue-title = Cola: { $title }
admin-queue-duplicates = Duplicados probables
admin-queue-updates = Novedades
admin-queue-public-page = Página pública
admin-queue-states = Estados
admin-tab-pending = A la espera de moderación
admin-tab-unverified = Sin confirmar
admin-tab-published = Publicadas
admin-tab-rejected = Rechazadas
admin-tab-withdrawn = Retiradas
admin-tab-duplicate = Duplicadas
admin-tab-all = Todas
admin-filter-kind = Tipo
admin-filter-kind-both = Ambos
admin-filter-kind-individuals = Personas
admin-filter-kind-organisations = Organizaciones
admin-filter-flag = Marca
admin-filter-any = Cualquiera
admin-filter-flag-network = Muchas desde una misma red
admin-filter-flag-disposable = Correo desechable
admin-filter-flag-bot = Trampa para bots
admin-filter-search = Buscar
admin-filter-button = Filtrar
admin-queue-matching-html = <strong>{ $n }</strong> { $n ->
        [one] entrada coincidente
       *[other] entradas coincidentes
    }.
admin-queue-empty = No hay nada aquí.
admin-col-select = Seleccionar
admin-col-entry = Entrada
admin-col-details = Detalles
admin-col-actions = Acciones
admin-select-entry = Seleccionar la entrada { $id }
admin-pinned = fijada
admin-held = retenida: probable duplicado
admin-anonymous-real-name = Anónimo; nombre real: { $name }
admin-rejected-because = Rechazada: { $reason }
admin-no-email = (sin correo electrónico)
admin-website = Sitio web: { $website }
admin-signed-by-who = Firmado por { $name }, { $title }
admin-domain-matches = El dominio del correo electrónico coincide con el sitio web
admin-domain-differs = El dominio del correo electrónico no coincide con el sitio web
admin-approve = Aprobar
admin-reject-reason-label = Motivo para rechazar la entrada { $id }
admin-reason-placeholder = Motivo
admin-reject = Rechazar
admin-pin = Fijar
admin-unpin = Dejar de fijar
admin-edit = Editar
admin-selected-entries = Entradas seleccionadas
admin-bulk-reason = Motivo (para rechazar)
admin-approve-selected = Aprobar las seleccionadas
admin-reject-selected = Rechazar las seleccionadas
admin-next-page = Página siguiente
admin-reject-matching-heading = Rechazar todo lo que coincida con este filtro
admin-reject-matching-intro = Para oleadas de spam. La página siguiente muestra cuántas entradas se rechazarían, antes de que cambie nada.
admin-reason = Motivo
admin-reject-matching-count = Contar lo que se rechazaría

# Los estados, tipos y marcas de una entrada, tal como los muestra la cola.
admin-state-unverified = sin confirmar
admin-state-pending = pendiente
admin-state-published = publicada
admin-state-rejected = rechazada
admin-state-withdrawn = retirada
admin-state-duplicate = duplicada
admin-kind-individual = persona
admin-kind-organisation = organización
admin-flag-network = red
admin-flag-disposable = desechable
admin-flag-bot = bot

# Rechazar todo lo que coincide con un filtro.
admin-confirm-rejection = Confirmar el rechazo
admin-reject-count-question = ¿Rechazar { $n } { $n ->
        [one] entrada
       *[other] entradas
    }?
admin-reject-count-text = { $n } { $n ->
        [one] entrada
       *[other] entradas
    } de «{ $title }» { $n ->
        [one] coincide con el filtro y puede rechazarse,
       *[other] coinciden con el filtro y pueden rechazarse,
    }
admin-reject-count-reason = con el motivo «{ $reason }». Todavía no ha cambiado nada.
admin-reject-count-button = Rechazar { $n } { $n ->
        [one] entrada
       *[other] entradas
    }
admin-back-to-queue = Volver a la cola

# Duplicados probables.
admin-duplicates-title = Duplicados: { $title }
admin-duplicates-heading = Duplicados probables
admin-open-pairs = { $n } { $n ->
        [one] par sin resolver
       *[other] pares sin resolver
    }.
admin-no-duplicates = No hay duplicados probables.
admin-pair = Par { $id }
admin-keep-this = Conservar esta
admin-not-duplicate = No es un duplicado

# Corregir una entrada.
admin-edit-title = Editar la entrada { $id }
admin-edit-heading = Editar la entrada #{ $id }
admin-edit-intro = Corrija las erratas de lo que se ha publicado. El original se conserva en el registro de auditoría.
admin-field-signed-by = Firmado por
admin-field-name = Nombre
admin-field-role = Cargo
admin-field-title = Título
admin-field-organisation = Organización
admin-save = Guardar

# El registro de auditoría.
admin-audit-title = Registro de auditoría
admin-audit-moderator = Moderador
admin-audit-anyone = Cualquiera
admin-audit-letter = Carta
admin-col-when = Cuándo (UTC)
admin-col-who = Quién
admin-col-what = Qué
admin-col-before = Antes
admin-col-after = Después
admin-older-entries = Registros anteriores

# Moderadores.
admin-moderators-title = Moderadores
admin-col-email = Correo electrónico
admin-col-role = Rol
admin-col-status = Estado
admin-status-active = activo
admin-status-disabled = desactivado
admin-enable = Activar
admin-disable = Desactivar
admin-new-password-for = Nueva contraseña para { $email }
admin-new-password = Nueva contraseña
admin-reset-password = Restablecer la contraseña
admin-add-moderator = Añadir un moderador
admin-email-address = Dirección de correo electrónico
admin-role = Rol
admin-role-option-moderator = Moderador
admin-role-option-admin = Administrador
admin-password-long = Contraseña (12 caracteres o más)
admin-add = Añadir

# Las novedades de una carta.
admin-updates-title = Novedades: { $title }
admin-updates-heading = Novedades de «{ $title }»
admin-updates-public = Tal como las ve el público
admin-updates-audience = { $n } { $n ->
        [one] firmante ha confirmado su firma y ha pedido recibir novedades.
       *[other] firmantes han confirmado su firma y han pedido recibir novedades.
    }
admin-updates-promise = Se prometió a los firmantes un máximo de { $most } correos al mes: en los últimos 30 días se han enviado { $recent }.
admin-updates-none = Todavía no hay novedades.
admin-col-date = Fecha
admin-col-update = Novedad
admin-col-from = Origen
admin-col-mailed = Enviada por correo
admin-source-file = archivo
admin-source-admin = páginas de administración
admin-mailed-to = { $when } UTC a { $n } { $n ->
        [one] firmante
       *[other] firmantes
    }
admin-mail-progress = { $delivered } { $delivered ->
        [one] entregado
       *[other] entregados
    }, { $waiting } en espera
admin-mail-on-target = todavía no: se enviará sola al alcanzar el objetivo; oculta hasta entonces
admin-not-mailed = no enviada
admin-versions-heading = Versiones del texto
admin-text-version = El texto está en la versión { $version }
admin-text-history = su historial
admin-earlier-signers = { $n } { $n ->
        [one] firmante firmó y confirmó una versión anterior.
       *[other] firmantes firmaron y confirmaron una versión anterior.
    }
admin-reconfirm-asked = Se les pidió que firmaran la versión { $version } el { $when } UTC. Quienes no lo hicieron siguen figurando en la versión que firmaron.
admin-reconfirm-intro = Un correo a cada firmante, una sola vez para esta versión, con un enlace para firmarla y otro para retirar su firma. Quienes no hagan nada seguirán figurando en la versión que firmaron.
admin-reconfirm-button = Pedir a { $n } { $n ->
        [one] firmante que firme
       *[other] firmantes que firmen
    } la versión { $version }
admin-write-update = Escribir una novedad
admin-write-update-intro = Aparece de inmediato en la página de la carta y en su canal. Enviarla por correo a los firmantes es un paso aparte, tras una vista previa.
admin-field-date = Fecha
admin-field-short-name = Nombre corto
admin-field-short-name-hint = Letras minúsculas, cifras y guiones; da nombre a la novedad en su enlace.
admin-field-text = Texto (Markdown)
admin-save-update = Guardar la novedad

# Una novedad, antes y después de enviarla por correo.
admin-update-title = Novedad: { $title }
admin-update-all = Todas las novedades de «{ $title }»
admin-update-tested = Se ha enviado una prueba a { $email }.
admin-update-mailed = Enviada el { $when } UTC a { $n } { $n ->
        [one] firmante
       *[other] firmantes
    }
admin-update-not-mailed = Todavía no se ha enviado. { $n } { $n ->
        [one] firmante ha confirmado su firma y ha pedido recibir novedades: la recibiría.
       *[other] firmantes han confirmado su firma y han pedido recibir novedades: la recibirían.
    }
admin-update-mail = El correo
admin-update-subject = Asunto:
admin-update-as-html = El correo en HTML
admin-update-as-text = En texto sin formato
admin-update-send-test = Enviarme una prueba
admin-update-send = Enviar a { $n } { $n ->
        [one] firmante
       *[other] firmantes
    }

# Errores.
admin-err-refused = Solicitud rechazada
admin-err-refused-text = Se ha rechazado la solicitud: { $why }. Vuelva a cargar la página e inténtelo de nuevo.
admin-err-admins-only = Solo para administradores
admin-err-admins-only-text = Solo un administrador puede hacer esto.
admin-err-too-many = Demasiados intentos
admin-err-too-many-text = Espere { $seconds } { $seconds ->
        [one] segundo
       *[other] segundos
    } antes de volver a intentarlo.
admin-err-busy = Demasiados inicios de sesión a la vez
admin-err-busy-text = Vuelva a intentarlo dentro de un momento.
admin-err-unreadable = No pudimos leer esos datos
admin-err-invalid = No se ha podido realizar

# Por qué se rechazó una solicitud (el { $why } de admin-err-refused-text).
admin-why-stale-token = falta el token de seguridad del formulario o ha caducado
admin-why-no-origin = la solicitud no indicaba su procedencia
admin-why-other-site = la solicitud procedía de otro sitio

# Por qué no se pudo realizar una solicitud.
admin-invalid-field = { $field }: { $error }
admin-invalid-reason-field = Motivo
admin-invalid-update-title = El título
admin-invalid-update-text = El texto
admin-invalid-choose-action = Elija aprobar o rechazar.
admin-invalid-cannot-approve = Solo se pueden aprobar las entradas confirmadas a la espera de moderación, las rechazadas o las marcadas como duplicadas.
admin-invalid-cannot-reject = Esta entrada no se puede rechazar en su estado actual.
admin-invalid-selection = No se ha entendido la selección.
admin-invalid-pair-done = Este par ya se ha resuelto.
admin-invalid-choose-keep = Elija qué entrada conservar.
admin-invalid-pair-changed = Una de estas entradas ha cambiado desde que se detectó el par (retirada, rechazada o fusionada); no se ha cambiado nada.
admin-invalid-choose-role = Elija un rol.
admin-invalid-disable-self = No puede desactivar su propia cuenta.
admin-add-not-email = { $email } no es una dirección de correo electrónico
admin-add-exists = ya existe un moderador con esta dirección de correo electrónico
admin-password-length = La contraseña debe tener entre 12 y 256 caracteres.
admin-password-hash-failed = no se pudo calcular el hash: { $error }
admin-invalid-filter-state = Estado desconocido en el filtro.
admin-invalid-filter-kind = Tipo desconocido en el filtro.
admin-invalid-filter-flag = Marca desconocida en el filtro.
admin-invalid-update-name = Indique una fecha (AAAA-MM-DD) y un nombre corto de letras minúsculas, cifras y guiones.
admin-invalid-update-exists = Esta carta ya tiene una novedad con esta fecha y este nombre.
admin-invalid-reconfirm-done = Ya se pidió a los firmantes de versiones anteriores que firmaran esta versión, o no hay ninguno.
admin-invalid-test-not-sent = No se pudo enviar el correo de prueba: el servidor de correo lo rechazó o no respondió. Vuelva a intentarlo.
admin-refusal-already-sent = «{ $title }» se envió el { $on }; una novedad se envía una sola vez.
admin-refusal-too-soon = Se prometió a los firmantes un máximo de dos correos al mes, y en los últimos 30 días ya se han enviado dos novedades. La siguiente podrá enviarse el { $next }.
