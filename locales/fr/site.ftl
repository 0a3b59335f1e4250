# Le cadre de chaque page, la page d’accueil et les pages d’erreur.
# Les messages dont l’identifiant se termine par -html peuvent contenir du balisage ; leurs arguments sont des nombres.

site-name = Undersigned
skip-to-content = Aller au contenu
footer-promise = Votre adresse électronique n’est jamais publiée. Elle sert uniquement à confirmer votre signature.
footer-privacy = Confidentialité
footer-my = Vos signatures
language-switch = Langue

home-title = Lettres ouvertes
home-none = Il n’y a pas encore de lettre ouverte.
home-counts = { $people ->
        [one] { $people } signataire
       *[other] { $people } signataires
    }, { $organisations ->
        [one] { $organisations } organisation
       *[other] { $organisations } organisations
    }

error-back = Retour aux lettres
err-not-found = Page introuvable
err-not-found-text = Il n’y a aucune page à cette adresse.
err-try-again = Veuillez réessayer dans un instant
err-unavailable-text = Le service est momentanément indisponible. Rien de ce que vous avez envoyé n’a été perdu ni enregistré ; veuillez le renvoyer dans quelques secondes.
err-internal = Une erreur s’est produite
err-internal-text = L’erreur vient de chez nous et a été consignée. Veuillez réessayer dans quelques instants.
err-closed-text = Cette lettre n’accepte plus de signatures. Merci de votre soutien.
err-unsubscribe = Ce lien ne correspond à aucun abonnement
err-unsubscribe-text = Il est peut-être tronqué ou mal recopié. Si la signature à laquelle il se rapportait a été retirée, plus aucun message n’y est envoyé de toute façon. Vos signatures ici et ce que nous conservons : /my.
err-link = Ce lien ne fonctionne plus
err-link-text = Il a peut-être déjà été utilisé, ou il a expiré. Signez à nouveau avec la même adresse pour recevoir un nouveau lien.
err-orcid-refused = ORCID n’a pas accepté cette connexion
err-orcid-refused-text = Elle a peut-être déjà été utilisée (page rechargée), ou elle a pris trop de temps. Revenez à la lettre et connectez-vous de nouveau avec ORCID, ou saisissez plutôt votre iD.
err-orcid-down = ORCID n’a pas répondu
err-orcid-down-text = Nous n’avons pas pu joindre ORCID pour vérifier votre iD. Veuillez réessayer dans un instant, ou saisissez plutôt votre iD.
err-unreadable = Nous n’avons pas pu lire ces données
err-wait = Veuillez patienter un instant
err-too-many-signatures = De nombreuses signatures ont été envoyées depuis votre réseau ces dernières minutes (cela peut arriver sur le réseau d’un hôpital ou d’une université). Veuillez réessayer dans environ { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
err-too-many-reads = De nombreuses recherches ou de nombreux téléchargements ont été effectués depuis votre réseau ces dernières minutes. Veuillez réessayer dans environ { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
err-busy-text = De nombreux téléchargements sont en cours de préparation. Veuillez réessayer dans quelques secondes.

# La carte de partage et le PDF.
card-kicker = UNE LETTRE OUVERTE
card-people = { $n ->
        [one] personne a signé
       *[other] personnes ont signé
    }
card-organisations = { $n ->
        [one] { $n } organisation
       *[other] { $n } organisations
    }
card-aim = sur { $target } visées
pdf-footer = { $source } · exporté le { $time }
pdf-figures = Chiffres
pdf-counts = { $people ->
        [one] { $people } signataire individuel
       *[other] { $people } signataires individuels
    } et { $organisations ->
        [one] { $organisations } organisation signataire
       *[other] { $organisations } organisations signataires
    }
pdf-at = { $counts } au { $time }.
pdf-basis = Sur quoi reposent ces chiffres : { $basis }.
pdf-signatories = Signataires
pdf-organisations = Organisations signataires
pdf-signed-version = { $entry } (a signé la version { $version })
body-too-large = Le formulaire était bien plus grand qu’aucune signature ne peut l’être.
body-content-type = La requête n’a pas été envoyée comme formulaire ni en JSON, comme attendu.
body-encoding = La requête contenait du texte qui n’est pas de l’UTF-8 valide.
body-malformed = La requête n’était pas au format attendu.
body-incomplete = Le corps de la requête n’est pas arrivé en entier.
