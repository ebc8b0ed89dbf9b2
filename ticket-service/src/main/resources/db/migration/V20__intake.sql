-- Issue 4, intake: e-mail (IMAP, raw MIME), threading, loop protection, outgoing mail, chat/Messenger, calls.

-- A44: a ticket comes from an e-mail (with display name), a phone number or a social handle.
ALTER TABLE ticket ALTER COLUMN requester_email DROP NOT NULL;
ALTER TABLE ticket ADD COLUMN requester_name text;
ALTER TABLE ticket ADD COLUMN requester_phone text;
ALTER TABLE ticket ADD COLUMN requester_social text;
ALTER TABLE ticket ADD CONSTRAINT ticket_requester_identity_ck
    CHECK (requester_email IS NOT NULL OR requester_phone IS NOT NULL OR requester_social IS NOT NULL);

-- Why an inbound message was attached where it is (threading), and its loop-protection flags.
ALTER TABLE ticket_message ADD COLUMN match_reason text;
ALTER TABLE ticket_message ADD COLUMN intake_flags text[] NOT NULL DEFAULT '{}';

-- Per-tenant intake settings (mailboxes, SMTP, webhook secrets, limits); secrets never leave through the API.
CREATE TABLE intake_settings (
    tenant_id   text PRIMARY KEY,
    settings    jsonb       NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- IMAP cursor per mailbox: nothing fetched twice or missed across restarts (UIDVALIDITY + last UID).
CREATE TABLE mail_cursor (
    tenant_id     text   NOT NULL,
    mailbox       text   NOT NULL,
    uid_validity  bigint NOT NULL,
    last_uid      bigint NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, mailbox)
);

-- Every inbound mail, stored (with the message it became) or rejected with its reason.
CREATE TABLE inbound_mail (
    id                 uuid PRIMARY KEY,
    tenant_id          text        NOT NULL,
    source             text        NOT NULL,          -- imap:<mailbox> or http
    uid_validity       bigint,
    uid                bigint,
    message_id_header  text,
    from_address       text,
    subject            text,
    outcome            text        NOT NULL CHECK (outcome IN ('STORED', 'DUPLICATE', 'REJECTED')),
    reject_reason      text,
    ticket_id          uuid,
    ticket_message_id  uuid,
    match_reason       text,
    flags              text[]      NOT NULL DEFAULT '{}',
    size_bytes         integer     NOT NULL,
    received_at        timestamptz NOT NULL
);
CREATE UNIQUE INDEX inbound_mail_imap_uid_uq ON inbound_mail (tenant_id, source, uid_validity, uid)
    WHERE uid IS NOT NULL;
CREATE UNIQUE INDEX inbound_mail_message_id_uq ON inbound_mail (tenant_id, message_id_header)
    WHERE outcome = 'STORED' AND message_id_header IS NOT NULL;
CREATE INDEX inbound_mail_sender_idx ON inbound_mail (tenant_id, from_address, received_at);

-- Message-IDs of a ticket's mails, ours and the customer's: In-Reply-To / References find the ticket.
CREATE TABLE mail_message_ref (
    tenant_id   text        NOT NULL,
    message_id  text        NOT NULL,
    ticket_id   uuid        NOT NULL,
    ours        boolean     NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, message_id)
);
CREATE INDEX mail_message_ref_ticket_idx ON mail_message_ref (ticket_id, created_at);

