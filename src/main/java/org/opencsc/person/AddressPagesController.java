package org.opencsc.person;

import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Recording a move to a new address. */
@Controller
class AddressPagesController {

    /** The new address page as typed. */
    public record AddressForm(String addressLine1, String addressLine2, String town, String postcode,
                              String addressSinceDay, String addressSinceMonth, String addressSinceYear,
                              String wholeHousehold) {
    }

    private final PersonRepository people;
    private final AddressChange addresses;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;

    AddressPagesController(PersonRepository people, AddressChange addresses, AccessPolicy access,
                           CurrentUsers currentUsers) {
        this.people = people;
        this.addresses = addresses;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/people/{id}/addresses/new")
    String newAddress(@PathVariable long id, Model model) {
        model.addAttribute("person", recordable(id));
        model.addAttribute("form", new AddressForm(null, null, null, null, null, null, null, null));
        model.addAttribute("errors", new Problems());
        return "person/address";
    }

    @PostMapping("/people/{id}/addresses")
    String move(@PathVariable long id, @ModelAttribute("form") AddressForm form, Model model) {
        Person person = recordable(id);
        Problems problems = new Problems();
        var since = DateParts.fromParts(form.addressSinceDay(), form.addressSinceMonth(), form.addressSinceYear(),
                "addressSince", "The date they moved in", problems);
        var input = new PersonInput.AddressInput(form.addressLine1(), form.addressLine2(), form.town(), form.postcode(), since);
        if (problems.isEmpty()) {
            try {
                addresses.move(id, input, "yes".equals(form.wholeHousehold()), currentUsers.current(), AccessLog.Channel.WEB);
                return "redirect:/people/" + id + "/family?moved";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        }
        model.addAttribute("person", person);
        model.addAttribute("errors", problems);
        return "person/address";
    }

    private Person recordable(long id) {
        Person person = people.find(id).orElseThrow(() -> new NotFoundException("There is no record " + id));
        access.checkCanRecord(currentUsers.current(), id, AccessLog.Channel.WEB, "/people/" + id + "/addresses");
        return person;
    }
}
