# La page d’une lettre, ses formulaires, la confirmation et le retrait, et la liste publiée.

count-people = { $n ->
        [one] { $n } personne
       *[other] { $n } personnes
    }
count-signed-html = <strong>{ $people }</strong> { $people ->
        [one] personne
       *[other] personnes
    } et <strong>{ $organisations }</strong> { $organisations ->
        [one] organisation
       *[other] organisations
    } ont signé.
count-signed = { $people } { $people ->
        [one] personne
       *[other] personnes
    } et { $organisations } { $organisations ->
        [one] organisation
       *[other] organisations
    } ont signé.
meta-description = { $people } { $people ->
        [one] personne
       *[other] personnes
    } et { $organisations } { $organisations ->
        [one] organisation
       *[other] organisations
    } ont signé cette lettre ouverte.
meta-share = { $people } { $people ->
        [one] personne
       *[other] personnes
    } et { $organisations } { $organisations ->
        [one] organisation
       *[other] organisations
    } ont signé. Ajoutez votre nom.
progress = { $signed } sur les { $target } signatures visées.
error-prefix = Erreur :
updates-feed-title = Actualités
published-on = Publié
version-of-text = version { $version } du texte
version-of-text-start = Version { $version } du texte
what-changed = ce qui a changé
see-everyone = Voir toutes les personnes qui ont signé
press-information = Informations pour la presse
translation-notice = Ceci est une traduction. Le texte en { $language } fait foi :
translation-read-original = le lire
translations-available = Cette lettre dans d’autres langues :

sign-heading = Ajoutez votre nom
sign-intro = Nous vous enverrons par courriel un lien de confirmation. Votre adresse électronique n’est jamais publiée
sign-intro-privacy = ce que nous conservons et pendant combien de temps
sign-moderated = Chaque signature est vérifiée par un modérateur avant d’apparaître.
sign-as-individual = Signer à titre individuel
sign-as-organisation = Signer au nom d’une organisation
organisations-checked = Les organisations sont toujours vérifiées par un modérateur avant d’apparaître.
trap-label = Laissez ce champ vide
optional = (facultatif)
field-name = Votre nom
field-name-hint = Tel que vous souhaitez qu’il soit publié, par ex. Dr Jay Watts.
field-title = Votre titre professionnel
field-title-hint = par ex. Psychologue clinicien consultant.
field-organisation = Votre organisation
field-email = Adresse électronique
field-email-hint = Utilisée uniquement pour la confirmation ; jamais publiée.
field-orcid = Votre iD ORCID
field-orcid-hint = par ex. 0000-0002-1825-0097, affiché sous forme de lien à côté de votre nom.
orcid-verified = ORCID a confirmé que cet iD est bien le vôtre : il sera affiché comme vérifié.
orcid-sign-in = Se connecter avec ORCID
orcid-sign-in-why = pour que votre iD soit affiché comme vérifié.
checkbox-public = Afficher mon nom publiquement. Si la case n’est pas cochée, vous figurez comme « Anonyme » avec votre titre.
checkbox-show-domain = Indiquer que j’ai confirmé depuis mon adresse professionnelle : si son domaine est celui d’une université ou d’une institution citée par cette lettre, votre inscription le mentionne (par ex. « confirmé depuis nhs.net »). Seul le domaine est affiché, jamais l’adresse.
news-promise = M’envoyer par courriel des nouvelles de cette lettre : au plus deux courriels par mois (sa remise, la réponse qui y sera apportée), chacun avec un lien permettant de les arrêter en un clic. Mon adresse ne sert à rien d’autre.
news-promise-old = M’envoyer par courriel des nouvelles de cette lettre.
sign-button = Signer la lettre
field-org-name = Nom de l’organisation
field-org-name-hint = Tel qu’il doit être publié.
field-org-website = Site web de l’organisation
field-contact-name-hint = Visible uniquement par les modérateurs.
field-role = Votre fonction
field-work-email = Votre adresse électronique professionnelle
sign-org-button = Signer au nom de l’organisation
closed-heading = Cette lettre est close
closed-text = Elle n’accepte plus de signatures. Merci à toutes celles et à tous ceux qui l’ont signée.
recent-heading = Signatures récentes
fix-one = Veuillez corriger ce point
fix-many = Veuillez corriger ces { $n } points

entry-orcid-verified = (vérifié)
entry-domain-checked = domaine vérifié : { $domain }
entry-confirmed-at = confirmé depuis { $domain }
entry-moderated = vérifié par un modérateur
entry-signed-version = a signé la version { $version } du texte

timeline-heading = Ce qui s’est passé
timeline-read-response = Lire la réponse
timeline-feed = Suivre les actualités (flux Atom)
timeline-delivered = Remise à { $to }
timeline-delivered-how = Remise à { $to } ({ $how })
timeline-response = Réponse de { $from }

check-email-title = Consultez votre messagerie
check-email-sent = Nous vous avons envoyé un lien pour confirmer votre signature de « { $title } ». Ouvrez-le et appuyez sur le bouton de la page qui s’affiche. Votre signature est prise en compte à partir de ce moment.
check-email-none = Aucun message au bout de quelques minutes ? Regardez dans votre dossier de courriers indésirables, ou signez à nouveau avec la même adresse pour recevoir le lien une nouvelle fois.
back-to-letter = Retour à la lettre
read-letter = Lire la lettre

withdraw-title = Retirer votre signature
withdraw-from = Retirer votre signature de « { $title } » :
withdraw-erased = Votre nom, votre titre et votre adresse électronique seront effacés. Cette action est irréversible.
withdraw-button = Retirer ma signature
already-confirmed = Déjà confirmée
already-confirmed-text = Votre signature de « { $title } » est confirmée. Merci.
confirm-title = Confirmer votre signature
confirm-signing-as = Vous signez « { $title } » en tant que :
confirm-also-asked = Vous avez également demandé : « { $words } »
confirm-button = Confirmer ma signature

done-title = Merci
done-confirmed = Merci : votre signature est confirmée
done-published = Votre nom figure désormais sur « { $title } ».
done-moderated = Un modérateur vérifie chaque signature de « { $title } » avant sa publication. La vôtre apparaîtra une fois vérifiée.
done-was-confirmed = Votre signature de « { $title } » était déjà confirmée.
done-withdrawn = Votre signature a été retirée
done-withdrawn-text = Votre nom, votre titre et votre adresse électronique ont été effacés de « { $title } ».

# Erreurs affichées à côté des champs d’un formulaire.
invalid-kind = Choisissez de signer en tant que personne ou en tant qu’organisation.
invalid-required = Ce champ est obligatoire.
invalid-too-long = Veuillez saisir moins de { $n } caractères.
invalid-forbidden = Ce texte contient un caractère invisible ou de contrôle ({ $character }) ; veuillez le ressaisir.
invalid-no-letters = Veuillez utiliser des lettres, et pas seulement des chiffres ou de la ponctuation.
invalid-email-empty = Veuillez saisir votre adresse électronique.
invalid-email = Veuillez saisir une adresse électronique valide, comme nom@example.org.
invalid-orcid-shape = Un iD ORCID comporte 16 caractères, comme 0000-0002-1825-0097.
invalid-orcid-checksum = Cet iD ORCID contient une faute de frappe : son dernier caractère ne correspond pas aux autres.
invalid-website-empty = Veuillez indiquer le site web de l’organisation.
invalid-website = Veuillez indiquer une adresse web comme https://example.org.
invalid-disposable = Cette lettre demande une adresse permanente, pas une adresse jetable.
