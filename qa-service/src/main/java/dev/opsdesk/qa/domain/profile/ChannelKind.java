package dev.opsdesk.qa.domain.profile;

/** §2.2 channel kinds; the AutoQA rules that depend on the medium read these. */
public enum ChannelKind {
    VOICE, LIVE_CHAT, ASYNC_WRITTEN, SOCIAL, MARKETPLACE_PORTAL, REVIEW, SURVEY, BACKOFFICE_TICKET, INTERNAL
}
