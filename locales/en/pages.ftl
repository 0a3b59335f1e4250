# pages

## The press page (templates/press/page.html, src/press).

press-title = Press: { $title }
press-closed = since { $date }: it takes no more signatures, and its figures are final.
press-contact = Press contact:
press-figures = Figures
press-count-html = <strong id="figure-individuals">{ $people }</strong> individual { $people ->
        [one] signatory
       *[other] signatories
    } and <strong id="figure-organisations">{ $organisations }</strong> supporting { $organisations ->
        [one] organisation
       *[other] organisations
    }.
# $clauses: the clauses below, joined with "; ".
press-basis = What these figures rest on: { $clauses }. Each person is counted once: an entry that looks like another already listed waits for a moderator before it counts.
press-basis-confirmed-all = { $n ->
        [one] the one person listed confirmed their signature by email
       *[other] all { $n } people confirmed their signature by email
    }
press-basis-imported-all = { $n ->
        [one] the one person listed added by the organisers from their own list
       *[other] all { $n } people added by the organisers from their own list
    }
press-basis-confirmed-imported = { $n ->
        [one] { $n } person
       *[other] { $n } people
    } confirmed their signature by email and { $m } { $m ->
        [one] was
       *[other] were
    } added by the organisers from their own list
# $list: each institution's name and count, e.g. "NHS 150, universities 62".
press-basis-institutional = { $n } from an institutional address: { $list }
press-universities = universities
press-basis-orcid = { $n } with a verified ORCID iD
press-basis-moderated = { $n ->
        [one] { $n } person
       *[other] { $n } people
    } checked by a moderator
press-basis-organisations-all-moderated = { $n ->
        [one] { $n } organisation, checked by a moderator
       *[other] { $n } organisations, each checked by a moderator
    }
press-basis-organisations-moderated = { $n } { $n ->
        [one] organisation
       *[other] organisations
    }, { $m } checked by a moderator
press-last-updated = Last updated
press-as-of = { $date }, { $time } UTC
press-by-profession = Individual signatories by profession
# The category of professionals that match none of the letter's categories.
press-category-other = Other
press-table-caption = The same figures as a table
press-col-profession = Profession
press-col-signatories = Signatories
press-over-time = Signatures over time
press-over-time-range = From { $first } to { $last }:
press-over-time-totals = { $total } published in all, at most { $busiest } in one day.
press-over-time-legend = Bars: each day; line: the running total.
press-days-caption = Signatures published each day, and the running total
press-col-day = Day
press-col-signatures = Signatures
press-col-running = Running total
press-downloads = Downloads
press-downloads-intro = The public list: names, titles, organisations and dates, in the published order, with each entry’s evidence (the domain it was confirmed from, its ORCID iD, whether a moderator checked it). Never an email address.
press-download-pdf = The letter with its signatories (PDF)
press-download-xlsx = Spreadsheet (XLSX)
press-download-figures = These figures (JSON)
press-live-count = Live count for your page:
# Between the two pieces of code: the address of count.json, and the iframe.
press-or-embed = , or embed

## The list of signatories (templates/letter/signatories.html).

list-title = Signatories: { $title }
list-heading = Signatories
# The label of the tabs between people and organisations.
list-who-signed = Who signed
list-tab-people = People ({ $n })
list-tab-organisations = Organisations ({ $n })
list-search-label = Search by name or title
list-search-button = Search
list-empty = No one is listed here yet.
# $q: what the reader searched for.
list-no-match = No signatory matches “{ $q }”.
# The label of the links to the previous and next pages of the list.
list-pages = Pages
list-previous = Previous
list-next = Next

## The counter other sites embed (templates/letter/embed.html).

embed-count-html = <strong>{ $people }</strong> { $people ->
        [one] person
       *[other] people
    } and <strong>{ $organisations }</strong> { $organisations ->
        [one] organisation
       *[other] organisations
    }
