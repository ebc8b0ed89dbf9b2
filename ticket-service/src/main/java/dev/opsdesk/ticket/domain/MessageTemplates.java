package dev.opsdesk.ticket.domain;

import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.MessageTemplateDef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a tenant message template (R17, R19, R20): every placeholder needs a real value. */
public final class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private MessageTemplates() {
    }

    public record Rendered(MessageTemplateDef template, String subject, String body) {
    }

    /** {@code order_id} comes from the ticket, {@code agent_name} defaults to the actor; the rest from {@code values}. */
    public static Rendered render(TenantTemplate rules, String templateId, Ticket ticket, Actor actor,
                                  Map<String, String> values) {
        MessageTemplateDef template = rules.messageTemplate(templateId).orElseThrow(() -> new RuleViolation(null,
                "templateId", "'" + templateId + "' is not a message template of this tenant; use one of "
                + (rules.messageTemplates() == null ? List.of()
                : rules.messageTemplates().stream().map(MessageTemplateDef::id).toList())));
        Map<String, String> all = new HashMap<>(values == null ? Map.of() : values);
        if (ticket.orderId != null) {
            all.put("order_id", ticket.orderId); // R17, R19: the real Order ID of the ticket, never typed in
        } else {
            all.remove("order_id");
        }
        all.putIfAbsent("agent_name", actor.id());
        all.putIfAbsent("details", "");
        String subject = template.subject() == null ? null : fill(template, template.subject(), all);
        return new Rendered(template, subject, fill(template, template.body(), all).strip());
    }

    private static String fill(MessageTemplateDef template, String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null || (value.isBlank() && !m.group(1).equals("details"))) {
                String field = m.group(1).equals("order_id") ? "orderId" : "values." + m.group(1);
                throw new RuleViolation(template.rule(), field, "'" + template.label() + "' needs "
                        + (m.group(1).equals("order_id") ? "the ticket's order (classify it first)" : "a value for {"
                        + m.group(1) + "}"));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.strip()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
