package dev.opsdesk.ticket.domain.note;

import dev.opsdesk.ticket.domain.RuleViolation;
import java.util.List;

/** A note refused under a blocking tenant setting; carries every problem, not only the first. */
public class NoteRejected extends RuleViolation {

    private final List<NoteProblem> problems;

    public NoteRejected(List<NoteProblem> problems) {
        super(problems.get(0).rule(), problems.get(0).field(), problems.get(0).detail());
        this.problems = List.copyOf(problems);
    }

    public List<NoteProblem> problems() {
        return problems;
    }
}
