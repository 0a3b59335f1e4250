# The letter page, its forms, confirming and withdrawing, and the published list.

count-people = { $n ->
        [one] { $n } person
       *[other] { $n } people
    }
count-signed-html = <strong>{ $people }</strong> { $people ->
        [one] person
       *[other] people
    } and <strong>{ $organisations }</strong> { $organisations ->
        [one] organisation
       *[other] organisations
    } have signed.
count-signed = { $people } { $people ->
        [one] person
       *[other] people
    } and { $organisations } { $organisations ->
        [one] organisation
       *[other] organisations
    } have signed.
meta-description = { $people } { $people ->
        [one] person
       *[other] people
    } and { $organisations } { $organisations ->
        [one] organisation
       *[other] organisations
    } have signed this open letter.
meta-share = { $people } { $people ->
        [one] person
       *[other] people
    } and { $organisations } { $organisations ->
        [one] organisation
       *[other] organisations
    } have signed. Add your name.
progress = { $signed } of the { $target } signatures aimed for.
error-prefix = Error:
updates-feed-title = Updates
published-on = Published
version-of-text = version { $version } of the text
version-of-text-start = Version { $version } of the text
what-changed = what changed
see-everyone = See everyone who has signed
press-information = Information for the press
translation-notice = This is a translation. The text in { $language } is the authoritative one:
translation-read-original = read it
translations-available = This letter in other languages:

sign-heading = Add your name
sign-intro = We will email you a link to confirm. Your email address is never published
sign-intro-privacy = what we keep and for how long
sign-moderated = Every signature is checked by a moderator before it appears.
sign-as-individual = Sign as an individual
sign-as-organisation = Sign on behalf of an organisation
organisations-checked = Organisations are always checked by a moderator before they appear.
trap-label = Leave this empty
optional = (optional)
field-name = Your name
field-name-hint = As you want it published, e.g. Dr Jay Watts.
field-title = Your professional title
field-title-hint = e.g. Consultant Clinical Psychologist.
field-organisation = Your organisation
field-email = Email address
field-email-hint = Used only to confirm; never published.
field-orcid = Your ORCID iD
field-orcid-hint = e.g. 0000-0002-1825-0097, shown as a link beside your name.
orcid-verified = ORCID confirmed that this iD is yours: it will be shown as verified.
orcid-sign-in = Sign in with ORCID
orcid-sign-in-why = to show your iD as verified.
checkbox-public = Show my name publicly. Unticked, you are listed as “Anonymous” with your title.
checkbox-show-domain = Show that I confirmed from my work address: if its domain is a university’s or an institution’s this letter names, your entry says so (e.g. “confirmed at nhs.net”). Only the domain is shown, never the address.
news-promise = Email me news about this letter: at most two emails a month (its delivery, the response to it), each with a link that stops them in one click. My address is used for nothing else.
news-promise-old = Email me news about this letter.
sign-button = Sign the letter
field-org-name = Organisation name
field-org-name-hint = As it should be published.
field-org-website = Organisation website
field-contact-name-hint = Seen by moderators only.
field-role = Your role
field-work-email = Your work email
sign-org-button = Sign for the organisation
closed-heading = This letter is closed
closed-text = It no longer takes signatures. Thank you to everyone who signed.
recent-heading = Recently signed
fix-one = Please fix this
fix-many = Please fix these { $n } things

entry-orcid-verified = (verified)
entry-domain-checked = domain checked: { $domain }
entry-confirmed-at = confirmed at { $domain }
entry-moderated = checked by a moderator
entry-signed-version = signed version { $version } of the text

timeline-heading = What has happened
timeline-read-response = Read the response
timeline-feed = Follow the updates (Atom feed)
timeline-delivered = Delivered to { $to }
timeline-delivered-how = Delivered to { $to }, { $how }
timeline-response = Response from { $from }

check-email-title = Check your email
check-email-sent = We have sent a link to confirm your signature on “{ $title }”. Open it and press the button on the page it shows. Your signature counts from then.
check-email-none = No mail after a few minutes? Look in your spam folder, or sign again with the same address to get the link again.
back-to-letter = Back to the letter
read-letter = Read the letter

withdraw-title = Withdraw your signature
withdraw-from = Withdraw your signature from “{ $title }”:
withdraw-erased = Your name, title and email address will be erased. This cannot be undone.
withdraw-button = Withdraw my signature
already-confirmed = Already confirmed
already-confirmed-text = Your signature on “{ $title }” is confirmed. Thank you.
confirm-title = Confirm your signature
confirm-signing-as = You are signing “{ $title }” as:
confirm-also-asked = You also asked: “{ $words }”
confirm-button = Confirm my signature

done-title = Thank you
done-confirmed = Thank you: your signature is confirmed
done-published = Your name now appears on “{ $title }”.
done-moderated = A moderator checks every signature on “{ $title }” before it is published. Yours will appear once it has been checked.
done-was-confirmed = Your signature on “{ $title }” was already confirmed.
done-withdrawn = Your signature has been withdrawn
done-withdrawn-text = Your name, title and email address have been erased from “{ $title }”.

# Errors beside a form's fields.
invalid-kind = Choose to sign as a person or as an organisation.
invalid-required = This field is required.
invalid-too-long = Please keep this under { $n } characters.
invalid-forbidden = This contains an invisible or control character ({ $character }); please retype it.
invalid-no-letters = Please use letters, not only digits or punctuation.
invalid-email-empty = Please enter your email address.
invalid-email = Please enter a valid email address, like name@example.org.
invalid-orcid-shape = An ORCID iD has 16 characters, like 0000-0002-1825-0097.
invalid-orcid-checksum = This ORCID iD has a typo: its last character does not match the others.
invalid-website-empty = Please give the organisation's website.
invalid-website = Please give a web address such as https://example.org.
invalid-disposable = This letter asks for a permanent address, not a throwaway one.
