# Administration : les pages de modération, pour les modérateurs et les administrateurs.

# Le cadre de chaque page d’administration.
admin-moderation = Modération
admin-nav-letters = Lettres
admin-nav-audit = Journal d’audit
admin-nav-moderators = Modérateurs
admin-log-out = Se déconnecter
admin-role-admin = administrateur
admin-role-moderator = modérateur

# La connexion.
admin-login-title = Connexion des modérateurs
admin-login-email = Adresse électronique
admin-login-password = Mot de passe
admin-login-button = Se connecter
admin-login-wrong = L’adresse électronique ou le mot de passe est incorrect.

# Les lettres et leurs décomptes.
admin-letters-title = Lettres
admin-col-letter = Lettre
admin-col-unverified = Non confirmées
admin-col-pending = En attente de modération
admin-col-published = Publiées
admin-col-rejected = Rejetées
admin-col-withdrawn = Retirées
admin-col-duplicate = Doublons
admin-col-open-pairs = Paires de doublons en suspens
admin-col-held = Retenues jusqu’à examen
admin-letter-draft = brouillon
admin-letter-open = ouverte
admin-letter-closed = close

# La file d’attente d’une lettre.
admin-queue-title = File d’attente : { $title }
admin-queue-duplicates = Doublons probables
admin-queue-updates = Actualités
admin-queue-public-page = Page publique
admin-queue-states = États
admin-tab-pending = En attente de modération
admin-tab-unverified = Non confirmées
admin-tab-published = Publiées
admin-tab-rejected = Rejetées
admin-tab-withdrawn = Retirées
admin-tab-duplicate = Doublons
admin-tab-all = Toutes
admin-filter-kind = Type
admin-filter-kind-both = Les deux
admin-filter-kind-individuals = Personnes
admin-filter-kind-organisations = Organisations
admin-filter-flag = Indicateur
admin-filter-any = Tous
admin-filter-flag-network = Nombreuses depuis un même réseau
admin-filter-flag-disposable = Adresse jetable
admin-filter-flag-bot = Piège à robots
admin-filter-search = Rechercher
admin-filter-button = Filtrer
admin-queue-matching-html = <strong>{ $n }</strong> { $n ->
        [one] inscription correspondante
       *[other] inscriptions correspondantes
    }.
admin-queue-empty = Rien à afficher.
admin-col-select = Sélection
admin-col-entry = Inscription
admin-col-details = Détails
admin-col-actions = Actions
admin-select-entry = Sélectionner l’inscription { $id }
admin-pinned = épinglée
admin-held = retenue : doublon probable
admin-anonymous-real-name = Anonyme ; nom réel : { $name }
admin-rejected-because = Rejetée : { $reason }
admin-no-email = (aucune adresse électronique)
admin-website = Site web : { $website }
admin-signed-by-who = Signée par { $name }, { $title }
admin-domain-matches = Le domaine de l’adresse électronique correspond au site web
admin-domain-differs = Le domaine de l’adresse électronique ne correspond pas au site web
admin-approve = Approuver
admin-reject-reason-label = Motif du rejet de l’inscription { $id }
admin-reason-placeholder = Motif
admin-reject = Rejeter
admin-pin = Épingler
admin-unpin = Désépingler
admin-edit = Modifier
admin-selected-entries = Inscriptions sélectionnées
admin-bulk-reason = Motif (en cas de rejet)
admin-approve-selected = Approuver la sélection
admin-reject-selected = Rejeter la sélection
admin-next-page = Page suivante
admin-reject-matching-heading = Rejeter tout ce qui correspond à ce filtre
admin-reject-matching-intro = Pour les vagues de spam. La page suivante indique combien d’inscriptions seraient rejetées, avant que quoi que ce soit ne change.
admin-reason = Motif
admin-reject-matching-count = Compter ce qui serait rejeté

# Les états, types et indicateurs d’une inscription, tels que la file d’attente les affiche.
admin-state-unverified = non confirmée
admin-state-pending = en attente
admin-state-published = publiée
admin-state-rejected = rejetée
admin-state-withdrawn = retirée
admin-state-duplicate = doublon
admin-kind-individual = personne
admin-kind-organisation = organisation
admin-flag-network = réseau
admin-flag-disposable = jetable
admin-flag-bot = robot

# Rejeter tout ce qui correspond à un filtre.
admin-confirm-rejection = Confirmer le rejet
admin-reject-count-question = Rejeter { $n } { $n ->
        [one] inscription
       *[other] inscriptions
    } ?
