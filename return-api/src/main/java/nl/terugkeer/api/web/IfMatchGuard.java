package nl.terugkeer.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Optimistic concurrency with {@code If-Match} (ADR 0014). On dispatch, the HTTP request's {@code If-Match} goes
 * into the command's metadata as {@value #EXPECTED_VERSIONS}. In the command's unit of work (and transaction) a
 * command with expected versions takes a transaction-scoped lock on its aggregate, compares them with the
 * aggregate's current version and fails with {@link PreconditionFailed} (412) on a mismatch; the lock makes check
 * and append one step against other conditional commands, on any node. A command without {@code If-Match} takes no
 * lock and reads no version (two round trips saved per command): should it append between another's check and
 * append, the event store's unique (aggregate, sequence) key refuses the later append (409), so no write is lost.
 */
public class IfMatchGuard
        implements MessageDispatchInterceptor<CommandMessage<?>>, MessageHandlerInterceptor<CommandMessage<?>> {

    /** Metadata key: the versions the client's {@code If-Match} accepts, comma-separated; {@code *} for any. */
    public static final String EXPECTED_VERSIONS = "expectedVersions";

    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*|\\s*(\\d{1,18})\\s*");

    private final AggregateVersions versions;
    private final CommandTargetResolver targets =
            AnnotationCommandTargetResolver.builder().build();

    public IfMatchGuard(AggregateVersions versions, CommandBus commandBus) {
        this.versions = versions;
        commandBus.registerDispatchInterceptor(this);
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        String ifMatch = currentIfMatch();
        if (ifMatch == null) {
            return (index, message) -> message;
        }
        String expected = expectedVersions(ifMatch);
        return (index, message) -> message.andMetaData(java.util.Map.of(EXPECTED_VERSIONS, expected));
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        String aggregateId;
        try {
            aggregateId = targets.resolveTarget(command).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return chain.proceed();
        }
        Object expected = command.getMetaData().get(EXPECTED_VERSIONS);
        if (expected instanceof String list && !list.equals("*")) {
            versions.lockUntilCommit(aggregateId);
            Long current = versions.current(aggregateId).orElse(null);
            if (current == null || !List.of(list.split(",")).contains(Long.toString(current))) {
                throw new PreconditionFailed(current);
            }
        }
        return chain.proceed();
    }

    /** {@code "3"}, {@code W/"3"}, {@code 3}, lists of them, or {@code *}; anything else matches no version. */
    static String expectedVersions(String ifMatch) {
        if (ifMatch.trim().equals("*")) {
            return "*";
        }
        List<String> found = new ArrayList<>();
        for (String part : ifMatch.split(",")) {
            Matcher matcher = ETAG.matcher(part);
            if (matcher.matches()) {
                found.add(
                        Long.toString(Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2))));
            }
        }
        return found.isEmpty() ? "-1" : String.join(",", found);
    }

    private static String currentIfMatch() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getHeader("If-Match");
        }
        return null;
    }
}
