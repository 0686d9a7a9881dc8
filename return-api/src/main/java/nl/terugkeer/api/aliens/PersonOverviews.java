package nl.terugkeer.api.aliens;

import java.time.Clock;
import java.util.Optional;
import nl.terugkeer.api.http.AsOfQuery;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.projections.asof.AsOfViews;
import nl.terugkeer.projections.personoverview.FindPersonOverview;
import nl.terugkeer.projections.personoverview.PersonOverview;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** A person's overview from a point of view: now from the projection, else folded from the stored events. */
@Component
public class PersonOverviews {

    private final QueryGateway queries;
    private final AsOfViews asOfViews;
    private final Clock clock;

    PersonOverviews(QueryGateway queries, AsOfViews asOfViews, Clock clock) {
        this.queries = queries;
        this.asOfViews = asOfViews;
        this.clock = clock;
    }

    public Optional<PersonOverview> of(AlienId id, AsOfQuery asOf) {
        return asOf.isNow()
                ? queries.query(new FindPersonOverview(id), ResponseTypes.optionalInstanceOf(PersonOverview.class))
                        .join()
                : asOfViews.personOverview(id, asOf.resolve(clock));
    }
}
