package dev.opsdesk.benchmark.steps;

import java.util.ArrayList;
import java.util.List;

/**
 * Dashboard queries in a file: statements end with {@code ;} at the end of a line; a
 * {@code -- name: NAME} comment before a statement names it (else {@code query N}); other
 * comments and blank lines are ignored.
 */
public final class SqlFile {

    public record Query(String name, String sql) {
    }

    private SqlFile() {
    }

    public static List<Query> parse(String text) {
        List<Query> queries = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String name = null;
        for (String line : text.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("--")) {
                String comment = trimmed.substring(2).trim();
                if (comment.startsWith("name:") && sql.isEmpty()) {
                    name = comment.substring(5).trim();
                }
                continue;
            }
            if (trimmed.isEmpty() && sql.isEmpty()) {
                continue;
            }
            sql.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                add(queries, name, sql);
                name = null;
            }
        }
        add(queries, name, sql);
        return queries;
    }

    private static void add(List<Query> queries, String name, StringBuilder sql) {
        String statement = sql.toString().trim();
        sql.setLength(0);
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).trim();
        }
        if (!statement.isEmpty()) {
            queries.add(new Query(name != null && !name.isEmpty() ? name : "query " + (queries.size() + 1), statement));
        }
    }
}