admin-reject-count-text = { $n } { $n ->
        [one] inscription
       *[other] inscriptions
    } de « { $title } » { $n ->
        [one] correspond au filtre et peut être rejetée
       *[other] correspondent au filtre et peuvent être rejetées
    },
admin-reject-count-reason = avec le motif « { $reason } ». Rien n’a encore changé.
admin-reject-count-button = Rejeter { $n } { $n ->
        [one] inscription
       *[other] inscriptions
    }
admin-back-to-queue = Retour à la file d’attente

# Les doublons probables.
admin-duplicates-title = Doublons : { $title }
admin-duplicates-heading = Doublons probables
admin-open-pairs = { $n } { $n ->
        [one] paire en suspens
       *[other] paires en suspens
    }.
admin-no-duplicates = Aucun doublon probable.
admin-pair = Paire { $id }
admin-keep-this = Conserver celle-ci
admin-not-duplicate = Pas un doublon

# Corriger une inscription.
admin-edit-title = Modifier l’inscription { $id }
admin-edit-heading = Modifier l’inscription #{ $id }
admin-edit-intro = Corrigez les fautes de frappe dans ce qui est publié. L’original reste consigné dans le journal d’audit.
admin-field-signed-by = Signée par
admin-field-name = Nom
admin-field-role = Fonction
admin-field-title = Titre
admin-field-organisation = Organisation
admin-save = Enregistrer

# Le journal d’audit.
admin-audit-title = Journal d’audit
admin-audit-moderator = Modérateur
admin-audit-anyone = Tout le monde
admin-audit-letter = Lettre
admin-col-when = Quand (UTC)
admin-col-who = Qui
admin-col-what = Quoi
admin-col-before = Avant
admin-col-after = Après
admin-older-entries = Entrées plus anciennes

# Les modérateurs.
admin-moderators-title = Modérateurs
admin-col-email = Adresse électronique
admin-col-role = Rôle
admin-col-status = Statut
admin-status-active = actif
admin-status-disabled = désactivé
admin-enable = Activer
admin-disable = Désactiver
admin-new-password-for = Nouveau mot de passe pour { $email }
admin-new-password = Nouveau mot de passe
admin-reset-password = Réinitialiser le mot de passe
admin-add-moderator = Ajouter un modérateur
admin-email-address = Adresse électronique
admin-role = Rôle
admin-role-option-moderator = Modérateur
admin-role-option-admin = Administrateur
admin-password-long = Mot de passe (12 caractères ou plus)
admin-add = Ajouter

# Les actualités d’une lettre.
admin-updates-title = Actualités : { $title }
admin-updates-heading = Actualités de « { $title } »
admin-updates-public = Telles que le public les voit
admin-updates-audience = { $n } { $n ->
        [one] signataire confirmé a
       *[other] signataires confirmés ont
    } demandé à recevoir des nouvelles.
admin-updates-promise = Il a été promis aux signataires au plus { $most } { $most ->
        [one] courriel
       *[other] courriels
    } par mois : { $recent } { $recent ->
        [one] est parti
       *[other] sont partis
    } au cours des 30 derniers jours.
admin-updates-none = Aucune actualité pour l’instant.
admin-col-date = Date
admin-col-update = Actualité
admin-col-from = Origine
admin-col-mailed = Envoi
admin-source-file = fichier
admin-source-admin = pages d’administration
admin-mailed-to = { $when } UTC, à { $n } { $n ->
        [one] signataire
       *[other] signataires
    }
admin-mail-progress = { $delivered } remis, { $waiting } en attente
admin-mail-on-target = pas encore : partira d’elle-même à la date prévue, masquée d’ici là
admin-not-mailed = non envoyée
admin-versions-heading = Versions du texte
admin-text-version = Le texte en est à la version { $version }
admin-text-history = son historique
admin-earlier-signers = { $n } { $n ->
        [one] signataire confirmé a
       *[other] signataires confirmés ont
    } signé une version antérieure.
admin-reconfirm-asked = Il leur a été demandé le { $when } UTC de signer la version { $version }. Celles et ceux qui ne l’ont pas fait restent inscrits sous leur version.
admin-reconfirm-intro = Un seul courriel par personne, envoyé une seule fois pour cette version, avec un lien pour la signer et un lien pour retirer sa signature. Celles et ceux qui ne font rien restent inscrits sous la version qu’ils ont signée.
admin-reconfirm-button = Demander à { $n } { $n ->
        [one] signataire
       *[other] signataires
    } de signer la version { $version }
