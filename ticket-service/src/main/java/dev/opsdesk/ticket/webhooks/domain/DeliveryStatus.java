package dev.opsdesk.ticket.webhooks.domain;

/** PENDING until the receiver answered 2xx (DELIVERED) or the delivery was given up (FAILED). */
public enum DeliveryStatus { PENDING, DELIVERED, FAILED }
