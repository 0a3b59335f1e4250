# admin: the moderation pages, for moderators and admins.

# The frame of every admin page.
admin-moderation = Moderation
admin-nav-letters = Letters
admin-nav-audit = Audit log
admin-nav-moderators = Moderators
admin-log-out = Log out
admin-role-admin = admin
admin-role-moderator = moderator

# Logging in.
admin-login-title = Moderator login
admin-login-email = Email address
admin-login-password = Password
admin-login-button = Log in
admin-login-wrong = The email address or password is not right.

# The letters and their counts.
admin-letters-title = Letters
admin-col-letter = Letter
admin-col-unverified = Unverified
admin-col-pending = Awaiting moderation
admin-col-published = Published
admin-col-rejected = Rejected
admin-col-withdrawn = Withdrawn
admin-col-duplicate = Duplicate
admin-col-open-pairs = Open duplicate pairs
admin-col-held = Held until reviewed
admin-letter-draft = draft
admin-letter-open = open
admin-letter-closed = closed

# A letter's queue.
admin-queue-title = Queue: { $title }
admin-queue-duplicates = Probable duplicates
admin-queue-updates = Updates
admin-queue-public-page = Public page
admin-queue-states = States
admin-tab-pending = Awaiting moderation
admin-tab-unverified = Unverified
admin-tab-published = Published
admin-tab-rejected = Rejected
admin-tab-withdrawn = Withdrawn
admin-tab-duplicate = Duplicate
admin-tab-all = All
admin-filter-kind = Kind
admin-filter-kind-both = Both
admin-filter-kind-individuals = Individuals
admin-filter-kind-organisations = Organisations
admin-filter-flag = Flag
admin-filter-any = Any
admin-filter-flag-network = Many from one network
admin-filter-flag-disposable = Disposable email
admin-filter-flag-bot = Bot trap
admin-filter-search = Search
admin-filter-button = Filter
admin-queue-matching-html = <strong>{ $n }</strong> matching { $n ->
        [one] entry
       *[other] entries
    }.
admin-queue-empty = Nothing here.
admin-col-select = Select
admin-col-entry = Entry
admin-col-details = Details
admin-col-actions = Actions
admin-select-entry = Select entry { $id }
admin-pinned = pinned
admin-held = held: probable duplicate
admin-anonymous-real-name = Anonymous; real name: { $name }
admin-rejected-because = Rejected: { $reason }
admin-no-email = (no email)
admin-website = Website: { $website }
admin-signed-by-who = Signed by { $name }, { $title }
admin-domain-matches = Email domain matches the website
admin-domain-differs = Email domain does not match the website
admin-approve = Approve
admin-reject-reason-label = Reason for rejecting entry { $id }
admin-reason-placeholder = Reason
admin-reject = Reject
admin-pin = Pin
admin-unpin = Unpin
admin-edit = Edit
admin-selected-entries = Selected entries
admin-bulk-reason = Reason (for rejecting)
admin-approve-selected = Approve selected
admin-reject-selected = Reject selected
admin-next-page = Next page
admin-reject-matching-heading = Reject everything matching this filter
admin-reject-matching-intro = For spam waves. The next page shows how many entries this would reject before anything changes.
admin-reason = Reason
admin-reject-matching-count = Count what would be rejected

# The states, kinds and flags of an entry, as the queue lists them.
admin-state-unverified = unverified
admin-state-pending = pending
admin-state-published = published
admin-state-rejected = rejected
admin-state-withdrawn = withdrawn
admin-state-duplicate = duplicate
admin-kind-individual = individual
admin-kind-organisation = organisation
admin-flag-network = network
admin-flag-disposable = disposable
admin-flag-bot = bot

# Rejecting everything a filter matches.
admin-confirm-rejection = Confirm rejection
admin-reject-count-question = Reject { $n } { $n ->
        [one] entry
       *[other] entries
    }?
admin-reject-count-text = { $n } { $n ->
        [one] entry
       *[other] entries
    } of “{ $title }” { $n ->
        [one] matches
       *[other] match
    } the filter and can be rejected,
admin-reject-count-reason = with the reason “{ $reason }”. Nothing has changed yet.
admin-reject-count-button = Reject { $n } { $n ->
        [one] entry
       *[other] entries
    }
admin-back-to-queue = Back to the queue

# Probable duplicates.
admin-duplicates-title = Duplicates: { $title }
admin-duplicates-heading = Probable duplicates
admin-open-pairs = { $n } open { $n ->
        [one] pair
       *[other] pairs
    }.
admin-no-duplicates = No probable duplicates.
admin-pair = Pair { $id }
admin-keep-this = Keep this one
admin-not-duplicate = Not a duplicate

# Correcting an entry.
admin-edit-title = Edit entry { $id }
admin-edit-heading = Edit entry #{ $id }
admin-edit-intro = Correct typos in what is published. The original stays in the audit log.
admin-field-signed-by = Signed by
admin-field-name = Name
admin-field-role = Role
admin-field-title = Title
admin-field-organisation = Organisation
admin-save = Save

# The audit log.
admin-audit-title = Audit log
admin-audit-moderator = Moderator
admin-audit-anyone = Anyone
admin-audit-letter = Letter
admin-col-when = When (UTC)
admin-col-who = Who
admin-col-what = What
admin-col-before = Before
admin-col-after = After
admin-older-entries = Older entries

