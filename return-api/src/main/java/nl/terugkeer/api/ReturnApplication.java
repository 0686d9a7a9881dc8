package nl.terugkeer.api;

import nl.terugkeer.cli.IntegrityCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The return-process backend: one Spring Boot application over the event store and the read models. */
@SpringBootApplication
public class ReturnApplication {

    public static void main(String[] args) {
        quietAxonStartup();
        if (IntegrityCommandLine.requested(args)) {
            System.exit(IntegrityCommandLine.run(args));
        }
        SpringApplication.run(ReturnApplication.class, args);
    }

    /** No update check over the network and no console banner (stack.md trap 13). */
    static void quietAxonStartup() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }
}
