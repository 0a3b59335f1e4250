# Pages : la page presse, la liste des signataires, l’historique, « mes signatures », la confidentialité et le désabonnement.

## La page presse (templates/press/page.html, src/press).

press-title = Presse : { $title }
press-closed = depuis le { $date } : elle n’accepte plus de signatures, et ses chiffres sont définitifs.
press-contact = Contact presse :
press-figures = Chiffres
press-count-html = <strong id="figure-individuals">{ $people }</strong> { $people ->
        [one] signataire individuel
       *[other] signataires individuels
    } et <strong id="figure-organisations">{ $organisations }</strong> { $organisations ->
        [one] organisation signataire
       *[other] organisations signataires
    }.
# $clauses : les propositions ci-dessous, jointes par « ; ».
press-basis = Sur quoi reposent ces chiffres : { $clauses }. Chaque personne n’est comptée qu’une fois : une inscription qui ressemble à une autre déjà présente dans la liste attend la vérification d’un modérateur avant d’être comptée.
press-basis-confirmed-all = { $n ->
        [one] la seule personne inscrite a confirmé sa signature par courriel
       *[other] les { $n } personnes ont toutes confirmé leur signature par courriel
    }
press-basis-imported-all = { $n ->
        [one] la seule personne inscrite a été ajoutée par les organisateurs à partir de leur propre liste
       *[other] les { $n } personnes ont toutes été ajoutées par les organisateurs à partir de leur propre liste
    }
press-basis-confirmed-imported = { $n ->
        [one] { $n } personne a confirmé sa signature
       *[other] { $n } personnes ont confirmé leur signature
    } par courriel et { $m } { $m ->
        [one] a été ajoutée
       *[other] ont été ajoutées
    } par les organisateurs à partir de leur propre liste
# $list : le nom de chaque institution et son nombre, par ex. « NHS 150, universités 62 ».
press-basis-institutional = { $n } depuis une adresse institutionnelle : { $list }
press-universities = universités
press-basis-orcid = { $n } avec un iD ORCID vérifié
press-basis-moderated = { $n ->
        [one] { $n } personne vérifiée
       *[other] { $n } personnes vérifiées
    } par un modérateur
press-basis-organisations-all-moderated = { $n ->
        [one] { $n } organisation, vérifiée par un modérateur
       *[other] { $n } organisations, chacune vérifiée par un modérateur
    }
press-basis-organisations-moderated = { $n } { $n ->
        [one] organisation
       *[other] organisations
    }, dont { $m } { $m ->
        [one] vérifiée
       *[other] vérifiées
    } par un modérateur
press-last-updated = Dernière mise à jour :
press-as-of = { $date } à { $time } UTC
press-by-profession = Signataires individuels par profession
# La catégorie des professionnels qui ne correspondent à aucune des catégories de la lettre.
press-category-other = Autres
press-table-caption = Les mêmes chiffres sous forme de tableau
press-col-profession = Profession
press-col-signatories = Signataires
press-over-time = Évolution des signatures
press-over-time-range = Du { $first } au { $last } :
press-over-time-totals = { $total ->
        [one] { $total } signature publiée
       *[other] { $total } signatures publiées
    } au total, au plus { $busiest } en une journée.
press-over-time-legend = Barres : chaque jour ; ligne : le total cumulé.
press-days-caption = Signatures publiées chaque jour, et total cumulé
press-col-day = Jour
press-col-signatures = Signatures
press-col-running = Total cumulé
press-downloads = Téléchargements
press-downloads-intro = La liste publique : noms, titres, organisations et dates, dans l’ordre de publication, avec ce qui atteste chaque inscription (le domaine depuis lequel elle a été confirmée, son iD ORCID, si un modérateur l’a vérifiée). Jamais aucune adresse électronique.
press-download-pdf = La lettre et ses signataires (PDF)
press-download-xlsx = Tableur (XLSX)
press-download-figures = Ces chiffres (JSON)
press-live-count = Compteur en direct pour votre page :
# Entre les deux extraits de code : l’adresse de count.json, et l’iframe.
press-or-embed = , ou intégrez