# $counts: embed-count-html; $title: the letter's title (both already markup).
embed-signed-html = { $counts } have signed “{ $title }”.
embed-read-and-sign = Read and sign the letter

## The history of a letter's text (templates/letter/history.html).

history-title = History of “{ $title }”
history-heading = History of the text
# After the letter's title, in quotes.
history-has-had = has had { $n } { $n ->
        [one] version
       *[other] versions
    }.
history-intro = Each signature records the version it was signed on. Typing corrections that do not change the meaning are made without a new version.
history-version = Version { $version }
# Before the day a version was published.
history-from = From
history-changed-from = What changed from version { $version }:
history-removed = removed
history-added = added
history-first = The first text:

## Signing a new version of a letter (templates/letter/reconfirm.html).

reconfirm-title = Version { $version } of “{ $title }”
reconfirm-done = Thank you
reconfirm-done-text = Your signature on “{ $title }” now stands under version { $version } of the text.
reconfirm-already = Already signed
reconfirm-already-text = Your signature on “{ $title }” already stands under version { $version } of the text.
reconfirm-sign = Sign version { $version }
reconfirm-you-signed = You signed version { $version } of “{ $title }”.
reconfirm-changed = Its text has changed.
# $note: the organisers' note on what changed, in the letter's language.
reconfirm-changed-note = Its text has changed: { $note }.
reconfirm-every-change = Every change, word by word
reconfirm-letter-now = The letter as it is now
reconfirm-do-nothing = If you do nothing, your signature stays listed under version { $version }.

## Stopping news about a letter (templates/updates/unsubscribe.html).

unsub-title = News about “{ $title }”
unsub-done = No more news
unsub-done-text = You will get no more news about “{ $title }”. Your signature stays as it is.
unsub-stop = Stop news about this letter
unsub-stop-text = You asked for news about “{ $title }” when you signed. Press the button and we will send you no more; your signature stays as it is.
unsub-none = No news
unsub-none-text = You get no news about “{ $title }”. Your signature stays as it is.

## A signer's own signatures: asking for the list, correcting, downloading (templates/my).

# Before a link to the privacy page.
my-privacy = What we keep and for how long:
my-privacy-link = privacy
my-request-intro = Enter the address you signed with. We will mail it the list of the letters it signed here, each with links to confirm your signature, correct your published details, or withdraw and erase them, and a link to download everything we keep about you.
my-request-email-hint = The address you signed with.
my-request-button = Mail me my signatures
my-sent-text = If this address signed letters here, a mail listing them, with your links, is on its way. Nothing else is sent, and nothing changes until you press a button on a page one of the links opens.
my-sent-none = No mail after a few minutes? Look in your spam folder. We send at most a few mails a day to one address.
my-correct-title = Correct your details
# Before the letter's title, in quotes.
my-correct-your-signature = Your signature on
my-correct-moderated = A moderator checks the corrected details before they are published; until then your entry is not shown.
my-correct-at-once = The corrected details are published at once.
my-correct-name-hint = As you want it published.
my-correct-orcid-hint = Shown as a link beside your name; shown as verified only if it is the iD you proved with ORCID.
my-correct-show-domain = Show that I confirmed from my work address (its domain only, when it is a university’s or an institution’s this letter names).
my-correct-button = Save the correction
my-corrected-title = Details corrected
my-corrected-heading = Your details are corrected
my-corrected-published = Your corrected entry on “{ $title }” is published.
my-corrected-moderated = A moderator checks the corrected details of your signature on “{ $title }”. Your entry will appear again once it has been checked.
my-data-title = Your data
my-data-heading = Everything we keep about you
my-data-intro = A JSON file with { $n ->
        [one] your signature
       *[other] your { $n } signatures
    } here: the details you gave, the dates, what moderators did with { $n ->
        [one] it
       *[other] them
    }, and the mails we sent you.
my-data-button = Download my data

