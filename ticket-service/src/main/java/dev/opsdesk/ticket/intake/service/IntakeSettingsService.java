package dev.opsdesk.ticket.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.ChannelKind;
import dev.opsdesk.ticket.intake.config.IntakeConfig;
import dev.opsdesk.ticket.intake.domain.IntakeSettings;
import dev.opsdesk.ticket.service.AuditLog;
import dev.opsdesk.ticket.service.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Reads and stores each tenant's intake settings, and resolves the channel each intake path uses. */
@ApplicationScoped
public class IntakeSettingsService {

    private final EntityManager em;
    private final ObjectMapper json;
    private final TenantService tenants;
    private final IntakeConfig config;
    private final Clock clock;
    private final AuditLog audit;

    IntakeSettingsService(EntityManager em, ObjectMapper json, TenantService tenants, IntakeConfig config, Clock clock,
                          AuditLog audit) {
        this.em = em;
        this.json = json;
        this.tenants = tenants;
        this.config = config;
        this.clock = clock;
        this.audit = audit;
    }

    /** The four intake paths and the kind of channel each defaults to. */
    public enum Path {
        EMAIL(ChannelKind.ASYNC_WRITTEN), CHAT(ChannelKind.LIVE_CHAT), MESSENGER(ChannelKind.SOCIAL), PHONE(ChannelKind.VOICE);

        final ChannelKind kind;

        Path(ChannelKind kind) {
            this.kind = kind;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IntakeSettings of(String tenantId) {
        List<?> rows = em.createNativeQuery("select cast(settings as text) from intake_settings where tenant_id = ?1")
                .setParameter(1, tenantId).getResultList();
        if (rows.isEmpty()) {
            return IntakeSettings.none();
        }
        try {
            return json.readValue((String) rows.get(0), IntakeSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored intake settings of " + tenantId + " are unreadable", e);
        }
    }

    @Transactional
    public IntakeSettings save(String tenantId, IntakeSettings sent) {
        IntakeSettings stored = of(tenantId);
        IntakeSettings settings = sent.keepingSecretsOf(stored);
        TenantTemplate rules = tenants.rules(tenantId);
        for (Path path : Path.values()) {
            String code = explicit(settings, path);
            if (code != null && rules.channel(code).isEmpty()) {
                throw new RuleViolation(null, path.name().toLowerCase() + "Channel", "'" + code
                        + "' is not a channel of this tenant");
            }
        }
        long names = settings.mailboxesOrEmpty().stream().map(IntakeSettings.Mailbox::name).distinct().count();
        if (names != settings.mailboxesOrEmpty().size()) {
            throw new RuleViolation(null, "mailboxes", "every mailbox needs its own name (the key of its cursor)");
        }
        String document;
        try {
            document = json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                        insert into intake_settings (tenant_id, settings, updated_at) values (?1, cast(?2 as jsonb), ?3)
                        on conflict (tenant_id) do update set settings = excluded.settings, updated_at = excluded.updated_at""")
                .setParameter(1, tenantId).setParameter(2, document).setParameter(3, clock.instant())
                .executeUpdate();
        // the audit log masks every secret (passwords, tokens, app secrets): a changed one shows as changed nowhere
        audit.record(tenantId, "intake-settings.updated", "intake-settings", tenantId, audit.snapshot(stored),
                audit.snapshot(settings));
        return settings;
    }

    /** Tenants that have at least one mailbox to poll. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> tenantsWithMailboxes() {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                select tenant_id from intake_settings
                where jsonb_array_length(coalesce(settings -> 'mailboxes', '[]'::jsonb)) > 0 order by tenant_id""")
                .getResultList();
        return ids;
    }

    /** The channel code intake uses for {@code path}: the configured one, else the tenant's first of that kind. */
    public Optional<String> channel(String tenantId, IntakeSettings settings, Path path) {
        String code = explicit(settings, path);
        if (code != null) {
            return Optional.of(code);
        }
        TenantTemplate rules = tenants.rules(tenantId);
        if (path == Path.EMAIL && rules.channel("EMAIL").isPresent()) {
            return Optional.of("EMAIL");
        }
        return rules.channels().stream().filter(c -> c.kind() == path.kind).map(TenantTemplate.ChannelDef::code)
                .findFirst();
    }

    public String requireChannel(String tenantId, IntakeSettings settings, Path path) {
        return channel(tenantId, settings, path).orElseThrow(() -> new RuleViolation(null, "channel",
                "this tenant has no " + path.kind.name().toLowerCase() + " channel for " + path.name().toLowerCase()
                        + " intake"));
    }

    public String messageIdDomain(IntakeSettings settings) {
        return settings.messageIdDomain() == null || settings.messageIdDomain().isBlank()
                ? config.messageIdDomain() : settings.messageIdDomain().strip();
    }

    private static String explicit(IntakeSettings settings, Path path) {
        return switch (path) {
            case EMAIL -> settings.emailChannel();
            case CHAT -> settings.chatChannel();
            case MESSENGER -> settings.messengerChannel();
            case PHONE -> settings.phoneChannel();
        };
    }
}
