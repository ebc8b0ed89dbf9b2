package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.domain.DayWindow;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/** Volumes, response and resolution times, first-contact resolution and the resolution mix. */
@Singleton
public class TicketReports extends Reads {

    /** The resolution a closed ticket counts under: its last resolution, unless it was reopened since. */
    static final String EFFECTIVE_RESOLUTION = "case when resolution is not null and (last_reopened_at is null "
            + "or resolution_at >= last_reopened_at) then resolution else status_code end";
    private static final String CREATED_IN = " from reported_ticket where tenant_id = ? and created_at >= ? "
            + "and created_at < ?";
    private static final String RESOLVED_CATEGORIES = "('SOLVED', 'SOLVED_EXTERNAL', 'CLOSED_NO_ACTION')";

    public TicketReports(DataSource dataSource) {
        super(dataSource);
    }

    public record VolumeReport(LocalDate from, LocalDate to, long created, List<Count> byChannel,
                               List<Count> byStatus, List<Count> byResolution, List<Count> byTopic,
                               List<Count> byStore) {
    }

    /** Tickets created in the window, by channel, current status category, resolution, topic and store. */
    public VolumeReport volumes(String tenantId, DayWindow w) {
        Object[] p = {tenantId, w.start(), w.end()};
        long created = one("select count(*)" + CREATED_IN, rs -> rs.getLong(1), p);
        return new VolumeReport(w.from(), w.to(), created,
                list("select channel, count(*)" + CREATED_IN + " group by 1 order by 2 desc, 1", Reads::count, p),
                list("select status_category, count(*)" + CREATED_IN + " group by 1 order by 2 desc, 1",
                        Reads::count, p),
                list("select " + EFFECTIVE_RESOLUTION + ", count(*)" + CREATED_IN + " and status_category in "
                        + RESOLVED_CATEGORIES + " group by 1 order by 2 desc, 1", Reads::count, p),
                list("select topic, count(*) from (select unnest(topics) topic" + CREATED_IN
                        + ") t group by 1 order by 2 desc, 1", Reads::count, p),
                list("select coalesce(store, '(none)'), count(*)" + CREATED_IN + " group by 1 order by 2 desc, 1",
                        Reads::count, p));
    }

    /** Seconds from creation: calendar and business time (the tenant's opening hours). */
    public record Durations(long tickets, Double averageSeconds, Double medianSeconds, Double p90Seconds,
                            Double averageBusinessSeconds, Double medianBusinessSeconds, Double p90BusinessSeconds) {
    }

    public record TimesRow(String channel, Durations firstResponse, Durations resolution) {
    }

    public record ResponseTimesReport(LocalDate from, LocalDate to, Durations firstResponse, Durations resolution,
                                      List<TimesRow> byChannel) {
    }

    public ResponseTimesReport responseTimes(String tenantId, DayWindow w) {
        Object[] p = {tenantId, w.start(), w.end()};
        String select = "select " + durations("frt") + ", " + durations("resolution");
        Sql.Row<TimesRow> row = rs -> new TimesRow(rs.getString("channel"), durations(rs, "frt"),
                durations(rs, "resolution"));
        TimesRow all = one(select + ", null as channel" + CREATED_IN, row, p);
        return new ResponseTimesReport(w.from(), w.to(), all.firstResponse(), all.resolution(),
                list(select + ", channel" + CREATED_IN + " group by channel order by channel", row, p));
    }

    private static String durations(String m) {
        String s = m + "_seconds", b = m + "_business_seconds";
        return "count(" + s + ") " + m + "_n, avg(" + s + ") " + m + "_avg, "
                + "percentile_cont(0.5) within group (order by " + s + ") " + m + "_p50, "
                + "percentile_cont(0.9) within group (order by " + s + ") " + m + "_p90, "
                + "avg(" + b + ") " + m + "_bavg, "
                + "percentile_cont(0.5) within group (order by " + b + ") " + m + "_bp50, "
                + "percentile_cont(0.9) within group (order by " + b + ") " + m + "_bp90";
    }

