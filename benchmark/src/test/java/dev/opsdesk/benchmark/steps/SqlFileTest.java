package dev.opsdesk.benchmark.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlFileTest {

    @Test
    void splitsStatementsAtLineEndSemicolonsAndNamesThemFromTheirComment() {
        List<SqlFile.Query> queries = SqlFile.parse("""
                -- dashboard queries of the reporting-service
                -- name: handling time per agent
                select agent_id, avg(seconds)
                  from activity
                 group by agent_id;

                select count(*) from activity where note = 'a;b';
                -- name: last
                select 1
                """);

        assertEquals(List.of(
                new SqlFile.Query("handling time per agent", "select agent_id, avg(seconds)\n  from activity\n group by agent_id"),
                new SqlFile.Query("query 2", "select count(*) from activity where note = 'a;b'"),
                new SqlFile.Query("last", "select 1")), queries);
    }

    @Test
    void anEmptyFileHasNoQueries() {
        assertEquals(List.of(), SqlFile.parse("-- nothing\n\n"));
    }
}