## The privacy notice (templates/privacy.html).

# A duration in its largest whole unit; $unit is day, hour, minute or second.
privacy-duration = { $unit ->
        [day] { $n ->
            [one] { $n } day
           *[other] { $n } days
        }
        [hour] { $n ->
            [one] { $n } hour
           *[other] { $n } hours
        }
        [minute] { $n ->
            [one] { $n } minute
           *[other] { $n } minutes
        }
       *[second] { $n ->
            [one] { $n } second
           *[other] { $n } seconds
        }
    }
privacy-heading = Privacy: what we keep, why, and for how long
privacy-who = Who keeps it
# Followed by the operator's contact address.
privacy-run-by-operator = This service is run by its operator, who answers questions about your data:
privacy-run-by-organisers = This service is run by the organisers of the letters below.
# After a letter's title, before its organisers' email address.
privacy-organisers-reachable = organisers reachable at
privacy-what = What we keep when you sign
privacy-what-name-html = <strong>Your name, title and organisation</strong>, to publish them on the letter as you asked. If you choose not to be named, only “Anonymous” and your title are published; your name stays visible to the letter’s moderators only. For an organisation, its name and website are published; the name and role of the person signing are seen by moderators only.
privacy-what-email-html = <strong>Your email address</strong>, never published: to confirm that the signature is yours, to make sure each person signs once, and to send you the links to correct or withdraw it.
privacy-what-network-html = <strong>A keyed hash of your network address</strong>: your IP address itself is never stored. The hash lets us see many signatures arriving from one network, which is how floods of fake names show.
privacy-what-orcid-html = <strong>Your ORCID iD</strong>, if you give one: published as a link beside your name (never an anonymous signer’s), and marked verified if you proved it by signing in with ORCID.
privacy-what-domain-html = <strong>The domain you confirmed from</strong> (e.g. “nhs.net”, never the address), if you ask us to show it and it is a university’s or an institution’s the letter names: published beside your name.
privacy-what-news-html = <strong>Your consent to news</strong>, if you tick “Email me news about this letter”: the version of the words you agreed to and when. Only a confirmed signature counts, and only it is ever mailed news: at most two emails a month, each with a link that stops them in one click, no login needed. Stopping forgets the consent; nothing is kept of it.
privacy-what-language-html = <strong>The language you signed in</strong>, if it is not English: your mails are written in it. It is erased with your address.
privacy-what-dates-html = <strong>The dates</strong> you signed, confirmed and were published, and what moderators did with your entry (the audit log).
privacy-cookies = Signing sets no cookie, except, if you use “Sign in with ORCID”, one that holds the sign-in’s state for ten minutes. Submissions caught by our bot traps keep no email address.
privacy-how-long = For how long
privacy-unconfirmed = A signature never confirmed is erased { $unconfirmed } after it was made (the confirmation link works for { $links }).
privacy-retention = { $retention } after a letter closes, every signer’s email address, network hash and consent to news is erased, and so is everything of the entries that were never published, and whatever a published entry held that was never shown (an anonymous signer’s name and iD; the name and role of the person who signed for an organisation), with the details the audit log kept. The entries stay as they were published: they are the letter.
privacy-mail-log = The record of the mails we sent (when, of what kind; never their content) is kept for { $kept }, so that no address gets more than { $cap } { $cap ->
        [one] mail
       *[other] mails
    } from us in a day.
privacy-withdraw = You can withdraw at any time. Withdrawing erases your name, title, organisation, email address, network hash and consent to news, the details the audit log kept of your entry, and our mails to you. Only the bare fact that a signature existed, with its dates, stays, so that the letter’s figures over time remain true.
privacy-what-you-can-do = What you can do
privacy-my-html = On <a href="/my">your signatures</a>, enter your address: we mail you the list of letters it signed here, with links to confirm, correct your published details, withdraw and erase them, and download everything we keep about you.
privacy-from-operator = From the operator
