package dev.opsdesk.reporting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.reporting.service.Exports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Incremental exports for BI. Each call returns the rows committed after the cursor (all rows
 * without one), at most {@code limit}, and the cursor to pass next time in {@code Opsdesk-Next-Cursor}.
 */
@Path("/api/v1/exports")
@Tag(name = "exports")
public class ExportResource {

    public static final String NDJSON = "application/x-ndjson";
    private static final int MAX_LIMIT = 10_000;

    private final Exports exports;
    private final CallerTenant caller;
    private final ObjectMapper json;

    ExportResource(Exports exports, CallerTenant caller, ObjectMapper json) {
        this.exports = exports;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Path("/{dataset}")
    @Produces({"text/csv", NDJSON})
    @RolesAllowed({"integration", "admin"})
    @Operation(summary = "Rows of activities, tickets or qa-evaluations committed after the cursor (CSV or NDJSON)")
    public Response export(@PathParam("dataset") String dataset,
                           @Parameter(description = "csv (default) or ndjson") @QueryParam("format")
                           @DefaultValue("csv") String format,
                           @Parameter(description = "The Opsdesk-Next-Cursor of the previous call; none = from the start")
                           @QueryParam("cursor") String cursor,
                           @QueryParam("limit") @DefaultValue("1000") int limit) {
        Exports.Dataset set = Exports.Dataset.of(dataset)
                .orElseThrow(() -> new NotFoundException("No dataset '" + dataset + "' (activities, tickets, qa-evaluations)"));
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new jakarta.ws.rs.BadRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        boolean csv = switch (format) {
            case "csv" -> true;
            case "ndjson" -> false;
            default -> throw new jakarta.ws.rs.BadRequestException("format must be csv or ndjson");
        };
        Exports.Page page = exports.page(caller.tenantId(), set, cursor, limit);
        String next = "/api/v1/exports/" + set.path + "?format=" + format + "&limit=" + limit + "&cursor="
                + page.nextCursor();
        return Response.ok(csv ? csv(page) : ndjson(page))
                .type(csv ? "text/csv; charset=utf-8" : NDJSON)
                .header("Opsdesk-Next-Cursor", page.nextCursor())
                .header("Opsdesk-Has-More", page.hasMore())
                .header("Link", "<" + next + ">; rel=\"next\"")
                .build();
    }

    private String ndjson(Exports.Page page) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> row : page.rows()) {
            try {
                out.append(json.writeValueAsString(row)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    /** RFC 4180; every page starts with the header line; array values are joined with '|'. */
    static String csv(Exports.Page page) {
        StringBuilder out = new StringBuilder(String.join(",", page.columns())).append("\r\n");
        for (Map<String, Object> row : page.rows()) {
            out.append(row.values().stream().map(ExportResource::csvField).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining("|")) : String.valueOf(value);
        return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
