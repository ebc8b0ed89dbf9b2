-- R52, A37: supplier/purchaser content and forwards to the purchaser wait for an SME's approval.
ALTER TABLE ticket_message ADD COLUMN content_source text;
ALTER TABLE ticket_message ADD COLUMN recipient text NOT NULL DEFAULT 'CUSTOMER';
ALTER TABLE ticket_message ADD COLUMN approval_state text NOT NULL DEFAULT 'NOT_REQUIRED';
ALTER TABLE ticket_message ADD COLUMN approved_by text;
ALTER TABLE ticket_message ADD COLUMN approved_at timestamptz;
