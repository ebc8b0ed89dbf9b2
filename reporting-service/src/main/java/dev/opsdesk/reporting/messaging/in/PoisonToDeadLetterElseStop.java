package dev.opsdesk.reporting.messaging.in;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Failure strategy {@value #NAME}: a poison record goes to the dead-letter topic and consumption
 * goes on; any other failure that gets here (a bug; a database outage first waits in the consumer, see
 * TransientFailureRetry) stops the channel, which turns health DOWN and leaves the offset uncommitted,
 * so after a restart the record is consumed again instead of being parked in the dead-letter topic.
 */
@ApplicationScoped
@Identifier(PoisonToDeadLetterElseStop.NAME)
public class PoisonToDeadLetterElseStop implements KafkaFailureHandler.Factory {

    public static final String NAME = "poison-to-dead-letter-else-stop";

    private final KafkaFailureHandler.Factory deadLetter;
    private final KafkaFailureHandler.Factory stop;

    PoisonToDeadLetterElseStop(@Identifier("dead-letter-queue") KafkaFailureHandler.Factory deadLetter,
                               @Identifier("fail") KafkaFailureHandler.Factory stop) {
        this.deadLetter = deadLetter;
        this.stop = stop;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler toDeadLetter = deadLetter.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler toStop = stop.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return isPoison(reason) ? toDeadLetter.handle(record, reason, metadata) : toStop.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                toDeadLetter.terminate();
                toStop.terminate();
            }
        };
    }

    static boolean isPoison(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEventException) {
                return true;
            }
        }
        return false;
    }
}
