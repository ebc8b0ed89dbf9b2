-- Messages written from a tenant message template carry a subject (R17, R19) and the template id.
ALTER TABLE ticket_message ADD COLUMN subject text;
ALTER TABLE ticket_message ADD COLUMN template_id text;
