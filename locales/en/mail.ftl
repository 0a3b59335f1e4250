# Mails to signers: subject, plain text and HTML share these messages.

mail-also-asked = You also asked: “{ $words }”
mail-read-letter = Read the letter
mail-the-letter = The letter: { $url }
mail-footer-my = Your signatures here:
mail-footer-my-text = Your signatures here, and everything we keep about you:
mail-footer-privacy = What we keep and for how long
mail-footer-privacy-text = What we keep and for how long:

verify-subject = Confirm your signature on “{ $title }”
verify-intro = Someone, we hope you, used this address to sign the open letter “{ $title }” as:
verify-intro-org = Someone, we hope you, used this address to sign the open letter “{ $title }” on behalf of { $organisation }.
verify-open-link = To confirm, open this link and press the button on the page:
verify-button = Confirm my signature
verify-not-you = If this was not you, ignore this mail: nothing is published without confirmation. The link works until { $expires }.
verify-withdraw-later = To withdraw your signature later and erase your details:
verify-withdraw = withdraw

already-subject = You have already signed “{ $title }”
already-intro = Someone, we hope you, tried to sign the open letter “{ $title }” with this address. This address has already signed it, so nothing has changed.
already-withdraw = If you want to withdraw your signature and erase your details, open this link and press the button on the page (it works until { $expires }):
already-withdraw-html = If you want to withdraw your signature and erase your details, open the withdrawal page (it works until { $expires }):
already-withdraw-link = open the withdrawal page

news-intro = News about the open letter “{ $title }”, which you signed.
news-online = Online: { $url }
news-read-online = Read it online
news-why = You get this because you asked for news about this letter when you signed (at most two emails a month). To stop them, open this link and press the button; no login needed:
news-why-short = You get this because you asked for news about this letter when you signed (at most two emails a month).
news-stop = Stop news about this letter
news-stop-how = one click, no login.

reconfirm-subject = “{ $title }” has a new version: will you sign it?
reconfirm-intro = You signed the open letter “{ $title }”. Its organisers have changed its text: this is version { $version }.
reconfirm-note = What changed, in their words: { $note }
reconfirm-history = Every change, word by word
reconfirm-stays = Your signature stays listed under the version you signed. If you agree with the new text, open this link and press the button (it works until { $expires }):
reconfirm-stays-short = Your signature stays listed under the version you signed. If you agree with the new text, sign the new version (the link works until { $expires }):
reconfirm-withdraw = If you no longer want to sign at all, this link withdraws your signature and erases your details:
reconfirm-withdraw-link = Withdraw your signature
reconfirm-only = This is the only mail we send you about this version.

signed-subject = { $n ->
        [one] The open letter you signed
       *[other] The open letters you signed ({ $n })
    }
signed-title = The open letters you signed
signed-intro = Someone, we hope you, asked which open letters this address signed here.
signed-confirm = Confirm your signature
signed-correct = Correct your details
signed-withdraw = Withdraw and erase your details
signed-data = Download everything we keep about you (a JSON file)
signed-data-text = Everything we keep about you, as a file: { $url }
signed-how = Each link opens a page with one button; nothing happens until you press it. The links work until { $expires }. If you did not ask, ignore this mail: nothing changes.
signed-status-unverified = not confirmed yet
signed-status-pending = confirmed, waiting for a moderator
signed-status-held = confirmed, waiting for a moderator: it looks like another entry
signed-status-published = published
signed-status-duplicate = not published: listed once under another entry
signed-status-not-published = not published
signed-status-closed = { $status }; the letter is closed
