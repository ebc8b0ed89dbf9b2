-- §2.2 Ticket: type / contact reason (CrazySales TYPE, Zalora Contact Reason, Festival case type) and priority.
ALTER TABLE ticket ADD COLUMN ticket_type text;
ALTER TABLE ticket ADD COLUMN priority text NOT NULL DEFAULT 'NORMAL';