-- The token we put in subjects ([#token]); unique per tenant.
CREATE TABLE mail_ticket_token (
    ticket_id  uuid PRIMARY KEY,
    tenant_id  text NOT NULL,
    token      text NOT NULL,
    CONSTRAINT mail_ticket_token_uq UNIQUE (tenant_id, token)
);

-- Addresses that may continue a ticket by token or subject: the requester and the people on the thread.
CREATE TABLE mail_participant (
    ticket_id  uuid NOT NULL,
    address    text NOT NULL,
    PRIMARY KEY (ticket_id, address)
);

-- A new ticket that names another ticket's token, from someone who is not on that ticket.
CREATE TABLE ticket_possibly_related (
    ticket_id          uuid        NOT NULL,
    related_ticket_id  uuid        NOT NULL,
    tenant_id          text        NOT NULL,
    reason             text        NOT NULL,
    created_at         timestamptz NOT NULL,
    PRIMARY KEY (ticket_id, related_ticket_id)
);
CREATE INDEX ticket_possibly_related_related_idx ON ticket_possibly_related (related_ticket_id);

CREATE TABLE mail_attachment (
    id                 uuid PRIMARY KEY,
    tenant_id          text        NOT NULL,
    ticket_id          uuid        NOT NULL,
    ticket_message_id  uuid        NOT NULL,
    filename           text,
    content_type       text        NOT NULL,
    size_bytes         integer     NOT NULL,
    sha256             text        NOT NULL,
    content            bytea       NOT NULL,
    created_at         timestamptz NOT NULL
);
CREATE INDEX mail_attachment_message_idx ON mail_attachment (ticket_message_id);

-- Senders the flood limit stopped auto-replying to.
CREATE TABLE flagged_sender (
    tenant_id   text        NOT NULL,
    address     text        NOT NULL,
    reason      text        NOT NULL,
    flagged_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, address)
);

-- Outgoing mail, recorded in the transaction that caused it and sent by the mail relay (no dual write).
CREATE TABLE outgoing_mail (
    id                 uuid PRIMARY KEY,
    tenant_id          text        NOT NULL,
    ticket_id          uuid        NOT NULL,
    ticket_message_id  uuid,
    kind               text        NOT NULL,
    message_id_header  text        NOT NULL,
    in_reply_to        text,
    mail_references    text,
    to_address         text        NOT NULL,
    subject            text        NOT NULL,
    body               text        NOT NULL,
    auto_submitted     boolean     NOT NULL,
    status             text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts           integer     NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz NOT NULL,
    last_error         text,
    created_at         timestamptz NOT NULL,
    sent_at            timestamptz
);
CREATE INDEX outgoing_mail_due_idx ON outgoing_mail (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outgoing_mail_ticket_idx ON outgoing_mail (ticket_id);

-- Chat and Messenger: message ids already taken (replays are ignored) and conversations → tickets.
CREATE TABLE chat_message_seen (
    tenant_id          text        NOT NULL,
    provider           text        NOT NULL,
    external_id        text        NOT NULL,
    ticket_message_id  uuid,
    seen_at            timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, provider, external_id)
);
CREATE TABLE chat_conversation (
    tenant_id        text        NOT NULL,
    provider         text        NOT NULL,
    conversation_id  text        NOT NULL,
    ticket_id        uuid        NOT NULL,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, provider, conversation_id)
);

-- A18: a chat whose last public message is staff's waits for the customer until due_at.
CREATE TABLE chat_silence_timer (
    ticket_id         uuid PRIMARY KEY,
    tenant_id         text        NOT NULL,
    last_staff_at     timestamptz NOT NULL,
    timeout_s         integer     NOT NULL,
    due_at            timestamptz NOT NULL,
    emitted_at        timestamptz
);
CREATE INDEX chat_silence_timer_due_idx ON chat_silence_timer (due_at) WHERE emitted_at IS NULL;

-- Calls logged on tickets (R3, R15, R129, R130).
CREATE TABLE call_log (
    id               uuid PRIMARY KEY,
    tenant_id        text        NOT NULL,
    ticket_id        uuid        NOT NULL,
    direction        text        NOT NULL,
    outcome          text        NOT NULL,
    phone            text        NOT NULL,
    attached_reason  text        NOT NULL,
    work_log_id      uuid,
    note_id          uuid,
    agent_id         text        NOT NULL,
    created_at       timestamptz NOT NULL
);
CREATE INDEX call_log_ticket_idx ON call_log (ticket_id, created_at);