# Moderators.
admin-moderators-title = Moderators
admin-col-email = Email
admin-col-role = Role
admin-col-status = Status
admin-status-active = active
admin-status-disabled = disabled
admin-enable = Enable
admin-disable = Disable
admin-new-password-for = New password for { $email }
admin-new-password = New password
admin-reset-password = Reset password
admin-add-moderator = Add a moderator
admin-email-address = Email address
admin-role = Role
admin-role-option-moderator = Moderator
admin-role-option-admin = Admin
admin-password-long = Password (12 characters or more)
admin-add = Add

# A letter's updates.
admin-updates-title = Updates: { $title }
admin-updates-heading = Updates of “{ $title }”
admin-updates-public = As the public sees them
admin-updates-audience = { $n } confirmed { $n ->
        [one] signer
       *[other] signers
    } asked for news.
admin-updates-promise = Signers were promised at most { $most } emails a month: { $recent } went in the last 30 days.
admin-updates-none = No updates yet.
admin-col-date = Date
admin-col-update = Update
admin-col-from = From
admin-col-mailed = Mailed
admin-source-file = file
admin-source-admin = admin pages
admin-mailed-to = { $when } UTC to { $n } { $n ->
        [one] signer
       *[other] signers
    }
admin-mail-progress = { $delivered } delivered, { $waiting } waiting
admin-mail-on-target = not yet: sends itself at the target, hidden until then
admin-not-mailed = not mailed
admin-versions-heading = Versions of the text
admin-text-version = The text is at version { $version }
admin-text-history = its history
admin-earlier-signers = { $n } confirmed { $n ->
        [one] signer
       *[other] signers
    } signed an earlier version.
admin-reconfirm-asked = They were asked to sign version { $version } on { $when } UTC. Those who did not stay listed under their version.
admin-reconfirm-intro = One mail each, once for this version, with a link to sign it and a link to withdraw. Those who do nothing stay listed under the version they signed.
admin-reconfirm-button = Ask { $n } { $n ->
        [one] signer
       *[other] signers
    } to sign version { $version }
admin-write-update = Write an update
admin-write-update-intro = It shows on the letter page and in its feed at once. Mailing it to signers is a separate step, after a preview.
admin-field-date = Date
admin-field-short-name = Short name
admin-field-short-name-hint = Lower-case letters, digits and hyphens; it names the update in its link.
admin-field-text = Text (Markdown)
admin-save-update = Save the update

# One update, before and after mailing it.
admin-update-title = Update: { $title }
admin-update-all = All updates of “{ $title }”
admin-update-tested = A test went to { $email }.
admin-update-mailed = Mailed { $when } UTC to { $n } { $n ->
        [one] signer
       *[other] signers
    }
admin-update-not-mailed = Not mailed yet. { $n } confirmed { $n ->
        [one] signer
       *[other] signers
    } asked for news and would get it.
admin-update-mail = The mail
admin-update-subject = Subject:
admin-update-as-html = The mail as HTML
admin-update-as-text = As plain text
admin-update-send-test = Send a test to me
admin-update-send = Send to { $n } { $n ->
        [one] signer
       *[other] signers
    }

# Errors.
admin-err-refused = Refused
admin-err-refused-text = The request was refused: { $why }. Reload the page and try again.
admin-err-admins-only = Admins only
admin-err-admins-only-text = Only an admin can do this.
admin-err-too-many = Too many attempts
admin-err-too-many-text = Please wait { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    } before trying again.
admin-err-busy = Too many logins at once
admin-err-busy-text = Please try again in a moment.
admin-err-unreadable = We could not read that
admin-err-invalid = That did not work

# Why a request was refused (the { $why } of admin-err-refused-text).
admin-why-stale-token = the form's security token is missing or stale
admin-why-no-origin = the request did not say where it came from
admin-why-other-site = the request came from another site

# Why a request could not be done.
admin-invalid-field = { $field }: { $error }
admin-invalid-reason-field = Reason
admin-invalid-update-title = The title
admin-invalid-update-text = The text
admin-invalid-choose-action = Choose approve or reject.
admin-invalid-cannot-approve = Only confirmed entries awaiting moderation, rejected or marked duplicate can be approved.
admin-invalid-cannot-reject = This entry cannot be rejected in its present state.
admin-invalid-selection = The selection was not understood.
admin-invalid-pair-done = This pair was already dealt with.
admin-invalid-choose-keep = Choose which entry to keep.
admin-invalid-pair-changed = One of these entries has changed since the pair was found (withdrawn, rejected or merged); nothing was changed.
admin-invalid-choose-role = Choose a role.
admin-invalid-disable-self = You cannot disable your own account.
admin-add-not-email = { $email } is not an email address
admin-add-exists = a moderator with this email address exists already
admin-password-length = The password must be 12 to 256 characters long.
admin-password-hash-failed = hashing failed: { $error }
admin-invalid-filter-state = Unknown state in the filter.
admin-invalid-filter-kind = Unknown kind in the filter.
admin-invalid-filter-flag = Unknown flag in the filter.
admin-invalid-update-name = Give a date (YYYY-MM-DD) and a short name of lower-case letters, digits and hyphens.
admin-invalid-update-exists = This letter already has an update by this date and name.
admin-invalid-reconfirm-done = The signers of earlier versions were already asked about this version, or there is none.
admin-invalid-test-not-sent = The test mail could not be sent; the mail server refused or did not answer. Try again.
admin-refusal-already-sent = “{ $title }” was sent on { $on }; an update goes once.
admin-refusal-too-soon = Signers were promised at most two emails a month, and two updates went in the last 30 days. The next can go on { $next }.
