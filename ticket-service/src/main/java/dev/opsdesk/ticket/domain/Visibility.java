package dev.opsdesk.ticket.domain;

public enum Visibility { PUBLIC, INTERNAL }