    private static Durations durations(java.sql.ResultSet rs, String m) throws java.sql.SQLException {
        return new Durations(rs.getLong(m + "_n"), Sql.nullableDouble(rs, m + "_avg"),
                Sql.nullableDouble(rs, m + "_p50"), Sql.nullableDouble(rs, m + "_p90"),
                Sql.nullableDouble(rs, m + "_bavg"), Sql.nullableDouble(rs, m + "_bp50"),
                Sql.nullableDouble(rs, m + "_bp90"));
    }

    public record FcrRow(String channel, long resolved, long firstContactResolved, Double rate, long reopened,
                         Double reopenRate) {
    }

    public record FcrReport(LocalDate from, LocalDate to, FcrRow all, List<FcrRow> byChannel) {
    }

    /**
     * First-contact resolution (README "FCR"): of the tickets first resolved in the window, not closed
     * without action and not merged away, those solved with at most one public staff reply, never
     * reopened and never transferred.
     */
    public FcrReport fcr(String tenantId, DayWindow w) {
        String select = "select count(*), count(*) filter (where public_replies <= 1 and reopen_count = 0 "
                + "and not transferred and status_category in ('SOLVED', 'SOLVED_EXTERNAL')), "
                + "count(*) filter (where reopen_count > 0)";
        String from = " from reported_ticket where tenant_id = ? and first_resolved_at >= ? and first_resolved_at < ? "
                + "and created_at is not null and merged_into is null "
                + "and status_category not in ('CLOSED_NO_ACTION', 'MERGED')";
        Sql.Row<FcrRow> row = rs -> new FcrRow(rs.getString(4), rs.getLong(1), rs.getLong(2),
                ratio(rs.getLong(2), rs.getLong(1)), rs.getLong(3), ratio(rs.getLong(3), rs.getLong(1)));
        Object[] p = {tenantId, w.start(), w.end()};
        return new FcrReport(w.from(), w.to(), one(select + ", null" + from, row, p),
                list(select + ", channel" + from + " group by channel order by channel", row, p));
    }

    public record Share(String resolution, String by, long count, Double share) {
    }

    public record ResolutionReport(LocalDate from, LocalDate to, long closed, List<Share> all,
                                   List<Share> byChannel, List<Share> byTopic) {
    }

    /** Resolution mix (§8.3): tickets last resolved in the window and still closed, share per resolution. */
    public ResolutionReport resolutions(String tenantId, DayWindow w) {
        String closed = " from reported_ticket where tenant_id = ? and last_resolved_at >= ? and last_resolved_at < ? "
                + "and status_category in " + RESOLVED_CATEGORIES;
        Object[] p = {tenantId, w.start(), w.end()};
        long total = one("select count(*)" + closed, rs -> rs.getLong(1), p);
        return new ResolutionReport(w.from(), w.to(), total,
                list("select r, null, n, n::float8 / sum(n) over () from (select " + EFFECTIVE_RESOLUTION
                        + " r, count(*) n" + closed + " group by 1) x order by n desc, r", this::share, p),
                list("select r, c, n, n::float8 / sum(n) over (partition by c) from (select " + EFFECTIVE_RESOLUTION
                        + " r, channel c, count(*) n" + closed + " group by 1, 2) x order by c, n desc, r",
                        this::share, p),
                list("select r, c, n, n::float8 / sum(n) over (partition by c) from (select r, c, count(*) n "
                        + "from (select " + EFFECTIVE_RESOLUTION + " r, unnest(case when cardinality(topics) = 0 "
                        + "then array['(none)'] else topics end) c" + closed + ") y group by 1, 2) x "
                        + "order by c, n desc, r", this::share, p));
    }

    private Share share(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Share(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4));
    }
}
