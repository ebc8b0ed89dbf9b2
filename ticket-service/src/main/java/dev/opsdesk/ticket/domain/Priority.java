package dev.opsdesk.ticket.domain;

public enum Priority { LOW, NORMAL, HIGH, URGENT }
