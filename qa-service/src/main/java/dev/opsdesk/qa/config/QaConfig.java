package dev.opsdesk.qa.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "opsdesk.qa")
public interface QaConfig {

    /** QA templates shipped under qa-templates/, by id (a tenant installs one). */
    @WithDefault("crazysales,zalora,ozon")
    List<String> templates();

    AutoQa autoqa();

    interface AutoQa {

        /**
         * How long after the latest event of a closed ticket AutoQA runs, so that the events of one
         * change (a reply, the status and the resolution of a close) are read together.
         */
        @WithDefault("1s")
        Duration settle();

        /** How often the AutoQA worker looks for due interactions. */
        @WithDefault("0.5s")
        Duration pollInterval();

        /** Attempts at an interaction whose AutoQA run fails before it is left for a later event. */
        @WithDefault("5")
        int maxAttempts();
    }
}