## La liste des signataires (templates/letter/signatories.html).

list-title = Signataires : { $title }
list-heading = Signataires
# L’intitulé des onglets entre personnes et organisations.
list-who-signed = Qui a signé
list-tab-people = Personnes ({ $n })
list-tab-organisations = Organisations ({ $n })
list-search-label = Rechercher par nom ou par titre
list-search-button = Rechercher
list-empty = Personne ne figure encore sur cette liste.
# $q : ce que le lecteur a recherché.
list-no-match = Aucun signataire ne correspond à « { $q } ».
# L’intitulé des liens vers les pages précédente et suivante de la liste.
list-pages = Pages
list-previous = Précédente
list-next = Suivante

## Le compteur que d’autres sites intègrent (templates/letter/embed.html).

embed-count-html = <strong>{ $people }</strong> { $people ->
        [one] personne
       *[other] personnes
    } et <strong>{ $organisations }</strong> { $organisations ->
        [one] organisation
       *[other] organisations
    }
# $counts : embed-count-html ; $title : le titre de la lettre (tous deux déjà balisés).
embed-signed-html = { $counts } ont signé « { $title } ».
embed-read-and-sign = Lire et signer la lettre

## L’historique du texte d’une lettre (templates/letter/history.html).

history-title = Historique de « { $title } »
history-heading = Historique du texte
# Après le titre de la lettre, entre guillemets.
history-has-had = a connu { $n } { $n ->
        [one] version
       *[other] versions
    }.
history-intro = Chaque signature garde la trace de la version sur laquelle elle a été apposée. Les corrections de fautes de frappe qui n’en changent pas le sens sont faites sans créer de nouvelle version.
history-version = Version { $version }
# Avant la date de publication d’une version.
history-from = À partir du
history-changed-from = Ce qui a changé par rapport à la version { $version } :
history-removed = supprimé
history-added = ajouté
history-first = Le texte initial :

## Signer une nouvelle version d’une lettre (templates/letter/reconfirm.html).

reconfirm-title = Version { $version } de « { $title } »
reconfirm-done = Merci
reconfirm-done-text = Votre signature de « { $title } » est désormais inscrite sous la version { $version } du texte.
reconfirm-already = Déjà signée
reconfirm-already-text = Votre signature de « { $title } » est déjà inscrite sous la version { $version } du texte.
reconfirm-sign = Signer la version { $version }
reconfirm-you-signed = Vous avez signé la version { $version } de « { $title } ».
reconfirm-changed = Son texte a changé.
# $note : la note des organisateurs sur ce qui a changé, dans la langue de la lettre.
reconfirm-changed-note = Son texte a changé : { $note }.
reconfirm-every-change = Toutes les modifications, mot à mot
reconfirm-letter-now = La lettre dans sa version actuelle
reconfirm-do-nothing = Si vous ne faites rien, votre signature reste inscrite sous la version { $version }.

## Ne plus recevoir de nouvelles d’une lettre (templates/updates/unsubscribe.html).

unsub-title = Nouvelles de « { $title } »
unsub-done = Vous ne recevrez plus de nouvelles
unsub-done-text = Vous ne recevrez plus de nouvelles de « { $title } ». Votre signature reste inchangée.
unsub-stop = Ne plus recevoir de nouvelles de cette lettre
unsub-stop-text = Vous avez demandé à recevoir des nouvelles de « { $title } » lorsque vous l’avez signée. Appuyez sur le bouton et nous ne vous en enverrons plus ; votre signature reste inchangée.
unsub-none = Aucune nouvelle
unsub-none-text = Vous ne recevez pas de nouvelles de « { $title } ». Votre signature reste inchangée.

## Les signatures d’un signataire : demander la liste, corriger, télécharger (templates/my).

