# Courriels aux signataires : l’objet, le texte brut et le HTML partagent ces messages.

mail-also-asked = Vous avez également demandé : « { $words } »
mail-read-letter = Lire la lettre
mail-the-letter = La lettre : { $url }
mail-footer-my = Vos signatures ici :
mail-footer-my-text = Vos signatures ici, et tout ce que nous conservons à votre sujet :
mail-footer-privacy = Ce que nous conservons et pendant combien de temps
mail-footer-privacy-text = Ce que nous conservons et pendant combien de temps :

verify-subject = Confirmez votre signature de « { $title } »
verify-intro = Quelqu’un (vous, nous l’espérons) a utilisé cette adresse pour signer la lettre ouverte « { $title } » en tant que :
verify-intro-org = Quelqu’un (vous, nous l’espérons) a utilisé cette adresse pour signer la lettre ouverte « { $title } » au nom de { $organisation }.
verify-open-link = Pour confirmer, ouvrez ce lien et appuyez sur le bouton de la page :
verify-button = Confirmer ma signature
verify-not-you = Si ce n’était pas vous, ignorez ce message : rien n’est publié sans confirmation. Le lien fonctionne jusqu’au { $expires }.
verify-withdraw-later = Pour retirer ultérieurement votre signature et effacer vos données :
verify-withdraw = retirer

already-subject = Vous avez déjà signé « { $title } »
already-intro = Quelqu’un (vous, nous l’espérons) a tenté de signer la lettre ouverte « { $title } » avec cette adresse. Cette adresse l’a déjà signée ; rien n’a donc changé.
already-withdraw = Si vous souhaitez retirer votre signature et effacer vos données, ouvrez ce lien et appuyez sur le bouton de la page (il fonctionne jusqu’au { $expires }) :
already-withdraw-html = Si vous souhaitez retirer votre signature et effacer vos données, ouvrez la page de retrait (elle fonctionne jusqu’au { $expires }) :
already-withdraw-link = ouvrir la page de retrait

news-intro = Des nouvelles de la lettre ouverte « { $title } », que vous avez signée.
news-online = En ligne : { $url }
news-read-online = Lire en ligne
news-why = Vous recevez ce message parce que, en signant, vous avez demandé à recevoir des nouvelles de cette lettre (au plus deux courriels par mois). Pour ne plus les recevoir, ouvrez ce lien et appuyez sur le bouton ; aucune connexion n’est nécessaire :
news-why-short = Vous recevez ce message parce que, en signant, vous avez demandé à recevoir des nouvelles de cette lettre (au plus deux courriels par mois).
news-stop = Ne plus recevoir de nouvelles de cette lettre
news-stop-how = en un clic, sans connexion.

reconfirm-subject = « { $title } » a une nouvelle version : la signerez-vous ?
reconfirm-intro = Vous avez signé la lettre ouverte « { $title } ». Ses organisateurs en ont modifié le texte : voici la version { $version }.
reconfirm-note = Ce qui a changé, selon leurs propres mots : { $note }
reconfirm-history = Toutes les modifications, mot à mot
reconfirm-stays = Votre signature reste inscrite sous la version que vous avez signée. Si vous approuvez le nouveau texte, ouvrez ce lien et appuyez sur le bouton (il fonctionne jusqu’au { $expires }) :
reconfirm-stays-short = Votre signature reste inscrite sous la version que vous avez signée. Si vous approuvez le nouveau texte, signez la nouvelle version (le lien fonctionne jusqu’au { $expires }) :
reconfirm-withdraw = Si vous ne souhaitez plus du tout signer, ce lien retire votre signature et efface vos données :
reconfirm-withdraw-link = Retirer votre signature
reconfirm-only = C’est le seul message que nous vous enverrons au sujet de cette version.

signed-subject = { $n ->
        [one] La lettre ouverte que vous avez signée
       *[other] Les lettres ouvertes que vous avez signées ({ $n })
    }
signed-title = Les lettres ouvertes que vous avez signées
signed-intro = Quelqu’un (vous, nous l’espérons) a demandé quelles lettres ouvertes cette adresse a signées ici.
signed-confirm = Confirmer votre signature
signed-correct = Corriger vos informations
signed-withdraw = Retirer votre signature et effacer vos données
signed-data = Télécharger tout ce que nous conservons à votre sujet (un fichier JSON)
signed-data-text = Tout ce que nous conservons à votre sujet, sous forme de fichier : { $url }
signed-how = Chaque lien ouvre une page comportant un seul bouton ; rien ne se passe tant que vous n’appuyez pas dessus. Les liens fonctionnent jusqu’au { $expires }. Si vous n’avez rien demandé, ignorez ce message : rien ne change.
signed-status-unverified = pas encore confirmée
signed-status-pending = confirmée, en attente d’un modérateur
signed-status-held = confirmée, en attente d’un modérateur : elle ressemble à une autre inscription
signed-status-published = publiée
signed-status-duplicate = non publiée : elle figure une seule fois, sous une autre inscription
signed-status-not-published = non publiée
signed-status-closed = { $status } ; la lettre est close
