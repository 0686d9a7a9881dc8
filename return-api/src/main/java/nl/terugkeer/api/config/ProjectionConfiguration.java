package nl.terugkeer.api.config;

import nl.terugkeer.api.commandside.CommandSideRegisters;
import nl.terugkeer.api.commandside.CrossAggregateRules;
import nl.terugkeer.api.commandside.PersonFactsFromEvents;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.PersonFactsLookup;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.entitlement.EntitlementPolicy;
import nl.terugkeer.core.entitlement.MeansTestRule;
import nl.terugkeer.core.entitlement.RepeatedAsylumApplicationRule;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.asof.AsOfViews;
import nl.terugkeer.projections.casehistory.CaseHistoryProjection;
import nl.terugkeer.projections.casestatus.CaseStatusProjection;
import nl.terugkeer.projections.entitlement.EntitlementPeriodsProjection;
import nl.terugkeer.projections.folds.EventHistories;
import nl.terugkeer.projections.folds.LatestStates;
import nl.terugkeer.projections.personoverview.PersonOverviewProjection;
import nl.terugkeer.projections.worklist.WorkListQueries;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Event handlers as beans, so that Axon finds them: the read models and the command side's registers. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    @Bean
    CommandSideRegisters commandSideRegisters(JdbcClient jdbc) {
        return new CommandSideRegisters(jdbc);
    }

    /**
     * The registers run inside the command's transaction; a failure there must fail the command (Axon's default
     * would only log it and commit the events anyway).
     */
    @Bean
    ConfigurerModule registersFailTheirCommand() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        CommandSideRegisters.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }

    @Bean
    CrossAggregateRules crossAggregateRules(CommandSideRegisters registers) {
        return new CrossAggregateRules(registers);
    }

    @Bean
    EventHistories eventHistories(EventStore eventStore) {
        return new EventHistories(eventStore);
    }

    @Bean
    AsOfViews asOfViews(EventHistories histories) {
        return new AsOfViews(histories);
    }

    @Bean
    LatestStates<CaseId, CaseEvent, CaseState> caseStates(EventHistories histories) {
        return LatestStates.ofCases(histories);
    }

    @Bean
    LatestStates<AlienId, AlienEvent, LegalPosition> alienStates(EventHistories histories) {
        return LatestStates.ofAliens(histories);
    }

    @Bean
    PersonFactsLookup personFacts(EventHistories histories) {
        return new PersonFactsFromEvents(histories);
    }

    @Bean
    CaseStatusProjection caseStatusProjection(JdbcClient jdbc, LatestStates<CaseId, CaseEvent, CaseState> caseStates) {
        return new CaseStatusProjection(jdbc, caseStates);
    }

    @Bean
    WorkListQueries workListQueries(JdbcClient jdbc) {
        return new WorkListQueries(jdbc);
    }

    @Bean
    PersonOverviewProjection personOverviewProjection(
            JdbcClient jdbc, LatestStates<AlienId, AlienEvent, LegalPosition> alienStates) {
        return new PersonOverviewProjection(jdbc, alienStates);
    }

    /**
     * The repeated-application rule is contested in practice; the letter's reading is the default. The means test
     * counts a recorded finding unless switched off (ADR 23).
     */
    @Bean
    EntitlementPolicy entitlementPolicy(
            @Value("${return.entitlement.repeated-asylum-application:FROM_FILING}") RepeatedAsylumApplicationRule rule,
            @Value("${return.entitlement.means-test:RECORDED_FACT}") MeansTestRule meansTest) {
        return new EntitlementPolicy(rule, meansTest);
    }

    @Bean
    EntitlementPeriodsProjection entitlementPeriodsProjection(
            JdbcClient jdbc, AsOfViews views, EntitlementPolicy policy) {
        return new EntitlementPeriodsProjection(jdbc, views, policy);
    }

    @Bean
    CaseHistoryProjection caseHistoryProjection(JdbcClient jdbc) {
        return new CaseHistoryProjection(jdbc);
    }
}