# Avant un lien vers la page de confidentialité.
my-privacy = Ce que nous conservons et pendant combien de temps :
my-privacy-link = confidentialité
my-request-intro = Saisissez l’adresse avec laquelle vous avez signé. Nous lui enverrons la liste des lettres qu’elle a signées ici, chacune avec des liens pour confirmer votre signature, corriger vos informations publiées, ou retirer votre signature et effacer ces informations, ainsi qu’un lien pour télécharger tout ce que nous conservons à votre sujet.
my-request-email-hint = L’adresse avec laquelle vous avez signé.
my-request-button = M’envoyer mes signatures par courriel
my-sent-text = Si cette adresse a signé des lettres ici, un courriel qui les énumère, avec vos liens, est en route. Rien d’autre n’est envoyé, et rien ne change tant que vous n’appuyez pas sur un bouton d’une page ouverte par l’un de ces liens.
my-sent-none = Aucun message au bout de quelques minutes ? Regardez dans votre dossier de courriers indésirables. Nous n’envoyons pas plus de quelques courriels par jour à une même adresse.
my-correct-title = Corriger vos informations
# Avant le titre de la lettre, entre guillemets.
my-correct-your-signature = Votre signature de
my-correct-moderated = Un modérateur vérifie les informations corrigées avant leur publication ; d’ici là, votre inscription n’est pas affichée.
my-correct-at-once = Les informations corrigées sont publiées immédiatement.
my-correct-name-hint = Tel que vous souhaitez qu’il soit publié.
my-correct-orcid-hint = Affiché sous forme de lien à côté de votre nom ; affiché comme vérifié uniquement s’il s’agit de l’iD dont vous avez prouvé qu’il est le vôtre avec ORCID.
my-correct-show-domain = Indiquer que j’ai confirmé depuis mon adresse professionnelle (son domaine uniquement, s’il s’agit de celui d’une université ou d’une institution citée par cette lettre).
my-correct-button = Enregistrer la correction
my-corrected-title = Informations corrigées
my-corrected-heading = Vos informations sont corrigées
my-corrected-published = Votre inscription corrigée sur « { $title } » est publiée.
my-corrected-moderated = Un modérateur vérifie les informations corrigées de votre signature de « { $title } ». Votre inscription réapparaîtra une fois vérifiée.
my-data-title = Vos données
my-data-heading = Tout ce que nous conservons à votre sujet
my-data-intro = Un fichier JSON contenant, pour { $n ->
        [one] votre signature
       *[other] vos { $n } signatures
    } sur ce site : les informations que vous avez fournies, les dates, ce que les modérateurs en ont fait, et les courriels que nous vous avons envoyés.
my-data-button = Télécharger mes données

## La notice de confidentialité (templates/privacy.html).

# Une durée dans sa plus grande unité entière ; $unit vaut day, hour, minute ou second.
privacy-duration = { $unit ->
        [day] { $n ->
            [one] { $n } jour
           *[other] { $n } jours
        }
        [hour] { $n ->
            [one] { $n } heure
           *[other] { $n } heures
        }
        [minute] { $n ->
            [one] { $n } minute
           *[other] { $n } minutes
        }
       *[second] { $n ->
            [one] { $n } seconde
           *[other] { $n } secondes
        }
    }
