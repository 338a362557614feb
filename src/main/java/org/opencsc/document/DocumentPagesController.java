package org.opencsc.document;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/** Uploading a document to a person's record, downloading one, and withdrawing a wrong one. */
@Controller
class DocumentPagesController {

    /** What was typed, kept to show again beside the problems (a file cannot be kept: it is chosen again). */
    record UploadForm(String kind, String title, String day, String month, String year) {
        static UploadForm blank() {
            return new UploadForm(null, null, null, null, null);
        }
    }

    private final Documents documents;
    private final PersonRepository people;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;

    DocumentPagesController(Documents documents, PersonRepository people, AccessPolicy access, CurrentUsers currentUsers) {
        this.documents = documents;
        this.people = people;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/people/{id}/documents/new")
    String form(@PathVariable long id, HttpServletRequest request, Model model) {
        Person person = recordable(id, currentUsers.current(), request);
        return show(person, UploadForm.blank(), new Problems(), model);
    }

    @PostMapping("/people/{id}/documents")
    String upload(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String documentDateDay, @RequestParam(required = false) String documentDateMonth,
                  @RequestParam(required = false) String documentDateYear, @RequestParam(name = "file", required = false) MultipartFile file,
                  HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        CurrentUser user = currentUsers.current();
        Person person = recordable(id, user, request);
        UploadForm form = new UploadForm(kind, title, documentDateDay, documentDateMonth, documentDateYear);
        Problems problems = new Problems();
        LocalDate date = DateParts.fromParts(documentDateDay, documentDateMonth, documentDateYear, "documentDate",
                "The document date", problems);
        if (date == null && !problems.has("documentDate")) {
            problems.add("documentDate", "Enter the date the document bears");
        }
        boolean noFile = file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty());
        if (noFile) {
            problems.add("file", "Choose the file to upload");
        }
        // Read at most one byte more than the limit, so an oversized file is not held whole.
        byte[] content = noFile ? new byte[0] : file.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, documents.maxBytes() + 1));
        Documents.Upload upload = new Documents.Upload(kind, title, date, noFile ? null : file.getOriginalFilename(), content);
        if (noFile) {
            documents.check(new Documents.Upload(kind, title, date, "x", new byte[]{'x'}), problems);
        } else {
            documents.check(upload, problems);
        }
        if (problems.isEmpty()) {
            try {
                documents.upload(id, upload, user, AccessLog.Channel.WEB, request.getRequestURI());
                return "redirect:/people/" + id + "/documents?documentAdded";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        }
        response.setStatus(400);
        return show(person, form, problems, model);
    }

    @GetMapping("/people/{id}/documents/{docId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long docId, HttpServletRequest request) {
        people.find(id).orElseThrow(() -> new NotFoundException("There is no such person"));
        return DocumentResponses.attachment(documents.download(id, docId, currentUsers.current(), AccessLog.Channel.WEB,
                request.getRequestURI()));
    }

    @PostMapping("/people/{id}/documents/{docId}/withdrawal")
    String withdraw(@PathVariable long id, @PathVariable long docId, @RequestParam(required = false) String reason,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        CurrentUser user = currentUsers.current();
        people.find(id).orElseThrow(() -> new NotFoundException("There is no such person"));
        try {
            documents.withdraw(id, docId, reason, user, AccessLog.Channel.WEB, request.getRequestURI());
            return "redirect:/people/" + id + "/documents?documentWithdrawn";
        } catch (ValidationException e) {
            response.setStatus(400);
            model.addAttribute("personId", id);
            model.addAttribute("message", e.problems().getFirst().message());
            return "document/withdraw-refused";
        }
    }

    /** The document's file is missing or changed on disk: a page saying so, not a 500. */
    @ExceptionHandler(DocumentStore.Unavailable.class)
    String unavailable(DocumentStore.Unavailable e, HttpServletResponse response, Model model) {
        DocumentStore.logUnavailable(e);
        response.setStatus(503);
        model.addAttribute("message", e.getMessage());
        return "platform/web/bad-request";
    }

    /** An upload Spring could not read (over the multipart limit, or cut off): said on the form, not a 500. */
    @ExceptionHandler(MultipartException.class)
    String unreadable(MultipartException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        long id = personIdFrom(request.getRequestURI());
        Person person = recordable(id, currentUsers.current(), request);
        response.setStatus(e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException ? 413 : 400);
        return show(person, UploadForm.blank(), new Problems().add("file", e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
                ? "The file is larger than " + UploadCheck.megabytes(documents.maxBytes()) + ", the largest a document may be"
                : "The file could not be read: send it again"), model);
    }

    private static long personIdFrom(String path) {
        String[] parts = path.split("/");
        try {
            return Long.parseLong(parts[2]);
        } catch (RuntimeException e) {
            throw new NotFoundException("There is no such person");
        }
    }

    private Person recordable(long id, CurrentUser user, HttpServletRequest request) {
        Person person = people.find(id).orElseThrow(() -> new NotFoundException("There is no such person"));
        access.checkCanRecord(user, id, AccessLog.Channel.WEB, request.getRequestURI());
        return person;
    }

    private String show(Person person, UploadForm form, Problems problems, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("kinds", uploadable());
        model.addAttribute("maxSize", UploadCheck.megabytes(documents.maxBytes()));
        model.addAttribute("errors", problems);
        return "document/new";
    }

    static List<DocumentKind> uploadable() {
        return Arrays.stream(DocumentKind.values()).filter(k -> !k.generated()).toList();
    }
}