admin-write-update = Rédiger une actualité
admin-write-update-intro = Elle apparaît aussitôt sur la page de la lettre et dans son flux. L’envoyer par courriel aux signataires est une étape distincte, qui suit un aperçu.
admin-field-date = Date
admin-field-short-name = Nom court
admin-field-short-name-hint = Lettres minuscules, chiffres et traits d’union ; il désigne l’actualité dans son lien.
admin-field-text = Texte (Markdown)
admin-save-update = Enregistrer l’actualité

# Une actualité, avant et après son envoi par courriel.
admin-update-title = Actualité : { $title }
admin-update-all = Toutes les actualités de « { $title } »
admin-update-tested = Un test a été envoyé à { $email }.
admin-update-mailed = Envoyée le { $when } UTC à { $n } { $n ->
        [one] signataire
       *[other] signataires
    }
admin-update-not-mailed = Pas encore envoyée. { $n } { $n ->
        [one] signataire confirmé a demandé à recevoir des nouvelles et la recevrait.
       *[other] signataires confirmés ont demandé à recevoir des nouvelles et la recevraient.
    }
admin-update-mail = Le courriel
admin-update-subject = Objet :
admin-update-as-html = Le courriel en HTML
admin-update-as-text = En texte brut
admin-update-send-test = M’envoyer un test
admin-update-send = Envoyer à { $n } { $n ->
        [one] signataire
       *[other] signataires
    }

# Erreurs.
admin-err-refused = Demande refusée
admin-err-refused-text = La demande a été refusée : { $why }. Rechargez la page et réessayez.
admin-err-admins-only = Réservé aux administrateurs
admin-err-admins-only-text = Seul un administrateur peut effectuer cette action.
admin-err-too-many = Trop de tentatives
admin-err-too-many-text = Veuillez patienter { $seconds } { $seconds ->
        [one] seconde
       *[other] secondes
    } avant de réessayer.
admin-err-busy = Trop de connexions simultanées
admin-err-busy-text = Veuillez réessayer dans un instant.
admin-err-unreadable = Nous n’avons pas pu lire ces données
admin-err-invalid = Cela n’a pas fonctionné

# Pourquoi une demande a été refusée (le { $why } de admin-err-refused-text).
admin-why-stale-token = le jeton de sécurité du formulaire est absent ou périmé
admin-why-no-origin = la demande n’indiquait pas sa provenance
admin-why-other-site = la demande provenait d’un autre site

# Pourquoi une demande n’a pas pu aboutir.
admin-invalid-field = { $field } : { $error }
admin-invalid-reason-field = Motif
admin-invalid-update-title = Le titre
admin-invalid-update-text = Le texte
admin-invalid-choose-action = Choisissez d’approuver ou de rejeter.
admin-invalid-cannot-approve = Seules les inscriptions confirmées en attente de modération, rejetées ou marquées comme doublons peuvent être approuvées.
admin-invalid-cannot-reject = Cette inscription ne peut pas être rejetée dans son état actuel.
admin-invalid-selection = La sélection n’a pas été comprise.
admin-invalid-pair-done = Cette paire a déjà été traitée.
admin-invalid-choose-keep = Choisissez l’inscription à conserver.
admin-invalid-pair-changed = L’une de ces inscriptions a changé depuis la détection de la paire (retirée, rejetée ou fusionnée) ; rien n’a été modifié.
admin-invalid-choose-role = Choisissez un rôle.
admin-invalid-disable-self = Vous ne pouvez pas désactiver votre propre compte.
admin-add-not-email = { $email } n’est pas une adresse électronique
admin-add-exists = un modérateur avec cette adresse électronique existe déjà
admin-password-length = Le mot de passe doit comporter entre 12 et 256 caractères.
admin-password-hash-failed = échec du hachage : { $error }
admin-invalid-filter-state = État inconnu dans le filtre.
admin-invalid-filter-kind = Type inconnu dans le filtre.
admin-invalid-filter-flag = Indicateur inconnu dans le filtre.
admin-invalid-update-name = Indiquez une date (AAAA-MM-JJ) et un nom court composé de lettres minuscules, de chiffres et de traits d’union.
admin-invalid-update-exists = Cette lettre a déjà une actualité avec cette date et ce nom.
admin-invalid-reconfirm-done = Les signataires des versions antérieures ont déjà été sollicités pour cette version, ou il n’y en a aucun.
admin-invalid-test-not-sent = Le courriel de test n’a pas pu être envoyé : le serveur de messagerie l’a refusé ou n’a pas répondu. Réessayez.
admin-refusal-already-sent = « { $title } » a été envoyée le { $on } ; une actualité n’est envoyée qu’une seule fois.
admin-refusal-too-soon = Il a été promis aux signataires au plus deux courriels par mois, et deux actualités sont parties au cours des 30 derniers jours. La prochaine pourra partir le { $next }.