privacy-heading = Confidentialité : ce que nous conservons, pourquoi, et pendant combien de temps
privacy-who = Qui conserve vos données
# Suivi de l’adresse de contact de l’opérateur.
privacy-run-by-operator = Ce service est exploité par son opérateur, qui répond aux questions concernant vos données :
privacy-run-by-organisers = Ce service est exploité par les organisateurs des lettres ci-dessous.
# Après le titre d’une lettre, avant l’adresse électronique de ses organisateurs.
privacy-organisers-reachable = organisateurs joignables à l’adresse
privacy-what = Ce que nous conservons lorsque vous signez
privacy-what-name-html = <strong>Votre nom, votre titre et votre organisation</strong>, pour les publier sur la lettre comme vous l’avez demandé. Si vous choisissez de ne pas afficher votre nom, seuls la mention « Anonyme » et votre titre sont publiés ; votre nom reste visible des seuls modérateurs de la lettre. Pour une organisation, son nom et son site web sont publiés ; le nom et la fonction de la personne qui signe ne sont visibles que par les modérateurs.
privacy-what-email-html = <strong>Votre adresse électronique</strong>, jamais publiée : pour confirmer que la signature est bien la vôtre, pour nous assurer que chaque personne ne signe qu’une fois, et pour vous envoyer les liens permettant de la corriger ou de la retirer.
privacy-what-network-html = <strong>Un hachage à clé de votre adresse réseau</strong> : votre adresse IP elle-même n’est jamais enregistrée. Ce hachage nous permet de repérer de nombreuses signatures provenant d’un même réseau, ce qui trahit les afflux de faux noms.
privacy-what-orcid-html = <strong>Votre iD ORCID</strong>, si vous en indiquez un : publié sous forme de lien à côté de votre nom (jamais pour un signataire anonyme), et marqué comme vérifié si vous avez prouvé qu’il est le vôtre en vous connectant avec ORCID.
privacy-what-domain-html = <strong>Le domaine depuis lequel vous avez confirmé</strong> (par ex. « nhs.net », jamais l’adresse), si vous nous demandez de l’afficher et qu’il s’agit de celui d’une université ou d’une institution citée par la lettre : publié à côté de votre nom.
privacy-what-news-html = <strong>Votre consentement à recevoir des nouvelles</strong>, si vous cochez « M’envoyer par courriel des nouvelles de cette lettre » : la version du texte auquel vous avez consenti, et sa date. Seule une signature confirmée est prise en compte, et seule une signature confirmée reçoit des nouvelles : au plus deux courriels par mois, chacun avec un lien qui permet de les arrêter en un clic, sans avoir à se connecter. Les arrêter efface le consentement ; rien n’en est conservé.
privacy-what-language-html = <strong>La langue dans laquelle vous avez signé</strong>, si ce n’est pas l’anglais : vos courriels sont rédigés dans cette langue. Elle est effacée avec votre adresse.
privacy-what-dates-html = <strong>Les dates</strong> de votre signature, de sa confirmation et de sa publication, et ce que les modérateurs ont fait de votre inscription (le journal d’audit).
privacy-cookies = La signature ne dépose aucun cookie, sauf, si vous utilisez « Se connecter avec ORCID », un cookie qui conserve l’état de la connexion pendant dix minutes. Nous ne conservons aucune adresse électronique des envois interceptés par nos pièges à robots.
privacy-how-long = Pendant combien de temps
privacy-unconfirmed = Une signature jamais confirmée est effacée { $unconfirmed } après son envoi (le lien de confirmation fonctionne pendant { $links }).
privacy-retention = { $retention } après la clôture d’une lettre, l’adresse électronique, le hachage réseau et le consentement aux nouvelles de chaque signataire sont effacés, de même que tout ce qui concerne les inscriptions qui n’ont jamais été publiées, et tout ce qu’une inscription publiée contenait sans jamais avoir été affiché (le nom et l’iD d’un signataire anonyme ; le nom et la fonction de la personne qui a signé au nom d’une organisation), ainsi que les informations que le journal d’audit en avait conservées. Les inscriptions restent telles qu’elles ont été publiées : elles sont la lettre.
privacy-mail-log = Le registre des courriels que nous avons envoyés (quand, de quel type ; jamais leur contenu) est conservé pendant { $kept }, afin qu’aucune adresse ne reçoive de notre part plus de { $cap } { $cap ->
        [one] courriel
       *[other] courriels
    } par jour.
privacy-withdraw = Vous pouvez retirer votre signature à tout moment. Le retrait efface votre nom, votre titre, votre organisation, votre adresse électronique, votre hachage réseau et votre consentement aux nouvelles, les informations que le journal d’audit avait conservées de votre inscription, ainsi que les courriels que nous vous avons envoyés. Seul subsiste le simple fait qu’une signature a existé, avec ses dates, afin que les chiffres de la lettre au fil du temps restent exacts.
privacy-what-you-can-do = Ce que vous pouvez faire
privacy-my-html = Sur la page <a href="/my">vos signatures</a>, saisissez votre adresse : nous vous enverrons par courriel la liste des lettres qu’elle a signées ici, avec des liens pour confirmer, corriger vos informations publiées, retirer votre signature et effacer ces informations, et télécharger tout ce que nous conservons à votre sujet.
privacy-from-operator = Informations de l’opérateur
