package nl.terugkeer.api.aliens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.terugkeer.api.web.CommandMetadata;
import nl.terugkeer.core.aliens.FamilyMember;
import nl.terugkeer.core.aliens.PersonName;
import nl.terugkeer.core.aliens.commands.RegisterAlien;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.VNumber;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Persons (vreemdelingen): register one. The id returned is not personal data; the V-number stays in the body. */
@RestController
@RequestMapping("/v1/aliens")
class AlienController {

    private final CommandGateway commands;

    AlienController(CommandGateway commands) {
        this.commands = commands;
    }

    record RegisterAlienRequest(
            String vNumber,
            String givenNames,
            String surname,
            LocalDate dateOfBirth,
            String claimedNationality,
            boolean unaccompaniedMinor,
            List<FamilyMember> familyMembers,
            LocalDate registeredOn) {}

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@RequestBody RegisterAlienRequest request, CommandMetadata metadata) {
        AlienId alienId = AlienId.newId();
        commands.sendAndWait(
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
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("alienId", alienId.value()));
    }
}
