package nl.terugkeer.api.aliens;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.concurrency.CommandAnswers;
import nl.terugkeer.api.concurrency.VersionedCommands;
import nl.terugkeer.api.http.AsOfQuery;
import nl.terugkeer.api.http.Links;
import nl.terugkeer.api.http.Problems;
import nl.terugkeer.api.security.CommandMetadata;
import nl.terugkeer.api.security.NeedToKnow;
import nl.terugkeer.core.aliens.FamilyMember;
import nl.terugkeer.core.aliens.PersonName;
import nl.terugkeer.core.aliens.commands.RegisterAlien;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.VNumber;
import nl.terugkeer.projections.personoverview.PersonOverview;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Persons (vreemdelingen): register one, read the legal position. Ids are not personal data; V-numbers and names stay in bodies. */
@RestController
@RequestMapping("/v1/aliens")
class AlienController {

    private final VersionedCommands commands;
    private final CommandAnswers answers;
    private final PersonOverviews persons;
    private final Clock clock;
    private final JsonMapper json;

    AlienController(
            VersionedCommands commands, CommandAnswers answers, PersonOverviews persons, Clock clock, JsonMapper json) {
        this.commands = commands;
        this.answers = answers;
        this.persons = persons;
        this.clock = clock;
        this.json = json;
    }

    record PersonResponse(PersonOverview legalPosition, boolean deferralInForce, Links _links) {}

    /**
     * A person's legal position (no names or numbers): now from the person-overview projection, or as valid on
     * {@code geldigOp} and known at {@code beschikbaarOp}, folded from the stored events.
     */
    @GetMapping("/{alienId}")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    ResponseEntity<?> person(@PathVariable UUID alienId, @ParameterObject AsOfQuery asOf) {
        Optional<PersonOverview> found = persons.of(new AlienId(alienId), asOf);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound("person"));
        }
        PersonOverview person = found.get();
        LocalDate on = asOf.resolve(clock).validOn();
        boolean deferralInForce = person.deferralFrom() != null
                && !on.isBefore(person.deferralFrom())
                && !on.isAfter(person.deferralLastDay());
        return ResponseEntity.ok()
                .eTag(Long.toString(person.version()))
                .body(NeedToKnow.ofCurrentActor(json)
                        .person(new PersonResponse(person, deferralInForce, Links.self("/v1/aliens/" + alienId))));
    }

    record RegisterAlienRequest(
            @Schema(pattern = "^[0-9]{10}$", example = "1234567890")
            String vNumber,

            String givenNames,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String surname,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate dateOfBirth,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String claimedNationality,

            boolean unaccompaniedMinor,
            List<FamilyMember> familyMembers,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate registeredOn) {}

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@RequestBody RegisterAlienRequest request, CommandMetadata metadata) {
        AlienId alienId = AlienId.newId();
        var recorded = commands.send(
                new RegisterAlien(
                        alienId,
                        request.vNumber() == null ? null : new VNumber(request.vNumber()),
                        request.surname() == null ? null : new PersonName(request.givenNames(), request.surname()),
                        request.dateOfBirth(),
                        request.claimedNationality(),
                        request.unaccompaniedMinor(),
                        request.familyMembers(),
                        request.registeredOn()),
                metadata.asMetaData());
        URI self = URI.create("/v1/aliens/" + alienId);
        return answers.created(
                self,
                alienId.value(),
                recorded,
                Map.of("alienId", alienId.value(), "_links", Map.of("self", Map.of("href", self.toString()))));
    }
}
