// Written by hand to match both migration folders; `tests/api/schema.rs` checks they agree.

diesel::table! {
    letters (id) {
        id -> BigInt,
        slug -> Text,
        title -> Text,
        status -> Text,
        published -> Nullable<Text>,
        moderation -> Text,
        contact_email -> Nullable<Text>,
        body_html -> Text,
        press_html -> Nullable<Text>,
        updated_at -> Timestamp,
        body_md -> Text,
        categories -> Text,
        closed_at -> Nullable<Timestamp>,
        refuse_disposable -> Bool,
        institutions -> Text,
        target -> Nullable<BigInt>,
        events -> Text,
        version -> Integer,
        language -> Text,
    }
}
diesel::table! {
    letter_versions (letter_id, version) {
        letter_id -> BigInt,
        version -> Integer,
        note -> Nullable<Text>,
        body_md -> Text,
        published_at -> Timestamp,
        reconfirm_asked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    news_consents (signature_id) {
        signature_id -> BigInt,
        wording -> Text,
        consented_at -> Timestamp,
    }
}

diesel::table! {
    updates (id) {
        id -> BigInt,
        letter_id -> BigInt,
        name -> Text,
        published_on -> Text,
        title -> Text,
        body_html -> Text,
        loaded_at -> Timestamp,
        body_md -> Text,
        source -> Text,
        on_target -> Bool,
        sent_at -> Nullable<Timestamp>,
        recipients -> Nullable<BigInt>,
    }
}

diesel::table! {
    signatures (id) {
        id -> BigInt,
        letter_id -> BigInt,
        kind -> Text,
        state -> Text,
        name -> Nullable<Text>,
        title -> Nullable<Text>,
        organisation -> Nullable<Text>,
        website -> Nullable<Text>,
        email -> Nullable<Text>,
        email_key -> Nullable<Text>,
        public -> Bool,
        search_key -> Text,
        created_at -> Timestamp,
        verified_at -> Nullable<Timestamp>,
        published_at -> Nullable<Timestamp>,
        withdrawn_at -> Nullable<Timestamp>,
        pinned -> Bool,
        name_key -> Text,
        name_first -> Text,
        name_last -> Text,
        flags -> Text,
        network_key -> Nullable<Text>,
        import_key -> Nullable<Text>,
        reject_reason -> Nullable<Text>,
        held -> Bool,
        show_domain -> Bool,
        confirmed_domain -> Nullable<Text>,
        institution -> Nullable<Text>,
        orcid -> Nullable<Text>,
        orcid_verified -> Bool,
        moderated -> Bool,
        version -> Integer,
    }
}

diesel::table! {
    tokens (id) {
        id -> BigInt,
        signature_id -> BigInt,
        purpose -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        signature_id -> BigInt,
        kind -> Text,
        recipient_key -> Text,
        state -> Text,
        attempts -> Integer,
        created_at -> Timestamp,
        next_attempt_at -> Timestamp,
        claimed_by -> Nullable<Text>,
        claimed_until -> Nullable<Timestamp>,
        sent_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        update_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    mail_recipients (recipient_key) {
        recipient_key -> Text,
        last_queued_at -> Timestamp,
    }
}

diesel::table! {
    moderators (id) {
        id -> BigInt,
        email -> Text,
        password_hash -> Text,
        role -> Text,
        disabled -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id_hash) {
        id_hash -> Text,
        moderator_id -> BigInt,
        csrf_token -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    login_throttle (throttle_key) {
        throttle_key -> Text,
        failures -> Integer,
        first_failure_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        moderator_id -> Nullable<BigInt>,
        actor -> Text,
        action -> Text,
        letter_id -> Nullable<BigInt>,
        signature_id -> Nullable<BigInt>,
        before_state -> Nullable<Text>,
        after_state -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    duplicate_pairs (id) {
        id -> BigInt,
        letter_id -> BigInt,
        first_id -> BigInt,
        second_id -> BigInt,
        reason -> Text,
        status -> Text,
        created_at -> Timestamp,
        resolved_by -> Nullable<BigInt>,
        resolved_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sign_quota (client_key) {
        client_key -> Text,
        tat_us -> BigInt,
    }
}

diesel::table! {
    letter_translations (letter_id, lang) {
        letter_id -> BigInt,
        lang -> Text,
        title -> Text,
        body_html -> Text,
    }
}

diesel::table! {
    signature_languages (signature_id) {
        signature_id -> BigInt,
        lang -> Text,
    }
}

diesel::joinable!(signatures -> letters (letter_id));
diesel::joinable!(letter_translations -> letters (letter_id));
diesel::joinable!(signature_languages -> signatures (signature_id));
diesel::joinable!(updates -> letters (letter_id));
diesel::joinable!(letter_versions -> letters (letter_id));
diesel::joinable!(news_consents -> signatures (signature_id));
diesel::joinable!(sessions -> moderators (moderator_id));
diesel::joinable!(audit_log -> moderators (moderator_id));
diesel::joinable!(audit_log -> letters (letter_id));
diesel::joinable!(tokens -> signatures (signature_id));
diesel::joinable!(outbox -> signatures (signature_id));
diesel::joinable!(outbox -> updates (update_id));

diesel::allow_tables_to_appear_in_same_query!(
    letters,
    signatures,
    tokens,
    outbox,
    mail_recipients,
    moderators,
    sessions,
    login_throttle,
    audit_log,
    duplicate_pairs,
    updates,
    news_consents,
    letter_versions,
    letter_translations,
    signature_languages,
);
